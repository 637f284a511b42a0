import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoCall } from '../../dev/local-cognito.mjs';
import { type RangeServer, startRangeServer } from '../../dev/range-server.mjs';
import { startTriggerServer, type TriggerServer } from '../../dev/trigger-server.mjs';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';
import { type RawAnswer, rawRequest } from './rawRequest.ts';

// The local servers of `npm start` and the tests, as another local origin or a DNS-rebinding
// page meets them (issue #35): a foreign Host is refused, CORS answers the demo's origins only,
// a browser gets no admin operation, Sessions do not pile up; and the local Cognito's tokens
// say where they come from, sign out and revoke as Cognito's do.

const PASSWORD = 'Passw0rd!';
const DEMO_ORIGIN = 'http://localhost:5999';
const FOREIGN_ORIGIN = 'http://localhost:6001';

const raw = rawRequest;

/** A Cognito operation sent as a page of `origin` would send it (Origin header, own Host). */
function fromPage(url: string, origin: string, operation: string, body: unknown) {
  return raw(url, {
    method: 'POST',
    headers: {
      host: new URL(url).host,
      origin,
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });
}

const codeOf = (answer: RawAnswer) =>
  (JSON.parse(answer.body || '{}') as { __type?: string }).__type;

async function errorCode(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

/** The claims of a JWT (not verified: the test reads what the server wrote). */
function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

/** A confirmed user of `env`'s pool (set up by a Node script: no Origin, admin allowed). */
async function confirmedUser(env: CognitoEnv, prefix: string): Promise<string> {
  const username = uniqueUsername(prefix);
  await cognitoCall(env.cognito.url, 'SignUp', {
    ClientId: env.srpClientId,
    Username: username,
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
  });
  await cognitoCall(env.cognito.url, 'AdminConfirmSignUp', {
    UserPoolId: env.userPoolId,
    Username: username,
  });
  return username;
}

interface Tokens {
  AccessToken: string;
  IdToken: string;
  RefreshToken: string;
  ExpiresIn: number;
}

async function passwordSignIn(env: CognitoEnv, username: string, clientId = env.srpClientId) {
  const { AuthenticationResult } = (await cognitoCall(env.cognito.url, 'InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD },
  })) as { AuthenticationResult: Tokens };
  return AuthenticationResult;
}

function refresh(env: CognitoEnv, refreshToken: string, clientId = env.srpClientId) {
  return cognitoCall(env.cognito.url, 'InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  }) as Promise<{ AuthenticationResult: Partial<Tokens> }>;
}

describe('the local Cognito, from a browser', () => {
  let env: CognitoEnv;
  beforeAll(async () => {
    env = await startCognitoEnv({ env: { LOCAL_COGNITO_ALLOWED_ORIGINS: DEMO_ORIGIN } });
  });
  afterAll(() => env?.stop());

  it('refuses a foreign Host (DNS rebinding) with 421, and answers its own loopback names', async () => {
    const { port } = env.cognito;
    const health = (host: string) => raw(env.cognito.url, { path: '/health', headers: { host } });
    expect((await health(`rebound.example:${port}`)).status).toBe(421);
    expect((await health('127.0.0.1:1')).status).toBe(421);
    expect((await health('localhost')).status).toBe(421);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await health(host)).status).toBe(200);
    }
    const rebound = await raw(env.cognito.url, {
      method: 'POST',
      headers: {
        host: `rebound.example:${port}`,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.ListUsers',
      },
      body: JSON.stringify({ UserPoolId: env.userPoolId }),
    });
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain('Users');
  });

  it('answers CORS for the allowed origins only; a foreign preflight gets 403', async () => {
    const preflight = (origin: string) =>
      raw(env.cognito.url, {
        method: 'OPTIONS',
        headers: {
          host: new URL(env.cognito.url).host,
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent',
        },
      });
    const allowed = await preflight(DEMO_ORIGIN);
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers['access-control-allow-origin']).toBe(DEMO_ORIGIN);
    const foreign = await preflight(FOREIGN_ORIGIN);
    expect(foreign.status).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();

    const username = uniqueUsername('cors');
    const signUp = {
      ClientId: env.clientId,
      Username: username,
      Password: PASSWORD,
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    };
    const fromForeign = await fromPage(env.cognito.url, FOREIGN_ORIGIN, 'SignUp', signUp);
    expect(fromForeign.status).toBe(403);
    expect(fromForeign.headers['access-control-allow-origin']).toBeUndefined();
    expect(await env.user(username)).toBeUndefined();
    const fromDemo = await fromPage(env.cognito.url, DEMO_ORIGIN, 'SignUp', signUp);
    expect(fromDemo.status).toBe(200);
    expect(fromDemo.headers['access-control-allow-origin']).toBe(DEMO_ORIGIN);
  });

  it('allows an origin added once it runs (a page served later), also after a restart', async () => {
    const late = 'http://127.0.0.1:6002';
    const health = () =>
      raw(env.cognito.url, {
        path: '/health',
        headers: { host: new URL(env.cognito.url).host, origin: late },
      });
    expect((await health()).status).toBe(403);
    await env.cognito.allowOrigins([late]);
    expect((await health()).headers['access-control-allow-origin']).toBe(late);
    await env.restart();
    expect((await health()).headers['access-control-allow-origin']).toBe(late);
    expect((await fromPage(env.cognito.url, FOREIGN_ORIGIN, 'SignUp', {})).status).toBe(403);
  });

  it('refuses admin and pool operations to any page (even an allowed one); Node scripts keep them', async () => {
    const username = await confirmedUser(env, 'admin');
    const attempts: [string, unknown][] = [
      ['ListUsers', { UserPoolId: env.userPoolId }],
      ['AdminGetUser', { UserPoolId: env.userPoolId, Username: username }],
      [
        'AdminSetUserPassword',
        { UserPoolId: env.userPoolId, Username: username, Password: 'Stolen1!x', Permanent: true },
      ],
      ['ListUserPools', { MaxResults: 10 }],
      ['ListUserPoolClients', { UserPoolId: env.userPoolId, MaxResults: 10 }],
      ['DescribeUserPool', { UserPoolId: env.userPoolId }],
      ['DescribeUserPoolClient', { UserPoolId: env.userPoolId, ClientId: env.clientId }],
      ['CreateUserPoolClient', { UserPoolId: env.userPoolId, ClientName: 'evil' }],
      ['UpdateUserPool', { UserPoolId: env.userPoolId }],
      ['SetUserPoolMfaConfig', { UserPoolId: env.userPoolId, MfaConfiguration: 'OFF' }],
      ['GetUserPoolMfaConfig', { UserPoolId: env.userPoolId }],
      ['DeleteUserPool', { UserPoolId: env.userPoolId }],
      ['CreateUserPool', { PoolName: 'evil' }],
    ];
    for (const [operation, body] of attempts) {
      const answer = await fromPage(env.cognito.url, DEMO_ORIGIN, operation, body);
      expect([operation, answer.status, codeOf(answer)]).toEqual([
        operation,
        403,
        'NotAuthorizedException',
      ]);
      expect(answer.body).not.toContain('@example.com');
    }
    // The password is unchanged, the pool still there: a Node script signs in and lists users.
    expect((await passwordSignIn(env, username)).AccessToken).toBeTruthy();
    const { Users } = (await cognitoCall(env.cognito.url, 'ListUsers', {
      UserPoolId: env.userPoolId,
    })) as { Users: { Username: string }[] };
    expect(Users.map((u) => u.Username)).toContain(username);
  });
});

describe('the local Cognito’s Sessions', () => {
  /** Starts `count` USER_SRP_AUTH sign-ins (never finished) and returns the Sessions kept. */
  async function abandonSrp(env: CognitoEnv, username: string, count: number) {
    for (let i = 0; i < count; i++) {
      await cognitoCall(env.cognito.url, 'InitiateAuth', {
        ClientId: env.srpClientId,
        AuthFlow: 'USER_SRP_AUTH',
        // A = g^1: acceptable to the server, and the test never finishes the exchange.
        AuthParameters: { USERNAME: username, SRP_A: '2' },
      });
    }
    const health = (await (await fetch(`${env.cognito.url}/health`)).json()) as {
      sessions?: number;
    };
    return health.sessions;
  }

  it('drops expired Sessions as new ones are issued', async () => {
    const env = await startCognitoEnv({ env: { LOCAL_COGNITO_SESSION_TTL_MS: '1' } });
    try {
      const username = await confirmedUser(env, 'srpttl');
      const kept = await abandonSrp(env, username, 60);
      expect(kept).toBeTypeOf('number');
      expect(kept).toBeLessThanOrEqual(1);
    } finally {
      await env.stop();
    }
  }, 120_000);

  it('keeps at most LOCAL_COGNITO_MAX_SESSIONS live Sessions', async () => {
    const env = await startCognitoEnv({ env: { LOCAL_COGNITO_MAX_SESSIONS: '20' } });
    try {
      const username = await confirmedUser(env, 'srpmax');
      const kept = await abandonSrp(env, username, 60);
      expect(kept).toBeTypeOf('number');
      expect(kept).toBeLessThanOrEqual(20);
    } finally {
      await env.stop();
    }
  }, 120_000);
});

describe('the local Cognito’s tokens', () => {
  let env: CognitoEnv;
  beforeAll(async () => {
    env = await startCognitoEnv({ env: { LOCAL_COGNITO_TOKEN_TTL_SECONDS: '2' } });
  });
  afterAll(() => env?.stop());

  it('name its real address as issuer, and say how long they live', async () => {
    const username = await confirmedUser(env, 'iss');
    const tokens = await passwordSignIn(env, username);
    const issuer = `${env.cognito.url}/${env.userPoolId}`;
    expect(issuer).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/local_/);
    for (const token of [tokens.IdToken, tokens.AccessToken]) {
      const { iss, exp, iat } = claims(token) as { iss: string; exp: number; iat: number };
      expect(iss).toBe(issuer);
      expect(exp - iat).toBe(2);
    }
    expect(tokens.ExpiresIn).toBe(2);
  });

  it('expire (LOCAL_COGNITO_TOKEN_TTL_SECONDS), then refresh gives new ones', async () => {
    const username = await confirmedUser(env, 'ttl');
    const tokens = await passwordSignIn(env, username);
    const list = (accessToken: string) =>
      cognitoCall(env.cognito.url, 'ListWebAuthnCredentials', { AccessToken: accessToken });
    // Polls until the access token is refused as expired (a generous deadline, no timing).
    let code: string | undefined;
    for (let i = 0; i < 150 && code === undefined; i++) {
      code = await errorCode(list(tokens.AccessToken));
      if (code === undefined) await new Promise((r) => setTimeout(r, 200));
    }
    expect(code).toBe('NotAuthorizedException');
    const { AuthenticationResult } = await refresh(env, tokens.RefreshToken);
    expect(AuthenticationResult.ExpiresIn).toBe(2);
    expect(claims(AuthenticationResult.IdToken ?? '').iss).toBe(
      `${env.cognito.url}/${env.userPoolId}`,
    );
  }, 120_000);

  it('GlobalSignOut ends every refresh token of the user', async () => {
    const username = await confirmedUser(env, 'gso');
    const first = await passwordSignIn(env, username);
    const second = await passwordSignIn(env, username);
    expect(
      await cognitoCall(env.cognito.url, 'GlobalSignOut', { AccessToken: first.AccessToken }),
    ).toEqual({});
    for (const tokens of [first, second]) {
      expect(await errorCode(refresh(env, tokens.RefreshToken))).toBe('NotAuthorizedException');
    }
    expect(
      await errorCode(
        cognitoCall(env.cognito.url, 'GlobalSignOut', { AccessToken: 'not-a-token' }),
      ),
    ).toBe('NotAuthorizedException');
    // Another user's tokens live on.
    const other = await passwordSignIn(env, await confirmedUser(env, 'gsoother'));
    expect((await refresh(env, other.RefreshToken)).AuthenticationResult.AccessToken).toBeTruthy();
  });

  it('RevokeToken ends one refresh token of its own client; a refresh with it is refused', async () => {
    const username = await confirmedUser(env, 'revoke');
    const kept = await passwordSignIn(env, username);
    const revoked = await passwordSignIn(env, username);
    const revoke = (token: string, clientId = env.srpClientId) =>
      cognitoCall(env.cognito.url, 'RevokeToken', { Token: token, ClientId: clientId });
    // Another client of the pool may not revoke it, nor refresh with it.
    expect(await errorCode(revoke(revoked.RefreshToken, env.clientId))).toBe(
      'NotAuthorizedException',
    );
    expect(await errorCode(refresh(env, revoked.RefreshToken, env.clientId))).toBe(
      'NotAuthorizedException',
    );
    expect(await revoke(revoked.RefreshToken)).toEqual({});
    expect(await errorCode(refresh(env, revoked.RefreshToken))).toBe('NotAuthorizedException');
    // Revoking it again succeeds, as in Cognito; an access token or garbage is no refresh token.
    expect(await revoke(revoked.RefreshToken)).toEqual({});
    expect(await errorCode(revoke(kept.AccessToken))).toBe('UnsupportedTokenTypeException');
    expect(await errorCode(revoke('garbage'))).toBe('UnsupportedTokenTypeException');
    expect((await refresh(env, kept.RefreshToken)).AuthenticationResult.AccessToken).toBeTruthy();
  });
});

describe('the range server and the trigger stand-in', () => {
  let range: RangeServer;
  let triggers: TriggerServer;
  beforeAll(async () => {
    range = await startRangeServer({ allowedOrigins: [DEMO_ORIGIN] });
    triggers = await startTriggerServer();
  });
  afterAll(async () => {
    await range?.close();
    await triggers?.close();
  });

  it('the range server refuses a foreign Host, and answers CORS for the allowed origins only', async () => {
    const host = new URL(range.url).host;
    const get = (headers: Record<string, string>) =>
      raw(range.url, { path: '/range/21BD1', headers });
    expect((await get({ host: `rebound.example:${new URL(range.url).port}` })).status).toBe(421);
    const own = await get({ host, origin: DEMO_ORIGIN });
    expect(own.status).toBe(200);
    expect(own.headers['access-control-allow-origin']).toBe(DEMO_ORIGIN);
    const foreign = await get({ host, origin: FOREIGN_ORIGIN });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await raw(range.url, {
      method: 'OPTIONS',
      path: '/range/21BD1',
      headers: { host, origin: FOREIGN_ORIGIN, 'access-control-request-headers': 'add-padding' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    // Origins allowed later (a page served on a port chosen after the server started).
    range.allowOrigins([FOREIGN_ORIGIN]);
    expect(
      (await get({ host, origin: FOREIGN_ORIGIN })).headers['access-control-allow-origin'],
    ).toBe(FOREIGN_ORIGIN);
  });

  it('the trigger stand-in refuses a foreign Host and any page (only cognito-local calls it)', async () => {
    const invoke = (headers: Record<string, string>) =>
      raw(triggers.url, {
        method: 'POST',
        path: '/2015-03-31/functions/PreSignUp/invocations',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ request: {} }),
      });
    const host = new URL(triggers.url).host;
    expect((await invoke({ host: `rebound.example:${triggers.port}` })).status).toBe(421);
    expect((await invoke({ host, origin: DEMO_ORIGIN })).status).toBe(403);
    expect((await invoke({ host })).status).toBe(200);
  });
});
