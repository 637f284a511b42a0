import type { CognitoUser, CognitoUserSession } from 'amazon-cognito-identity-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUTH_FLOWS, cognitoCall } from '../../dev/local-cognito.mjs';
import type { SignedIn, SignUpFlow } from '../../src/core/index.ts';
import { autoSignIn, getCurrentSession } from '../../src/sign-in.ts';
import { MapStorage } from '../mapStorage.ts';
import { type Interception, startInterceptor } from './faultProxy.ts';
import {
  type CognitoEnv,
  shortLivedClient,
  startCognitoEnv,
  uniqueUsername,
} from './localCognito.ts';
import { flowAgainst, signUpAndConfirm } from './signInFlows.ts';

// The session the kit hands an app, an hour later: against a real cognito-local whose tokens
// live three seconds, an expired session refreshes (REFRESH_TOKEN_AUTH) through the kit's
// transport, sign-out revokes the refresh token and leaves nothing cached, and a refresh that
// is answered with a redirect or an oversized body caches nothing.

/** The Cognito requests `fetch` sent, with the auth flow and whether it refused redirects (the kit's transport does). */
function recordFetches() {
  const sent: Array<{ operation: string; kit: boolean }> = [];
  const real = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const target = new Headers(init?.headers).get('x-amz-target')?.split('.')[1];
    if (target) {
      const { AuthFlow } = JSON.parse(String(init?.body ?? '{}')) as { AuthFlow?: string };
      sent.push({
        operation: AuthFlow ? `${target}:${AuthFlow}` : target,
        kit: init?.redirect === 'error',
      });
    }
    return real(input, init);
  });
  return sent;
}

afterEach(() => vi.restoreAllMocks());

let env: CognitoEnv;
/** Clients whose tokens live 3 s: one with USER_AUTH (the Session path), one without (SRP). */
let sessionClient: string;
let srpClient: string;
beforeAll(async () => {
  env = await startCognitoEnv();
  sessionClient = await shortLivedClient(env, AUTH_FLOWS.web);
  srpClient = await shortLivedClient(env, AUTH_FLOWS.srp);
});
afterAll(() => env?.stop());

/** Signs a new user up through `clientId` and ends signed in, the session cached in `storage`. */
async function signedInUser(clientId: string, storage: MapStorage, endpoint = env.url) {
  const flow: SignUpFlow = flowAgainst(env, clientId, {
    endpoint,
    autoSignIn: autoSignIn({ storage }),
  });
  await signUpAndConfirm(env, flow, uniqueUsername('session'));
  const { signedIn } = flow.getState();
  expect(signedIn).toBeDefined();
  return signedIn as SignedIn & { user: CognitoUser };
}

const cachedAccessToken = (storage: MapStorage, clientId: string, username: string) =>
  storage.items.get(`CognitoIdentityServiceProvider.${clientId}.${username}.accessToken`);

/** Waits until the access token cached for `username` has expired (3 s after sign-in). */
async function untilExpired(storage: MapStorage, clientId: string, username: string) {
  const token = cachedAccessToken(storage, clientId, username) as string;
  const { exp } = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString());
  await vi.waitFor(() => expect(Date.now() / 1000).toBeGreaterThan(exp + 1), {
    timeout: 20_000,
    interval: 250,
  });
}

/** A user's session read back with a callback, as apps do. */
function sessionOf(user: CognitoUser) {
  return new Promise<CognitoUserSession>((resolve, reject) =>
    user.getSession((error: Error | null, session: CognitoUserSession | null) =>
      error || !session ? reject(error) : resolve(session),
    ),
  );
}

describe('an expired session refreshes through the kit', () => {
  it('getCurrentSession(): REFRESH_TOKEN_AUTH over the kit transport, new tokens cached', async () => {
    const storage = new MapStorage();
    const { username } = await signedInUser(sessionClient, storage);
    const before = cachedAccessToken(storage, sessionClient, username);
    await untilExpired(storage, sessionClient, username);
    const sent = recordFetches();
    const current = await getCurrentSession({
      userPoolId: env.userPoolId,
      clientId: sessionClient,
      endpoint: env.url,
      storage,
    });
    expect(current?.username).toBe(username);
    expect(current?.session.isValid()).toBe(true);
    expect(sent).toEqual([{ operation: 'InitiateAuth:REFRESH_TOKEN_AUTH', kit: true }]);
    const after = cachedAccessToken(storage, sessionClient, username);
    expect(after).toBe(current?.session.getAccessToken().getJwtToken());
    expect(after).not.toBe(before);
  });

  it('signedIn.user.getSession() after SRP sign-in: refreshed over the kit transport', async () => {
    const storage = new MapStorage();
    const { user, username } = await signedInUser(srpClient, storage);
    const before = cachedAccessToken(storage, srpClient, username);
    await untilExpired(storage, srpClient, username);
    const sent = recordFetches();
    const session = await sessionOf(user);
    expect(session.isValid()).toBe(true);
    expect(sent).toEqual([{ operation: 'InitiateAuth:REFRESH_TOKEN_AUTH', kit: true }]);
    expect(cachedAccessToken(storage, srpClient, username)).toBe(
      session.getAccessToken().getJwtToken(),
    );
    expect(cachedAccessToken(storage, srpClient, username)).not.toBe(before);
  });

  it('signedIn.user.getSession() after the Session sign-in (USER_AUTH) too', async () => {
    const storage = new MapStorage();
    const { user, username } = await signedInUser(sessionClient, storage);
    await untilExpired(storage, sessionClient, username);
    const sent = recordFetches();
    expect((await sessionOf(user)).isValid()).toBe(true);
    expect(sent).toEqual([{ operation: 'InitiateAuth:REFRESH_TOKEN_AUTH', kit: true }]);
  });
});

describe('sign-out', () => {
  it.each([
    ['the signed-in user', 'signedIn'],
    ['the user getCurrentSession() finds', 'current'],
  ])('%s: the refresh token revoked (RevokeToken), nothing left cached', async (_, which) => {
    const storage = new MapStorage();
    const signedIn = await signedInUser(srpClient, storage);
    const refreshToken = signedIn.tokens.refreshToken as string;
    const current = await getCurrentSession({
      userPoolId: env.userPoolId,
      clientId: srpClient,
      endpoint: env.url,
      storage,
    });
    const user = which === 'signedIn' ? signedIn.user : (current?.user as CognitoUser);
    const sent = recordFetches();
    await new Promise<void>((resolve, reject) =>
      user.signOut((error?: Error) => (error ? reject(error) : resolve())),
    );
    expect(sent).toEqual([{ operation: 'RevokeToken', kit: true }]);
    expect([...storage.items.keys()].filter((key) => !key.endsWith('.clockDrift'))).toEqual([]);
    // The refresh token no longer signs anyone in.
    await expect(
      cognitoCall(env.cognito.url, 'InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: srpClient,
        AuthParameters: { REFRESH_TOKEN: refreshToken },
      }),
    ).rejects.toMatchObject({ code: 'NotAuthorizedException' });
  });
});

describe('global sign-out', () => {
  it('GlobalSignOut over the kit transport: every refresh token of the user ended, nothing cached', async () => {
    const storage = new MapStorage();
    const { user, tokens } = await signedInUser(srpClient, storage);
    const sent = recordFetches();
    await new Promise<void>((resolve, reject) =>
      user.globalSignOut({ onSuccess: () => resolve(), onFailure: reject }),
    );
    expect(sent).toEqual([{ operation: 'GlobalSignOut', kit: true }]);
    expect([...storage.items.keys()].filter((key) => !key.endsWith('.clockDrift'))).toEqual([]);
    await expect(
      cognitoCall(env.cognito.url, 'InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: srpClient,
        AuthParameters: { REFRESH_TOKEN: tokens.refreshToken },
      }),
    ).rejects.toMatchObject({ code: 'NotAuthorizedException' });
  });
});

describe('a refresh answered with what the kit refuses caches nothing', () => {
  it.each<[string, Interception]>([
    ['a redirect', { status: 307, headers: { location: 'http://127.0.0.1:9/' } }],
    [
      'an oversized body',
      {
        status: 200,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: JSON.stringify({ AuthenticationResult: { pad: 'x'.repeat(200_000) } }),
      },
    ],
  ])('%s: no session, the cached tokens as they were', async (_, answer) => {
    let refreshing = false;
    const proxy = await startInterceptor(env.url, (operation) =>
      refreshing && operation === 'InitiateAuth' ? answer : undefined,
    );
    try {
      const storage = new MapStorage();
      const { username } = await signedInUser(srpClient, storage, proxy.url);
      await untilExpired(storage, srpClient, username);
      const cached = new Map(storage.items);
      refreshing = true;
      const current = await getCurrentSession({
        userPoolId: env.userPoolId,
        clientId: srpClient,
        endpoint: proxy.url,
        storage,
      });
      expect(current).toBeNull();
      expect(proxy.answered).toContain('InitiateAuth');
      expect(storage.items).toEqual(cached);
    } finally {
      await proxy.close();
    }
  });
});
