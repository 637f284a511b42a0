import type { ICognitoStorage } from 'amazon-cognito-identity-js';
import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { SignUpProps } from '../../src/index.ts';
import type * as server from '../../src/server/index.ts';
import type * as signIn from '../../src/sign-in.ts';
import type * as social from '../../src/social.ts';
import type { SocialSignUp, SocialSignUpOptions, UseSocialSignUpReturn } from '../../src/social.ts';

// The opt-in entries' surface that the README and docs promise: social sign-up, the session in
// cookies, the server's helpers. A change here is a change of the API.

describe('react-cognito-signup/social', () => {
  it('exports <SocialSignUp>, the hook, the store and the one-call forms', () => {
    expectTypeOf<
      | 'SocialSignUp'
      | 'useSocialSignUp'
      | 'createSocialSignUp'
      | 'startSocialSignUp'
      | 'completeSocialSignUp'
      | 'providerLabel'
      | 'SOCIAL_MESSAGES'
      | 'socialSignOutUrl'
    >().toEqualTypeOf<keyof typeof social>();
  });

  it('<SocialSignUp> takes every prop of <SignUp>, and `social` is required', () => {
    type Props = ComponentProps<typeof SocialSignUp>;
    expectTypeOf<Props>().toExtend<SignUpProps>();
    expectTypeOf<Props['social']>().toEqualTypeOf<SocialSignUpOptions>();
    expectTypeOf<Omit<SignUpProps, 'ref'>>().not.toExtend<Props>();
    expectTypeOf<{ domain: string; providers: string[] }>().toExtend<SocialSignUpOptions>();
  });

  it('the hook says where it is and speaks the catalog', () => {
    expectTypeOf<UseSocialSignUpReturn['status']>().toEqualTypeOf<
      'idle' | 'redirecting' | 'completing' | 'profile' | 'verifying' | 'signedIn'
    >();
    expectTypeOf<UseSocialSignUpReturn['t']>().toBeFunction();
  });
});

describe('react-cognito-signup/sign-in: the session in cookies', () => {
  it('sessionCookieStorage() is a Storage amazon-cognito-identity-js takes', () => {
    type Storage = ReturnType<typeof signIn.sessionCookieStorage>;
    expectTypeOf<Storage>().toExtend<ICognitoStorage>();
    expectTypeOf<Parameters<typeof signIn.sessionCookieStorage>>().toEqualTypeOf<
      [options?: signIn.SessionCookieStorageOptions]
    >();
    expectTypeOf<'none'>().toExtend<
      NonNullable<signIn.SessionCookieStorageOptions['refreshToken']>
    >();
  });
});

describe('react-cognito-signup/server', () => {
  it('reads and writes the same cookies, from a Request, Headers, a header or a cookie store', () => {
    expectTypeOf<Request | Headers | string>().toExtend<server.CookieSource>();
    expectTypeOf(null as unknown as typeof server.sessionCookieHeaders).returns.toEqualTypeOf<
      string[]
    >();
    expectTypeOf(null as unknown as typeof server.clearSessionCookieHeaders).returns.toEqualTypeOf<
      string[]
    >();
    expectTypeOf(null as unknown as typeof server.readSession).returns.toEqualTypeOf<
      Promise<server.ServerSession | null>
    >();
    expectTypeOf(null as unknown as typeof server.revokeRefreshToken).returns.toEqualTypeOf<
      Promise<void>
    >();
  });
});
