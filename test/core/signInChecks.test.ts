import { describe, expect, it, vi } from 'vitest';
import { createSignUpFlow, type SignUpError } from '../../src/core/index.ts';
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
const good = {
  AccessToken: jwt({ sub: 'sub-ada', username: 'ada', exp: inAnHour, token_use: 'access' }),
  IdToken: jwt({ sub: 'sub-ada', 'cognito:username': 'ada', exp: inAnHour, token_use: 'id' }),
  RefreshToken: 'refresh',
  ExpiresIn: 3600,
};

/** Signs `ada` up and confirms; InitiateAuth (USER_AUTH, with the Session) answers `tokens`. */
async function signInWith(tokens: Record<string, unknown>) {
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
    ['an expired access token', { ...good, AccessToken: jwt({ username: 'ada', exp: 1000 }) }],
    ['an expired ID token', { ...good, IdToken: jwt({ 'cognito:username': 'ada', exp: 1000 }) }],
    ['ExpiresIn: -5', { ...good, ExpiresIn: -5 }],
    [
      'tokens of another user',
      {
        ...good,
        AccessToken: jwt({ sub: 'sub-eve', username: 'eve', exp: inAnHour }),
        IdToken: jwt({ sub: 'sub-eve', 'cognito:username': 'eve', exp: inAnHour }),
      },
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
    const email = {
      ...good,
      AccessToken: jwt({ sub: 'sub-ada', username: 'sub-ada', exp: inAnHour }),
      IdToken: jwt({ 'cognito:username': 'sub-ada', email: 'ada', exp: inAnHour }),
    };
    const { flow } = await signInWith(email);
    expect(flow.getState().step).toBe('signedIn');
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
