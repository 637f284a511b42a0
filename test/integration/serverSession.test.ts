import { sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  CognitoAccessToken,
  CognitoIdToken,
  CognitoRefreshToken,
  CognitoUser,
  CognitoUserPool,
  CognitoUserSession,
  CookieStorage,
} from 'amazon-cognito-identity-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUTH_FLOWS, cognitoCall, ensureClient } from '../../dev/local-cognito.mjs';
import { createSignUpFlow } from '../../src/core/index.ts';
import {
  type CognitoTokenProblem,
  clearSessionCookieHeaders,
  readSession,
  readSessionCookies,
  refreshTokens,
  revokeRefreshToken,
  sessionCookieHeaders,
  sessionCookieNames,
  type VerifyCognitoTokenOptions,
  verifyCognitoToken,
} from '../../src/server/index.ts';
import { autoSignIn, getCurrentSession, sessionCookieStorage } from '../../src/sign-in.ts';
import {
  type CognitoEnv,
  shortLivedClient,
  startCognitoEnv,
  uniqueUsername,
} from './localCognito.ts';

// A session the server can read and trust (issue #41), against a real local Cognito: the
// cookies amazon-cognito-identity-js's CookieStorage writes after a sign-in are read back by
// readSession, which verifies both tokens against the pool's JWKS (served by the local
// Cognito); every kind of wrong cookie is null, and verifyCognitoToken says why. The kit's own
// cookie storage (sessionCookieStorage) is written by a real sign-up and sign-in, chunked when a
// token is too long for one cookie, refreshed by a middleware (sessionCookieHeaders), and cleared
// on sign-out.

const PASSWORD = 'Correct-Horse-9!';

interface Tokens {
  IdToken: string;
  AccessToken: string;
  RefreshToken: string;
}

let env: CognitoEnv;
/** A second pool in the same local Cognito (same key, another issuer) and its client. */
let otherPool: { userPoolId: string; clientId: string };

beforeAll(async () => {
  env = await startCognitoEnv();
  const { UserPool } = await cognitoCall(env.cognito.url, 'CreateUserPool', {
    PoolName: 'server-session-other',
  });
  otherPool = {
    userPoolId: UserPool.Id,
    clientId: await ensureClient(env.cognito.url, UserPool.Id, 'other', AUTH_FLOWS.srp),
  };
});
afterAll(() => env?.stop());

const pool = () => ({ userPoolId: env.userPoolId, clientId: env.clientId, endpoint: env.url });

/** A confirmed user with a few attributes, signed in with USER_PASSWORD_AUTH through `clientId`. */
async function signedIn(
  clientId = env.clientId,
  userPoolId = env.userPoolId,
  username = `${uniqueUsername('srv')}+a@example.com`,
): Promise<{ username: string; tokens: Tokens }> {
  await cognitoCall(env.cognito.url, 'SignUp', {
    ClientId: clientId,
    Username: username,
    Password: PASSWORD,
    UserAttributes: [
      { Name: 'email', Value: 'ada.lovelace@example.com' },
      { Name: 'name', Value: 'Ada Lovelace' },
      { Name: 'given_name', Value: 'Ada' },
      { Name: 'family_name', Value: 'Lovelace' },
      { Name: 'locale', Value: 'en-GB' },
    ],
  });
  await cognitoCall(env.cognito.url, 'AdminConfirmSignUp', {
    UserPoolId: userPoolId,
    Username: username,
  });
  const { AuthenticationResult } = await cognitoCall(env.cognito.url, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: username, PASSWORD },
  });
  return { username, tokens: AuthenticationResult };
}

/**
 * The cookies amazon-cognito-identity-js writes when it caches `tokens` for `username` in a
 * CookieStorage, as a browser would keep them (a `document.cookie` stand-in for js-cookie):
 * `header` is the Cookie header the browser sends, `written` each `name=value` pair set.
 */
function cookiesWritten(clientId: string, userPoolId: string, username: string, tokens: Tokens) {
  const jar = new Map<string, string>();
  const written: string[] = [];
  const fake = {
    get cookie() {
      return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(line: string) {
      const [pair = '', ...attributes] = line.split('; ');
      const at = pair.indexOf('=');
      const expires = attributes.find((a) => a.toLowerCase().startsWith('expires='));
      // js-cookie removes a cookie by setting it with an expiry in the past.
      if (expires && Date.parse(expires.slice('expires='.length)) < Date.now()) {
        jar.delete(pair.slice(0, at));
        return;
      }
      jar.set(pair.slice(0, at), pair.slice(at + 1));
      written.push(pair);
    },
  };
  vi.stubGlobal('document', fake);
  try {
    const Storage = new CookieStorage({
      domain: 'localhost',
      secure: false,
      sameSite: 'lax',
      path: '/',
      expires: 30,
    });
    const user = new CognitoUser({
      Username: username,
      Pool: new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, Storage }),
      Storage,
    });
    user.setSignInUserSession(
      new CognitoUserSession({
        IdToken: new CognitoIdToken({ IdToken: tokens.IdToken }),
        AccessToken: new CognitoAccessToken({ AccessToken: tokens.AccessToken }),
        RefreshToken: new CognitoRefreshToken({ RefreshToken: tokens.RefreshToken }),
      }),
    );
  } finally {
    vi.unstubAllGlobals();
  }
  return { header: fake.cookie, jar, written };
}

/** A Cookie header with the cookies a session of `clientId` needs, set by hand. */
function cookieHeader(
  clientId: string,
  lastAuthUser: string,
  user: string,
  tokens: { idToken: string; accessToken: string },
) {
  const names = sessionCookieNames(clientId, user);
  return [
    `${sessionCookieNames(clientId, lastAuthUser).lastAuthUser}=${encodeURIComponent(lastAuthUser)}`,
    `${names.idToken}=${tokens.idToken}`,
    `${names.accessToken}=${tokens.accessToken}`,
  ].join('; ');
}

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as Record<
    string,
    unknown
  >;

/** A token signed with the local Cognito's own private key (what only its issuer can do). */
function signedWithLocalKey(header: Record<string, unknown>, claims: Record<string, unknown>) {
  const root = dirname(createRequire(import.meta.url).resolve('cognito-local/package.json'));
  const { pem } = JSON.parse(
    readFileSync(join(root, 'lib/keys/cognitoLocal.private.json'), 'utf8'),
  ) as { pem: string };
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${part(header)}.${part(claims)}`;
  return `${signed}.${sign('RSA-SHA256', Buffer.from(signed), pem).toString('base64url')}`;
}

/** The code `verifyCognitoToken` refuses `token` with. */
async function refusal(token: string, options: VerifyCognitoTokenOptions) {
  try {
    await verifyCognitoToken(token, options);
  } catch (error) {
    return (error as { code?: CognitoTokenProblem }).code;
  }
  return 'verified';
}

describe('the local Cognito’s JWKS', () => {
  it('publishes the issuer’s public key for a pool that exists, 404 for one that does not', async () => {
    const found = await fetch(`${env.cognito.url}/${env.userPoolId}/.well-known/jwks.json`);
    expect(found.status).toBe(200);
    const { keys } = (await found.json()) as { keys: Array<Record<string, unknown>> };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toEqual({
      kty: 'RSA',
      n: expect.any(String),
      e: 'AQAB',
      alg: 'RS256',
      kid: 'CognitoLocal',
      use: 'sig',
    });
    const missing = await fetch(`${env.cognito.url}/local_NoSuchPool/.well-known/jwks.json`);
    expect(missing.status).toBe(404);
    // The request guard holds for it too: a page of another origin gets nothing.
    const page = await fetch(`${env.cognito.url}/${env.userPoolId}/.well-known/jwks.json`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(page.status).toBe(403);
  });
});

describe('readSession', () => {
  let user: { username: string; tokens: Tokens };
  let cookies: ReturnType<typeof cookiesWritten>;
  beforeAll(async () => {
    user = await signedIn();
    cookies = cookiesWritten(env.clientId, env.userPoolId, user.username, user.tokens);
  });

  it('reads the user from the cookies CookieStorage wrote: a Cookie header, Headers, a Request, a cookie store', async () => {
    const expected = {
      username: user.username,
      sub: claimsOf(user.tokens.AccessToken).sub,
      idToken: expect.objectContaining({
        token_use: 'id',
        aud: env.clientId,
        email: 'ada.lovelace@example.com',
        given_name: 'Ada',
      }),
      accessToken: expect.objectContaining({ token_use: 'access', client_id: env.clientId }),
    };
    const headers = new Headers({ cookie: cookies.header });
    // Next's cookies() store: keyed by the names as sent, values decoded.
    const store = new Map(
      cookies.header.split('; ').map((pair) => {
        const at = pair.indexOf('=');
        return [pair.slice(0, at), { value: decodeURIComponent(pair.slice(at + 1)) }] as const;
      }),
    );
    for (const source of [
      cookies.header,
      headers,
      new Request('http://localhost/', { headers }),
      { get: (name: string) => store.get(name) },
    ]) {
      await expect(readSession(source, pool())).resolves.toEqual(expected);
    }
    // The username's `@` is encoded in the cookie names (js-cookie): they were still found.
    expect(cookies.header).toContain('%40example.com.idToken=');
    expect(readSessionCookies(cookies.header, env)?.refreshToken).toBe(user.tokens.RefreshToken);
  });

  it('keeps every cookie of the session under 4096 bytes for a user with a few attributes', () => {
    // LastAuthUser, the three tokens and clockDrift (userData is removed, not set).
    expect([...cookies.jar.keys()].map((name) => name.split('.').pop()).sort()).toEqual([
      'LastAuthUser',
      'accessToken',
      'clockDrift',
      'idToken',
      'refreshToken',
    ]);
    for (const pair of cookies.written) {
      expect(Buffer.byteLength(pair)).toBeLessThan(4096);
    }
  });

  it('is null without cookies, and for a forged signature, alg none, swapped tokens or another LastAuthUser', async () => {
    const { IdToken: idToken, AccessToken: accessToken } = user.tokens;
    await expect(readSession('', pool())).resolves.toBeNull();
    await expect(readSession(new Headers(), pool())).resolves.toBeNull();

    const [h, p, s] = idToken.split('.') as [string, string, string];
    const middle = Math.floor(s.length / 2);
    const forged = `${h}.${p}.${s.slice(0, middle)}${s[middle] === 'A' ? 'B' : 'A'}${s.slice(middle + 1)}`;
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', kid: 'CognitoLocal' })).toString('base64url')}.${p}.`;
    const hs256 = `${Buffer.from(JSON.stringify({ alg: 'HS256', kid: 'CognitoLocal' })).toString('base64url')}.${p}.${s}`;
    const other = await signedIn();

    // [what, ID token cookie, access token cookie, LastAuthUser, what verifyCognitoToken says of the ID token cookie]
    const cases: Array<[string, string, string, string, CognitoTokenProblem | 'verified']> = [
      ['forged signature', forged, accessToken, user.username, 'signature'],
      ['alg none', none, accessToken, user.username, 'signature'],
      ['HS256', hs256, accessToken, user.username, 'signature'],
      ['swapped', accessToken, idToken, user.username, 'tokenUse'],
      ['malformed', 'abc', accessToken, user.username, 'malformed'],
      // The cookies name another user, whose cookies hold this user's tokens.
      ['another LastAuthUser', idToken, accessToken, other.username, 'verified'],
      // Two users' tokens, each valid.
      ['two users', other.tokens.IdToken, accessToken, user.username, 'verified'],
    ];
    for (const [what, id, access, lastAuthUser, code] of cases) {
      const header = cookieHeader(env.clientId, lastAuthUser, lastAuthUser, {
        idToken: id,
        accessToken: access,
      });
      await expect(readSession(header, pool()), what).resolves.toBeNull();
      expect(await refusal(id, { ...pool(), tokenUse: 'id' }), what).toBe(code);
    }
    // And the right cookies still read.
    await expect(readSession(cookies.header, pool())).resolves.not.toBeNull();
  });

  it('is null for another app client’s tokens and another pool’s', async () => {
    const srpUser = await signedIn(env.srpClientId);
    const foreignClient = cookieHeader(env.clientId, srpUser.username, srpUser.username, {
      idToken: srpUser.tokens.IdToken,
      accessToken: srpUser.tokens.AccessToken,
    });
    await expect(readSession(foreignClient, pool())).resolves.toBeNull();
    expect(await refusal(srpUser.tokens.IdToken, { ...pool(), tokenUse: 'id' })).toBe('audience');
    expect(await refusal(srpUser.tokens.AccessToken, { ...pool(), tokenUse: 'access' })).toBe(
      'audience',
    );

    const poolUser = await signedIn(otherPool.clientId, otherPool.userPoolId);
    const { header } = cookiesWritten(
      otherPool.clientId,
      otherPool.userPoolId,
      poolUser.username,
      poolUser.tokens,
    );
    // Read as if it were this pool's (same key, another issuer): refused.
    const asThisPool = {
      userPoolId: env.userPoolId,
      clientId: otherPool.clientId,
      endpoint: env.url,
    };
    await expect(readSession(header, asThisPool)).resolves.toBeNull();
    expect(await refusal(poolUser.tokens.IdToken, { ...asThisPool, tokenUse: 'id' })).toBe(
      'issuer',
    );
    // With its own pool's settings it reads.
    await expect(readSession(header, { ...otherPool, endpoint: env.url })).resolves.toMatchObject({
      username: poolUser.username,
    });
  });

  it('refuses a key the pool does not publish, and throws when the JWKS cannot be had', async () => {
    const claims = claimsOf(user.tokens.IdToken);
    const rotated = signedWithLocalKey({ alg: 'RS256', kid: 'NotPublished' }, claims);
    expect(await refusal(rotated, { ...pool(), tokenUse: 'id' })).toBe('unknownKey');
    // A token for a pool this Cognito does not have: its JWKS is a 404, an outage, not a bad cookie.
    const issuer = `${new URL(env.url).origin}/local_Gone`;
    const orphan = signedWithLocalKey(
      { alg: 'RS256', kid: 'CognitoLocal' },
      { ...claims, iss: issuer },
    );
    const gone = { userPoolId: 'local_Gone', clientId: env.clientId, endpoint: env.url };
    expect(await refusal(orphan, { ...gone, tokenUse: 'id' })).toBe('jwksUnavailable');
    await expect(
      readSession(
        cookieHeader(env.clientId, user.username, user.username, {
          idToken: orphan,
          accessToken: orphan,
        }),
        gone,
      ),
    ).rejects.toMatchObject({ code: 'jwksUnavailable' });
  });
});

describe('verifyCognitoToken', () => {
  it('verifies both tokens of a sign-in and refuses an expired one', async () => {
    const client = await shortLivedClient(env, AUTH_FLOWS.srp, 1);
    const { tokens } = await signedIn(client);
    const options = { userPoolId: env.userPoolId, clientId: client, endpoint: env.url };
    const id = claimsOf(tokens.IdToken);
    // `now` after the expiry plus the default skew.
    expect(
      await refusal(tokens.IdToken, {
        ...options,
        tokenUse: 'id',
        now: ((id.exp as number) + 61) * 1000,
      }),
    ).toBe('expired');
    // Real time: wait until it has expired, then no skew.
    await vi.waitFor(() => expect(Date.now() / 1000).toBeGreaterThan((id.exp as number) + 0.5), {
      timeout: 10_000,
      interval: 200,
    });
    const strict = { ...options, clockSkewSeconds: 0 };
    expect(await refusal(tokens.IdToken, { ...strict, tokenUse: 'id' })).toBe('expired');
    expect(await refusal(tokens.AccessToken, { ...strict, tokenUse: 'access' })).toBe('expired');
    const { header } = cookiesWritten(
      client,
      env.userPoolId,
      claimsOf(tokens.AccessToken).username as string,
      tokens,
    );
    await expect(readSession(header, strict)).resolves.toBeNull();
  });
});

describe('refreshTokens', () => {
  it('gives new verified tokens for a refresh token, and Cognito’s error code otherwise', async () => {
    const { username, tokens } = await signedIn();
    const refreshed = await refreshTokens({ ...pool(), refreshToken: tokens.RefreshToken });
    expect(refreshed.expiresIn).toBeGreaterThan(0);
    expect(refreshed.session).toMatchObject({ username, sub: claimsOf(tokens.AccessToken).sub });
    await expect(
      verifyCognitoToken(refreshed.idToken, { ...pool(), tokenUse: 'id' }),
    ).resolves.toMatchObject({
      'cognito:username': username,
    });
    await expect(
      verifyCognitoToken(refreshed.accessToken, { ...pool(), tokenUse: 'access' }),
    ).resolves.toMatchObject({ username });

    await expect(
      refreshTokens({ ...pool(), refreshToken: 'not-a-refresh-token' }),
    ).rejects.toMatchObject({ code: 'NotAuthorizedException' });
    // Another app client's refresh token.
    await expect(
      refreshTokens({ ...pool(), clientId: env.srpClientId, refreshToken: tokens.RefreshToken }),
    ).rejects.toMatchObject({ code: 'NotAuthorizedException' });
  });
});

describe('revokeRefreshToken', () => {
  it('ends the refresh token at Cognito (a refresh with it is refused), and says what failed', async () => {
    const { tokens } = await signedIn();
    await expect(
      revokeRefreshToken({ ...pool(), refreshToken: tokens.RefreshToken }),
    ).resolves.toBeUndefined();
    await expect(
      refreshTokens({ ...pool(), refreshToken: tokens.RefreshToken }),
    ).rejects.toMatchObject({ name: 'CognitoRefreshError', code: 'NotAuthorizedException' });
    // Nothing to revoke, and nowhere to send it: a TypeError, then the network's code.
    await expect(revokeRefreshToken({ ...pool(), refreshToken: '' })).rejects.toThrow(TypeError);
    await expect(
      revokeRefreshToken({
        ...pool(),
        endpoint: 'http://127.0.0.1:9/',
        refreshToken: tokens.RefreshToken,
      }),
    ).rejects.toMatchObject({ code: 'NetworkError' });
  });
});

/**
 * A browser's cookie jar for one site, as far as the session needs: `document.cookie` (what
 * the page's scripts set and read), `apply` for a response's Set-Cookie lines, `header` for
 * the Cookie header of a request. Max-Age and Expires are kept (a cookie past either is gone).
 */
function browserJar() {
  const cookies = new Map<string, { value: string; expiresAt: number }>();
  const set: string[] = [];
  const live = () => {
    for (const [name, { expiresAt }] of cookies) if (expiresAt <= Date.now()) cookies.delete(name);
    return cookies;
  };
  const apply = (line: string) => {
    set.push(line);
    const [pair = '', ...attributes] = line.split(/;\s*/);
    const at = pair.indexOf('=');
    let expiresAt = Number.POSITIVE_INFINITY;
    for (const attribute of attributes) {
      const [key = '', value = ''] = attribute.split('=');
      if (key.toLowerCase() === 'max-age') expiresAt = Date.now() + Number(value) * 1000;
      if (key.toLowerCase() === 'expires' && !attributes.some((a) => /^max-age=/i.test(a))) {
        expiresAt = Date.parse(value);
      }
    }
    if (expiresAt <= Date.now()) cookies.delete(pair.slice(0, at));
    else cookies.set(pair.slice(0, at), { value: pair.slice(at + 1), expiresAt });
  };
  const header = () => [...live()].map(([name, { value }]) => `${name}=${value}`).join('; ');
  const page = {
    get cookie() {
      return header();
    },
    set cookie(line: string) {
      apply(line);
    },
  };
  /** The page at `url` with this jar (a Node stand-in for the browser side). */
  const open = (url = 'https://app.example/') => {
    vi.stubGlobal('document', page);
    vi.stubGlobal('location', new URL(url));
  };
  return { apply, header, open, set, names: () => [...live().keys()] };
}

/** A `MapStorage`-like refresh token storage of the app's. */
function memoryStorage() {
  const kept = new Map<string, string>();
  return {
    kept,
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  };
}

/** The session amazon-cognito-identity-js caches for `tokens` in `storage` (what auto sign-in's cacheSession does). */
function cacheIn(
  storage: import('amazon-cognito-identity-js').ICognitoStorage,
  clientId: string,
  username: string,
  tokens: Tokens,
) {
  const Pool = new CognitoUserPool({
    UserPoolId: env.userPoolId,
    ClientId: clientId,
    endpoint: env.url,
    Storage: storage,
  });
  new CognitoUser({ Username: username, Pool, Storage: storage }).setSignInUserSession(
    new CognitoUserSession({
      IdToken: new CognitoIdToken({ IdToken: tokens.IdToken }),
      AccessToken: new CognitoAccessToken({ AccessToken: tokens.AccessToken }),
      RefreshToken: new CognitoRefreshToken({ RefreshToken: tokens.RefreshToken }),
    }),
  );
}

/** The library's sign-out (RevokeToken, then the cache cleared); it calls back with an error, if any, though typed without. */
function signOut(user: CognitoUser | undefined) {
  return new Promise<void>((resolve, reject) =>
    user?.signOut((...args: unknown[]) => (args[0] ? reject(args[0]) : resolve())),
  );
}

const maxAgeOf = (line: string) => Number(/; Max-Age=(\d+)/.exec(line)?.[1]);
const lifeOf = (token: string) => {
  const { exp, iat } = claimsOf(token) as { exp: number; iat: number };
  return exp - iat;
};

describe('the kit’s cookie storage (sessionCookieStorage)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('holds the session a sign-up ends with: readSession verifies it, every cookie under 4096 bytes with Secure, SameSite=Lax, Path=/ and the tokens’ life; sign-out clears it', async () => {
    const jar = browserJar();
    jar.open('https://app.example/');
    const storage = sessionCookieStorage();
    const flow = createSignUpFlow({
      clientId: env.clientId,
      userPoolId: env.userPoolId,
      endpoint: env.url,
      persist: false,
      resendCooldown: 0,
      autoSignIn: autoSignIn({ storage }),
    });
    const username = uniqueUsername('cookie');
    await flow.signUp({
      username,
      password: PASSWORD,
      attributes: { email: `${username}@example.com` },
    });
    await flow.confirm(env.code(username) as string);
    const { signedIn } = flow.getState();
    expect(signedIn?.username).toBe(username);

    await expect(readSession(jar.header(), pool())).resolves.toMatchObject({ username });
    const { idToken, accessToken, refreshToken } = signedIn?.tokens ?? {};
    const names = sessionCookieNames(env.clientId, username);
    for (const line of jar.set) {
      expect(Buffer.byteLength(line)).toBeLessThan(4096);
      expect(line).toMatch(/; Path=\/; Max-Age=\d+; SameSite=Lax; Secure$/);
      const name = line.slice(0, line.indexOf('='));
      if (name === names.idToken) expect(maxAgeOf(line)).toBe(lifeOf(idToken as string));
      else if (name === names.accessToken) {
        expect(maxAgeOf(line)).toBe(lifeOf(accessToken as string));
      } else expect(maxAgeOf(line)).toBe(30 * 24 * 3600);
    }
    expect(readSessionCookies(jar.header(), env)?.refreshToken).toBe(refreshToken);

    // The page reads it back (getCurrentSession), then signs out: nothing of the session is left.
    const current = await getCurrentSession({ ...pool(), storage });
    expect(current?.username).toBe(username);
    await signOut(current?.user);
    expect(jar.names().filter((name) => name.startsWith('CognitoIdentityServiceProvider'))).toEqual(
      [],
    );
    await expect(readSession(jar.header(), pool())).resolves.toBeNull();
  });

  it('chunks an ID token longer than 4096 bytes, reads it back whole (server and page), and sign-out removes every chunk', async () => {
    // A user with long attributes: the ID token carries them all.
    const long = `${uniqueUsername('big')}+a@example.com`;
    await cognitoCall(env.cognito.url, 'SignUp', {
      ClientId: env.clientId,
      Username: long,
      Password: PASSWORD,
      UserAttributes: [
        { Name: 'email', Value: long },
        { Name: 'address', Value: 'Rue de l’Église 12, 1000 Bruxelles — ü '.repeat(48) },
        { Name: 'profile', Value: `https://example.com/${'p'.repeat(1900)}` },
        { Name: 'website', Value: `https://example.com/${'w'.repeat(1900)}` },
      ],
    });
    await cognitoCall(env.cognito.url, 'AdminConfirmSignUp', {
      UserPoolId: env.userPoolId,
      Username: long,
    });
    const { AuthenticationResult: tokens } = (await cognitoCall(env.cognito.url, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: env.clientId,
      AuthParameters: { USERNAME: long, PASSWORD },
    })) as { AuthenticationResult: Tokens };
    expect(tokens.IdToken.length).toBeGreaterThan(6000);

    const jar = browserJar();
    jar.open();
    const storage = sessionCookieStorage();
    cacheIn(storage, env.clientId, long, tokens);
    const names = sessionCookieNames(env.clientId, long);
    const chunks = jar.names().filter((name) => name.startsWith(`${names.idToken}.`));
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    for (const line of jar.set) expect(Buffer.byteLength(line)).toBeLessThan(4096);

    expect(readSessionCookies(jar.header(), env)?.idToken).toBe(tokens.IdToken);
    await expect(readSession(jar.header(), pool())).resolves.toMatchObject({
      username: long,
      idToken: expect.objectContaining({ website: expect.stringContaining('wwww') }),
    });
    // Next's cookies() store: keyed by the names as sent, values decoded.
    const store = new Map(
      jar
        .header()
        .split('; ')
        .map((pair) => {
          const at = pair.indexOf('=');
          return [pair.slice(0, at), { value: decodeURIComponent(pair.slice(at + 1)) }] as const;
        }),
    );
    await expect(
      readSession({ get: (name: string) => store.get(name) }, pool()),
    ).resolves.toMatchObject({ username: long });

    const current = await getCurrentSession({ ...pool(), storage });
    expect(current?.session.getIdToken().getJwtToken()).toBe(tokens.IdToken);
    await signOut(current?.user);
    expect(jar.names()).toEqual([]);
  });

  it('keeps the refresh token out of cookies when the app says so: in a storage of its own, or nowhere', async () => {
    for (const refreshToken of [memoryStorage(), 'none' as const]) {
      const { username, tokens } = await signedIn();
      const jar = browserJar();
      jar.open();
      const storage = sessionCookieStorage({ refreshToken });
      cacheIn(storage, env.clientId, username, tokens);
      expect(jar.set.join('\n')).not.toContain(tokens.RefreshToken);
      expect(jar.names().some((name) => name.endsWith('.refreshToken'))).toBe(false);
      expect(readSessionCookies(jar.header(), env)?.refreshToken).toBeUndefined();
      await expect(readSession(jar.header(), pool())).resolves.toMatchObject({ username });
      if (typeof refreshToken === 'object') {
        expect([...refreshToken.kept.values()]).toEqual([tokens.RefreshToken]);
      }
    }
  });

  it('reads the cookies of amazon-cognito-identity-js’s own CookieStorage (an app that switches keeps its session)', async () => {
    const { username, tokens } = await signedIn();
    const jar = browserJar();
    jar.open();
    cacheIn(
      new CookieStorage({ domain: 'app.example', secure: true, sameSite: 'lax', expires: 30 }),
      env.clientId,
      username,
      tokens,
    );
    const storage = sessionCookieStorage();
    const current = await getCurrentSession({ ...pool(), storage });
    expect(current?.username).toBe(username);
    expect(
      storage.getItem(`CognitoIdentityServiceProvider.${env.clientId}.${username}.idToken`),
    ).toBe(tokens.IdToken);
  });

  it('after the tokens expire: a middleware refreshes with the refresh cookie and writes new cookies the server verifies; the page refreshes too', async () => {
    const client = await shortLivedClient(env, AUTH_FLOWS.srp, 2);
    const shortPool = { userPoolId: env.userPoolId, clientId: client, endpoint: env.url };
    const { tokens } = await signedIn(client);
    const username = claimsOf(tokens.AccessToken).username as string;
    const jar = browserJar();
    jar.open('http://localhost:3000/');
    const storage = sessionCookieStorage();
    cacheIn(storage, client, username, tokens);
    // On http://localhost: no Secure.
    expect(jar.set.every((line) => !line.includes('Secure'))).toBe(true);
    await expect(readSession(jar.header(), shortPool)).resolves.toMatchObject({ username });

    // The ID and access tokens' cookies expire with them (2 s); the refresh token's stays.
    await vi.waitFor(
      () => expect(readSessionCookies(jar.header(), shortPool)?.idToken).toBeUndefined(),
      {
        timeout: 10_000,
        interval: 200,
      },
    );
    const request = new Request('http://localhost:3000/account', {
      headers: { cookie: jar.header() },
    });
    await expect(readSession(request, shortPool)).resolves.toBeNull();
    const sent = readSessionCookies(request, shortPool);
    expect(sent).toEqual({ username, refreshToken: tokens.RefreshToken });

    // The middleware: refresh, answer with the new cookies.
    const fresh = await refreshTokens({ ...shortPool, refreshToken: sent?.refreshToken as string });
    const lines = sessionCookieHeaders(fresh, { clientId: client, request });
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThan(4096);
      expect(line).toMatch(/; Path=\/; Max-Age=\d+; SameSite=Lax$/);
    }
    for (const line of lines) jar.apply(line);
    await expect(readSession(jar.header(), shortPool)).resolves.toMatchObject({ username });

    // The page, once those expire too: getSession() refreshes from the refresh cookie (the
    // expired cookies read as expired tokens) and writes new cookies.
    await vi.waitFor(
      () => expect(readSessionCookies(jar.header(), shortPool)?.idToken).toBeUndefined(),
      {
        timeout: 10_000,
        interval: 200,
      },
    );
    const current = await getCurrentSession({ ...shortPool, storage });
    expect(current?.username).toBe(username);
    await expect(readSession(jar.header(), shortPool)).resolves.toMatchObject({ username });

    // Sign-out on the server: every cookie of the session removed.
    for (const line of clearSessionCookieHeaders(
      new Request('http://localhost:3000/', { headers: { cookie: jar.header() } }),
      { clientId: client },
    )) {
      jar.apply(line);
    }
    expect(jar.names()).toEqual([]);
    await expect(readSession(jar.header(), shortPool)).resolves.toBeNull();
  });
});
