import { CognitoUserPool, type ICognitoStorage } from 'amazon-cognito-identity-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cognitoCall, ensureClient } from '../../dev/local-cognito.mjs';
import {
  createSignUpFlow,
  type SignUpError,
  type SignUpFlowOptions,
} from '../../src/core/index.ts';
import { autoSignIn, userPoolConfig } from '../../src/sign-in.ts';
import { MapStorage } from '../mapStorage.ts';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';
import { flowAgainst, signUpAndConfirm } from './signInFlows.ts';

// Sign-up that ends signed in, against a real cognito-local and the local Cognito's USER_AUTH
// and SRP: the Session path, SRP and USER_PASSWORD_AUTH through the real
// amazon-cognito-identity-js, passwordless sign-up, an expired Session, a challenge.

const PASSWORD = 'Passw0rd!';

/** The Cognito operations (and auth flows) the page sent, read off `fetch`. */
function recordCalls() {
  const calls: string[] = [];
  const real = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const target = new Headers(init?.headers).get('x-amz-target')?.split('.')[1];
    if (target) {
      const body = JSON.parse(String(init?.body ?? '{}')) as { AuthFlow?: string };
      calls.push(body.AuthFlow ? `${target}:${body.AuthFlow}` : target);
    }
    return real(input, init);
  });
  return calls;
}

afterEach(() => vi.restoreAllMocks());

let env: CognitoEnv;
beforeAll(async () => {
  env = await startCognitoEnv();
});
afterAll(() => env?.stop());

function flowFor(options: Partial<SignUpFlowOptions>, clientId = env.clientId) {
  return flowAgainst(env, clientId, options);
}

/** The session the app's own amazon-cognito-identity-js finds in `storage`. */
function currentSession(clientId: string, storage: ICognitoStorage) {
  const pool = new CognitoUserPool({
    UserPoolId: env.userPoolId,
    ClientId: clientId,
    endpoint: env.url,
    Storage: storage,
  });
  const user = pool.getCurrentUser();
  return new Promise<{ valid: boolean; username: string | undefined }>((resolve, reject) => {
    if (!user) return resolve({ valid: false, username: undefined });
    user.getSession((error: Error | null, session: { isValid(): boolean } | null) =>
      error
        ? reject(error)
        : resolve({ valid: !!session?.isValid(), username: user.getUsername() }),
    );
  });
}

describe('auto sign-in against a real cognito-local', () => {
  it('signs in with the Session (USER_AUTH, no password sent) and caches the session', async () => {
    const calls = recordCalls();
    const storage = new MapStorage();
    const onSignedIn = vi.fn();
    const flow = flowFor({ autoSignIn: autoSignIn({ storage }), onSignedIn });
    const username = uniqueUsername('session');
    await signUpAndConfirm(env, flow, username);

    expect(flow.getState()).toMatchObject({ step: 'signedIn', error: undefined });
    expect(flow.getState().signedIn?.username).toBe(username);
    expect(calls).toEqual(['SignUp', 'ConfirmSignUp', 'InitiateAuth:USER_AUTH']);
    const prefix = `CognitoIdentityServiceProvider.${env.clientId}`;
    expect(storage.items.get(`${prefix}.LastAuthUser`)).toBe(username);
    for (const key of ['idToken', 'accessToken', 'refreshToken', 'clockDrift']) {
      expect(storage.items.has(`${prefix}.${username}.${key}`)).toBe(true);
    }
    expect(await currentSession(env.clientId, storage)).toEqual({ valid: true, username });
    expect(onSignedIn).toHaveBeenCalledWith(
      expect.objectContaining({
        username,
        tokens: expect.objectContaining({ idToken: expect.any(String) }),
      }),
    );
    // The password is in no storage, and in no request after SignUp.
    expect([...storage.items.values()].some((v) => v.includes(PASSWORD))).toBe(false);
  });

  it('signs in with SRP through amazon-cognito-identity-js when the client has no USER_AUTH', async () => {
    const calls = recordCalls();
    const storage = new MapStorage();
    const flow = flowFor({ autoSignIn: autoSignIn({ storage }) }, env.srpClientId);
    const username = uniqueUsername('srp');
    await signUpAndConfirm(env, flow, username);

    expect(flow.getState().step).toBe('signedIn');
    expect(calls).toEqual([
      'SignUp',
      'ConfirmSignUp',
      'InitiateAuth:USER_SRP_AUTH',
      'RespondToAuthChallenge',
    ]);
    expect(await currentSession(env.srpClientId, storage)).toEqual({ valid: true, username });
  });

  it('signs in with USER_PASSWORD_AUTH when asked to', async () => {
    const calls = recordCalls();
    const storage = new MapStorage();
    const flow = flowFor(
      { autoSignIn: autoSignIn({ storage, authFlow: 'USER_PASSWORD_AUTH' }) },
      env.srpClientId,
    );
    const username = uniqueUsername('upa');
    await signUpAndConfirm(env, flow, username);
    expect(flow.getState().step).toBe('signedIn');
    expect(calls).toContain('InitiateAuth:USER_PASSWORD_AUTH');
    expect(await currentSession(env.srpClientId, storage)).toEqual({ valid: true, username });
  });

  it('caches in the storage of the app’s own CognitoUserPool (userPoolConfig)', async () => {
    const storage = new MapStorage();
    const pool = new CognitoUserPool({
      UserPoolId: env.userPoolId,
      ClientId: env.clientId,
      endpoint: env.url,
      Storage: storage,
    });
    const config = userPoolConfig(pool);
    expect(config).toMatchObject({
      userPoolId: env.userPoolId,
      clientId: env.clientId,
      endpoint: env.url,
    });
    const flow = createSignUpFlow({ ...config, persist: false });
    const username = uniqueUsername('pool');
    await signUpAndConfirm(env, flow, username);
    expect(flow.getState().step).toBe('signedIn');
    expect(pool.getCurrentUser()?.getUsername()).toBe(username);
  });

  it('signs up without a password and signs in with the Session (passwordless)', async () => {
    const calls = recordCalls();
    const storage = new MapStorage();
    const flow = flowFor({ passwordless: true, autoSignIn: autoSignIn({ storage }) });
    const username = uniqueUsername('otp');
    await signUpAndConfirm(env, flow, username, undefined);
    expect(flow.getState().step).toBe('signedIn');
    expect(calls).toEqual(['SignUp', 'ConfirmSignUp', 'InitiateAuth:USER_AUTH']);
    expect((await env.user(username))?.UserStatus).toBe('CONFIRMED');
  });

  it('meets a pool that requires passwords with a configuration error, at form level', async () => {
    const { UserPool } = await cognitoCall(env.cognito.url, 'CreateUserPool', {
      PoolName: uniqueUsername('passwords-only'),
      UsernameAttributes: [],
      AutoVerifiedAttributes: ['email'],
    });
    const clientId = await ensureClient(env.cognito.url, UserPool.Id, 'web', ['ALLOW_USER_AUTH']);
    const onError = vi.fn();
    const flow = createSignUpFlow({
      clientId,
      userPoolId: UserPool.Id,
      endpoint: env.url,
      persist: false,
      passwordless: true,
      signUpFields: ['username', 'email'],
      onError,
    });
    await flow.signUp({ username: uniqueUsername('nopw'), attributes: { email: 'a@example.com' } });
    expect(flow.getState()).toMatchObject({ step: 'signUp', errorField: undefined });
    expect(flow.getState().error?.code).toBe('ConfigurationError');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'ConfigurationError' }));
  });

  it('names the challenge and ends at done when the pool requires MFA', async () => {
    const { UserPool } = await cognitoCall(env.cognito.url, 'CreateUserPool', {
      PoolName: uniqueUsername('mfa'),
      UsernameAttributes: [],
      AutoVerifiedAttributes: ['email'],
      MfaConfiguration: 'ON',
    });
    const clientId = await ensureClient(env.cognito.url, UserPool.Id, 'web', ['ALLOW_USER_AUTH']);
    const onConfirmed = vi.fn();
    const storage = new MapStorage();
    const flow = createSignUpFlow({
      clientId,
      userPoolId: UserPool.Id,
      endpoint: env.url,
      persist: false,
      autoSignIn: autoSignIn({ storage }),
      onConfirmed,
    });
    const username = uniqueUsername('mfa');
    await flow.signUp({ username, password: PASSWORD, attributes: { email: 'm@example.com' } });
    const db = await cognitoCall(env.cognito.url, 'AdminGetUser', {
      UserPoolId: UserPool.Id,
      Username: username,
    });
    expect(db.UserStatus).toBe('UNCONFIRMED');
    const { readConfirmationCode } = await import('../../dev/local-cognito.mjs');
    await flow.confirm(readConfirmationCode(env.cognito.dir, UserPool.Id, username) as string);
    expect(flow.getState()).toMatchObject({ step: 'done', signedIn: undefined });
    expect(onConfirmed).toHaveBeenCalledWith(
      expect.objectContaining({ username, challenge: 'MFA_SETUP' }),
    );
    expect(storage.items.size).toBe(0);
  });
});

describe('auto sign-in with an expired Session', () => {
  let shortLived: CognitoEnv;
  beforeAll(async () => {
    shortLived = await startCognitoEnv({ env: { LOCAL_COGNITO_SIGN_IN_SESSION_TTL_MS: '1' } });
  });
  afterAll(() => shortLived?.stop());

  function shortFlow(options: Partial<SignUpFlowOptions>) {
    return flowAgainst(shortLived, shortLived.clientId, options);
  }

  it('falls back to SRP with the password typed in this page', async () => {
    const calls = recordCalls();
    const storage = new MapStorage();
    const flow = shortFlow({ autoSignIn: autoSignIn({ storage }) });
    const username = uniqueUsername('expired');
    await flow.signUp({ username, password: PASSWORD, attributes: { email: 'e@example.com' } });
    await flow.confirm(shortLived.code(username) as string);
    expect(flow.getState().step).toBe('signedIn');
    // USER_AUTH was refused (NotAuthorized: the Session expired), then SRP signed in.
    expect(calls).toEqual([
      'SignUp',
      'ConfirmSignUp',
      'InitiateAuth:USER_AUTH',
      'InitiateAuth:USER_SRP_AUTH',
      'RespondToAuthChallenge',
    ]);
  });

  it('without a password, ends at done and reports why', async () => {
    const onError = vi.fn<(error: SignUpError) => void>();
    const flow = shortFlow({ passwordless: true, autoSignIn: autoSignIn(), onError });
    const username = uniqueUsername('expired-otp');
    await flow.signUp({ username, attributes: { email: 'o@example.com' } });
    await flow.confirm(shortLived.code(username) as string);
    expect(flow.getState()).toMatchObject({ step: 'done', error: undefined });
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'NotAuthorizedException' }),
    );
  });
});
