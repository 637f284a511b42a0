import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { describe, expect, it, vi } from 'vitest';
import { createSignUpFlow, createSignUpForm, type SignUpError } from '../../src/core/index.ts';
import { autoSignIn } from '../../src/sign-in.ts';
import { createFakeTransport } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';
import { MapStorage } from '../mapStorage.ts';

// What the sign-in after sign-up accepts from an answer, and what an app's beforeSignUp may
// leak: checked without a network (the fake transport answers as a server might).

const SESSION = 'confirm-session-0123456789';

const base64url = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
const jwt = (claims: Record<string, unknown>) =>
  `${base64url({ alg: 'RS256' })}.${base64url(claims)}.signature`;
const inAnHour = Math.floor(Date.now() / 1000) + 3600;
const ISSUER = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool';
/** What Cognito puts in each token of `ada`'s session for app client `client1`. */
const claims = {
  access: {
    sub: 'sub-ada',
    username: 'ada',
    exp: inAnHour,
    token_use: 'access',
    iss: ISSUER,
    client_id: 'client1',
  },
  id: {
    sub: 'sub-ada',
    'cognito:username': 'ada',
    exp: inAnHour,
    token_use: 'id',
    iss: ISSUER,
    aud: 'client1',
  },
};
const good = {
  AccessToken: jwt(claims.access),
  IdToken: jwt(claims.id),
  RefreshToken: 'refresh',
  ExpiresIn: 3600,
};
/** `good` with some claims of the access token (`access`) or the ID token (`id`) changed. */
const withClaims = (change: { access?: object; id?: object }) => ({
  ...good,
  AccessToken: jwt({ ...claims.access, ...change.access }),
  IdToken: jwt({ ...claims.id, ...change.id }),
});

/** Signs `ada` up and confirms; InitiateAuth (USER_AUTH, with the Session) answers `tokens`. */
async function signInWith(tokens: Record<string, unknown>, config: { endpoint?: string } = {}) {
  const storage = new MapStorage();
  const onError = vi.fn();
  const onSignedIn = vi.fn();
  const flow = createSignUpFlow({
    clientId: 'client1',
    userPoolId: 'us-east-1_Pool',
    persist: false,
    retryDelay: 1,
    onError,
    onSignedIn,
    autoSignIn: autoSignIn({ storage }),
    ...config,
    transport: createFakeTransport({
      SignUp: unconfirmed,
      ConfirmSignUp: { Session: SESSION },
      InitiateAuth: { AuthenticationResult: tokens } as never,
    }),
  });
  await flow.signUp({ username: 'ada', password: PASSWORD });
  await flow.confirm('123456');
  return { flow, storage, onError, onSignedIn };
}

describe('tokens are cached only when they are a current session of this user', () => {
  it('caches good tokens and ends signed in', async () => {
    const { flow, storage, onSignedIn } = await signInWith(good);
    expect(flow.getState().step).toBe('signedIn');
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(storage.items.get('CognitoIdentityServiceProvider.client1.LastAuthUser')).toBe('ada');
  });

  it.each([
    ['strings that are not JWTs', { ...good, AccessToken: 'not-a-jwt', IdToken: 'nor.this' }],
    ['an expired access token', withClaims({ access: { exp: 1000 } })],
    ['an expired ID token', withClaims({ id: { exp: 1000 } })],
    ['ExpiresIn: -5', { ...good, ExpiresIn: -5 }],
    [
      'tokens of another user',
      withClaims({
        access: { sub: 'sub-eve', username: 'eve' },
        id: { sub: 'sub-eve', 'cognito:username': 'eve' },
      }),
    ],
    // This user's ID token with another user's access token (the cache key is the access token's).
    [
      'an access token of another user',
      withClaims({ access: { sub: 'sub-eve', username: 'eve' } }),
    ],
    ['an access token of another sub', withClaims({ access: { sub: 'sub-eve' } })],
    ['an ID token of another user', withClaims({ id: { sub: 'sub-eve', email: 'ada' } })],
    ['the two tokens swapped', { ...good, AccessToken: good.IdToken, IdToken: good.AccessToken }],
    ['an access token used as both', { ...good, IdToken: good.AccessToken }],
    ['another issuer', withClaims({ access: { iss: 'https://evil.example/us-east-1_Pool' } })],
    [
      'another pool of the same region',
      withClaims({ id: { iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' } }),
    ],
    [
      'a loopback issuer for a pool at AWS',
      withClaims({ id: { iss: 'http://127.0.0.1:9229/us-east-1_Pool' } }),
    ],
    ['an ID token of another app client', withClaims({ id: { aud: 'client2' } })],
    ['an access token of another app client', withClaims({ access: { client_id: 'client2' } })],
    [
      'no token_use',
      withClaims({ access: { token_use: undefined }, id: { token_use: undefined } }),
    ],
    ['an access token expiring in the year 3000', withClaims({ access: { exp: 32_503_680_000 } })],
    ['an ID token expiring in the year 3000', withClaims({ id: { exp: 32_503_680_000 } })],
    [
      'an access token outliving ExpiresIn',
      { ...withClaims({ access: { exp: inAnHour + 3600 } }), ExpiresIn: 3600 },
    ],
  ])('refuses %s: done, an InvalidResponseError, nothing cached', async (_, tokens) => {
    const { flow, storage, onError, onSignedIn } = await signInWith(tokens);
    expect(flow.getState().step).toBe('done');
    expect((onError.mock.calls[0]?.[0] as SignUpError | undefined)?.code).toBe(
      'InvalidResponseError',
    );
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(storage.items.size).toBe(0);
  });

  it('takes the email or phone number claim when it is the username (email as username)', async () => {
    const email = withClaims({
      access: { username: 'sub-ada' },
      id: { 'cognito:username': 'sub-ada', email: 'ada' },
    });
    const { flow } = await signInWith(email);
    expect(flow.getState().step).toBe('signedIn');
  });

  it('accepts a few minutes of clock skew beyond ExpiresIn', async () => {
    const { flow } = await signInWith(withClaims({ access: { exp: inAnHour + 120 } }));
    expect(flow.getState().step).toBe('signedIn');
  });

  it("accepts a local emulator's issuer at the flow's loopback endpoint, and only there", async () => {
    const local = withClaims({
      access: { iss: 'http://127.0.0.1:9229/us-east-1_Pool' },
      id: { iss: 'http://localhost:9229/us-east-1_Pool' },
    });
    const atEndpoint = await signInWith(local, { endpoint: 'http://127.0.0.1:9229/' });
    expect(atEndpoint.flow.getState().step).toBe('signedIn');
    const otherPool = await signInWith(
      withClaims({ access: { iss: 'http://127.0.0.1:9229/us-east-1_Other' } }),
      { endpoint: 'http://127.0.0.1:9229/' },
    );
    expect(otherPool.flow.getState().step).toBe('done');
  });
});

describe("a pool of the app's own that is not the form's", () => {
  it('is a ConfigurationError on mount, before any request', async () => {
    const onError = vi.fn();
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const otherClient = new CognitoUserPool({ UserPoolId: 'us-east-1_Pool', ClientId: 'client2' });
    const controller = createSignUpForm({
      clientId: 'client1',
      userPoolId: 'us-east-1_Pool',
      persist: false,
      onError,
      transport,
      autoSignIn: autoSignIn({ userPool: otherClient }),
    });
    controller.checkConfiguration();
    expect(controller.getState().error?.code).toBe('ConfigurationError');
    expect(transport.calls).toEqual([]);
  });

  it('passes on mount when it is the same pool, client and endpoint', () => {
    const pool = new CognitoUserPool({ UserPoolId: 'us-east-1_Pool', ClientId: 'client1' });
    const controller = createSignUpForm({
      clientId: 'client1',
      userPoolId: 'us-east-1_Pool',
      persist: false,
      transport: createFakeTransport(),
      autoSignIn: autoSignIn({ userPool: pool }),
    });
    controller.checkConfiguration();
    expect(controller.getState().error).toBeUndefined();
  });
});

describe('an error thrown by beforeSignUp', () => {
  it('is scrubbed of the password in its message, its cause, the state and onError', async () => {
    const onError = vi.fn();
    const flow = createSignUpFlow({
      clientId: 'client1',
      region: 'us-east-1',
      persist: false,
      onError,
      transport: createFakeTransport({ SignUp: unconfirmed }),
      beforeSignUp: (input) => {
        throw new Error(`could not check ${JSON.stringify(input)}`, {
          cause: new Error(`input was ${input.password}`),
        });
      },
    });
    await flow.signUp({ username: 'ada', password: PASSWORD });
    const error = flow.getState().error;
    expect(error?.code).toBe('UnknownError');
    const seen = JSON.stringify([
      error?.message,
      String((error?.cause as Error | undefined)?.message),
      flow.getState(),
      (onError.mock.calls[0]?.[0] as SignUpError | undefined)?.message,
    ]);
    expect(seen).not.toContain(PASSWORD);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe('an unmount while signing in', () => {
  it('leaves no confirm step to resume for the account that is already confirmed', async () => {
    const data = new Map<string, string>();
    vi.stubGlobal('window', {
      sessionStorage: {
        getItem: (key: string) => data.get(key) ?? null,
        setItem: (key: string, value: string) => void data.set(key, value),
        removeItem: (key: string) => void data.delete(key),
      },
    });
    try {
      let signingIn: (() => void) | undefined;
      const options = {
        clientId: 'client1',
        region: 'us-east-1',
        transport: createFakeTransport({ SignUp: unconfirmed, ConfirmSignUp: {} }),
        // Sign-in that is still running when the page goes away.
        autoSignIn: ({ signal }: { signal: AbortSignal }) =>
          new Promise<Record<string, never>>((resolve) => {
            signingIn = () => resolve({});
            signal.addEventListener('abort', () => resolve({}));
          }),
      };
      const flow = createSignUpFlow(options);
      await flow.signUp({ username: 'ada', password: PASSWORD });
      expect(data.size).toBe(1); // the confirm step, kept for a reload
      const confirming = flow.confirm('123456');
      await vi.waitFor(() => expect(signingIn).toBeDefined());
      flow.abort(); // what an unmount does
      await confirming;
      // A remount finds nothing to resume: the account is confirmed.
      const remounted = createSignUpFlow(options);
      remounted.resume();
      expect(remounted.getState().step).toBe('signUp');
      expect(data.size).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
