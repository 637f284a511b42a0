import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../dev/chromium.mjs';
import { cognitoCall, setCallbackUrls } from '../../dev/local-cognito.mjs';
import { type CognitoEnv, startCognitoEnv } from './localCognito.ts';
import { rawRequest } from './rawRequest.ts';

// The local user pool domain (issue #37): /oauth2/authorize with the local identity provider's
// page, /oauth2/idpresponse, /oauth2/token, /oauth2/userInfo and /logout, as the kit's social
// sign-up meets them over HTTP, with the checks Cognito makes.

const APP_ORIGIN = 'http://127.0.0.1:5997';
const CALLBACK = `${APP_ORIGIN}/`;
const SCOPES = 'openid email profile aws.cognito.signin.user.admin';

const verifierPair = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};
const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));

const raw = rawRequest;

/** The local identity provider's page, read: its form's request id and its buttons. */
function readPage(html: string) {
  const buttons = [
    ...html.matchAll(/<button[^>]*name="(\w+)" value="([^"]*)"[^>]*>([^<]*)<\/button>/g),
  ].map(([, name, value, label]) => ({ name, value, label }));
  return {
    heading: /<h1>([^<]*)<\/h1>/.exec(html)?.[1],
    action: /<form method="post" action="([^"]+)">/.exec(html)?.[1],
    request: /<input type="hidden" name="request" value="([^"]+)">/.exec(html)?.[1],
    buttons,
  };
}

function domain(env: CognitoEnv) {
  const base = env.cognito.url;
  const authorize = async (params: Record<string, string | undefined>) => {
    const url = new URL('/oauth2/authorize', base);
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(key, value);
    }
    const response = await fetch(url, { redirect: 'manual' });
    return {
      status: response.status,
      headers: response.headers,
      location: response.headers.get('location'),
      html: await response.text(),
    };
  };
  const standard = (
    clientId: string,
    challenge: string,
    overrides: Record<string, string | undefined> = {},
  ) => ({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: CALLBACK,
    identity_provider: 'Google',
    scope: SCOPES,
    state: 'state-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  });
  const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(new URL(path, base), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  /** Back at the callback: the location's parameters. */
  const respond = async (requestId: string, choice: Record<string, string>) => {
    const response = await post('/oauth2/idpresponse', { request: requestId, ...choice });
    const location = response.headers.get('location');
    return {
      status: response.status,
      location,
      params: location ? new URL(location).searchParams : undefined,
      html: await response.text(),
    };
  };
  /** Authorize then choose `sub` (or cancel): the callback's parameters. */
  const signIn = async (
    sub: string | 'cancel',
    overrides: Record<string, string | undefined> = {},
    clientId = env.clientId,
  ) => {
    const pkce = verifierPair();
    const page = await authorize(standard(clientId, pkce.challenge, overrides));
    expect(page.status).toBe(200);
    const form = readPage(page.html);
    const back = await respond(
      form.request ?? '',
      sub === 'cancel' ? { cancel: '1' } : { identity: sub },
    );
    expect(back.status).toBe(302);
    return { ...back, verifier: pkce.verifier, params: back.params as URLSearchParams };
  };
  const exchange = async (form: Record<string, string>) => {
    const response = await post('/oauth2/token', { grant_type: 'authorization_code', ...form });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  return { authorize, standard, post, respond, signIn, exchange };
}

describe('local user pool domain', () => {
  let env: CognitoEnv;
  let d: ReturnType<typeof domain>;

  beforeAll(async () => {
    env = await startCognitoEnv({ env: { LOCAL_COGNITO_ALLOWED_ORIGINS: APP_ORIGIN } });
    await setCallbackUrls(env.cognito.url, env.userPoolId, env.clientId, [CALLBACK]);
    d = domain(env);
  });
  afterAll(() => env?.stop());

  it('signs a Google identity in: page, code with state, tokens Cognito would issue, user pool API', async () => {
    const pkce = verifierPair();
    const page = await d.authorize(d.standard(env.clientId, pkce.challenge));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(new RegExp(`form-action 'self' ${APP_ORIGIN}(;|$)`));
    expect(page.html).not.toMatch(/<script/i);
    const form = readPage(page.html);
    expect(form.heading).toContain('Google');
    expect(form.action).toBe('/oauth2/idpresponse');
    expect(form.request).toMatch(/^[\w-]{32,}$/);
    const identities = form.buttons.filter((b) => b.name === 'identity');
    expect(identities.map((b) => b.value)).toEqual(['1001', '1002', '1003', '1004']);
    expect(identities[0]?.label).toMatch(/Ada Lovelace.*ada@example\.com.*\(verified\)/);
    expect(identities[1]?.label).toMatch(/Grace Hopper.*grace@example\.com.*not verified/);
    expect(identities[2]?.label).toContain('Alan Turing');
    expect(form.buttons.some((b) => b.name === 'cancel' && b.label === 'Cancel')).toBe(true);

    const back = await d.respond(form.request ?? '', { identity: '1001' });
    expect(back.status).toBe(302);
    expect(back.location?.startsWith(CALLBACK)).toBe(true);
    const code = back.params?.get('code') ?? '';
    expect(code.length).toBeGreaterThanOrEqual(32);
    expect(back.params?.get('state')).toBe('state-1');

    const answer = await d.exchange({
      client_id: env.clientId,
      code,
      redirect_uri: CALLBACK,
      code_verifier: pkce.verifier,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const { id_token, access_token, refresh_token, expires_in, token_type } = answer.body;
    expect(token_type).toBe('Bearer');
    const id = claims(id_token);
    const access = claims(access_token);
    const issuer = `${env.cognito.url}/${env.userPoolId}`;
    expect(id).toMatchObject({
      iss: issuer,
      aud: env.clientId,
      token_use: 'id',
      'cognito:username': 'Google_1001',
      email: 'ada@example.com',
      email_verified: true,
      name: 'Ada Lovelace',
      identities: [
        { userId: '1001', providerName: 'Google', providerType: 'Google', primary: 'true' },
      ],
    });
    expect(access).toMatchObject({
      iss: issuer,
      client_id: env.clientId,
      token_use: 'access',
      username: 'Google_1001',
      sub: id.sub,
      origin_jti: id.origin_jti,
    });
    expect(access.scope.split(' ').sort()).toEqual(SCOPES.split(' ').sort());
    expect(expires_in).toBe(access.exp - access.iat);
    expect(typeof refresh_token).toBe('string');

    const user = await env.user('Google_1001');
    expect(user?.UserStatus).toBe('EXTERNAL_PROVIDER');
    const attributes = Object.fromEntries(
      ((user?.UserAttributes ?? []) as { Name: string; Value: string }[]).map((a) => [
        a.Name,
        a.Value,
      ]),
    );
    expect(attributes.sub).toBe(id.sub);
    expect(JSON.parse(attributes.identities ?? '[]')).toMatchObject([
      {
        userId: '1001',
        providerName: 'Google',
        providerType: 'Google',
        issuer: null,
        primary: 'true',
      },
    ]);

    const got = await cognitoCall(env.cognito.url, 'GetUser', { AccessToken: access_token });
    expect(got.Username).toBe('Google_1001');
    await cognitoCall(env.cognito.url, 'UpdateUserAttributes', {
      AccessToken: access_token,
      UserAttributes: [{ Name: 'custom:plan', Value: 'pro' }],
    });
    const after = await cognitoCall(env.cognito.url, 'GetUser', { AccessToken: access_token });
    expect(after.UserAttributes).toContainEqual({ Name: 'custom:plan', Value: 'pro' });

    const info = await fetch(new URL('/oauth2/userInfo', env.cognito.url), {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({
      sub: id.sub,
      username: 'Google_1001',
      email: 'ada@example.com',
    });

    // The refresh token works where the others do.
    const refreshed = await cognitoCall(env.cognito.url, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: env.clientId,
      AuthParameters: { REFRESH_TOKEN: refresh_token },
    });
    expect(claims(refreshed.AuthenticationResult.IdToken).identities).toHaveLength(1);
    const viaToken = await d.post('/oauth2/token', {
      grant_type: 'refresh_token',
      client_id: env.clientId,
      refresh_token,
    });
    expect(viaToken.status).toBe(200);
    expect(claims((await viaToken.json()).access_token).username).toBe('Google_1001');

    // The code is single use.
    const again = await d.exchange({
      client_id: env.clientId,
      code,
      redirect_uri: CALLBACK,
      code_verifier: pkce.verifier,
    });
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');

    // Signed out everywhere: the refresh token no longer refreshes.
    await cognitoCall(env.cognito.url, 'GlobalSignOut', { AccessToken: access_token });
    const revoked = await d.post('/oauth2/token', {
      grant_type: 'refresh_token',
      client_id: env.clientId,
      refresh_token,
    });
    expect(revoked.status).toBe(400);
    expect((await revoked.json()).error).toBe('invalid_grant');
  });

  it('signs the same identity in again as the same user; maps its attributes again', async () => {
    const first = await d.signIn('1002');
    const second = await d.signIn('1002');
    const exchange = async (back: typeof first) =>
      (
        await d.exchange({
          client_id: env.clientId,
          code: back.params.get('code') ?? '',
          redirect_uri: CALLBACK,
          code_verifier: back.verifier,
        })
      ).body;
    const one = claims((await exchange(first)).id_token);
    const two = claims((await exchange(second)).id_token);
    expect(two.sub).toBe(one.sub);
    expect(two['cognito:username']).toBe('Google_1002');
    expect(two.email_verified).toBe(false);
  });

  it('a user of another provider is another user (SignInWithApple_<sub>)', async () => {
    const back = await d.signIn('1001', { identity_provider: 'SignInWithApple' });
    expect(back.params.get('code')).toBeTruthy();
    expect((await env.user('SignInWithApple_1001'))?.UserStatus).toBe('EXTERNAL_PROVIDER');
  });

  it('refuses a wrong verifier, another redirect_uri, another client: invalid_grant, code spent', async () => {
    const { UserPoolClient: other } = await cognitoCall(env.cognito.url, 'CreateUserPoolClient', {
      UserPoolId: env.userPoolId,
      ClientName: 'other-public',
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid'],
      SupportedIdentityProviders: ['Google'],
      CallbackURLs: [CALLBACK],
    });
    for (const wrong of [
      (v: string) => ({ code_verifier: `${v}x` }),
      () => ({ redirect_uri: `${APP_ORIGIN}/other` }),
      () => ({ client_id: other.ClientId }),
    ]) {
      const back = await d.signIn('1001');
      const form = {
        client_id: env.clientId,
        code: back.params.get('code') ?? '',
        redirect_uri: CALLBACK,
        code_verifier: back.verifier,
      };
      const refused = await d.exchange({ ...form, ...wrong(back.verifier) });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe('invalid_grant');
      const spent = await d.exchange(form);
      expect(spent.body.error).toBe('invalid_grant');
    }
    const noCode = await d.exchange({
      client_id: env.clientId,
      code: 'made-up',
      redirect_uri: CALLBACK,
      code_verifier: 'x'.repeat(43),
    });
    expect(noCode.body.error).toBe('invalid_grant');
  });

  it('answers unsupported_grant_type and invalid_client', async () => {
    const password = await d.post('/oauth2/token', {
      grant_type: 'password',
      client_id: env.clientId,
    });
    expect(password.status).toBe(400);
    expect((await password.json()).error).toBe('unsupported_grant_type');
    const unknown = await d.post('/oauth2/token', {
      grant_type: 'authorization_code',
      client_id: 'nope',
    });
    expect((await unknown.json()).error).toBe('invalid_client');

    const { UserPoolClient } = await cognitoCall(env.cognito.url, 'CreateUserPoolClient', {
      UserPoolId: env.userPoolId,
      ClientName: 'confidential',
      GenerateSecret: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid'],
      SupportedIdentityProviders: ['Google'],
      CallbackURLs: [CALLBACK],
    });
    const back = await d.signIn('1001', { scope: 'openid' }, UserPoolClient.ClientId);
    const form = {
      client_id: UserPoolClient.ClientId,
      code: back.params.get('code') ?? '',
      redirect_uri: CALLBACK,
      code_verifier: back.verifier,
    };
    const noSecret = await d.exchange(form);
    expect(noSecret.body.error).toBe('invalid_client');
  });

  it('refuses an unknown client and an unlisted redirect_uri on its own page, never redirecting', async () => {
    const { challenge } = verifierPair();
    const unknown = await d.authorize(d.standard('unknownclient', challenge));
    expect(unknown.status).toBe(400);
    expect(unknown.location).toBeNull();
    for (const redirect_uri of [`${APP_ORIGIN}/elsewhere`, 'http://127.0.0.1:5997', undefined]) {
      const mismatch = await d.authorize(d.standard(env.clientId, challenge, { redirect_uri }));
      expect(mismatch.status).toBe(400);
      expect(mismatch.location).toBeNull();
      expect(mismatch.headers.get('content-type')).toMatch(/^text\/html/);
      expect(mismatch.html).toContain('redirect_mismatch');
    }
  });

  it('sends the other authorize errors back to the redirect_uri with the state', async () => {
    const { challenge } = verifierPair();
    const errorOf = async (overrides: Record<string, string | undefined>) => {
      const answer = await d.authorize(d.standard(env.clientId, challenge, overrides));
      expect(answer.status).toBe(302);
      const url = new URL(answer.location ?? '');
      expect(`${url.origin}${url.pathname}`).toBe(CALLBACK);
      expect(url.searchParams.get('state')).toBe('state-1');
      expect(url.searchParams.get('error_description')).toBeTruthy();
      return url.searchParams;
    };
    expect((await errorOf({ response_type: 'token' })).get('error')).toBe('unauthorized_client');
    const unknownProvider = await errorOf({ identity_provider: 'Facebook' });
    expect(unknownProvider.get('error')).toBe('invalid_request');
    expect(unknownProvider.get('error_description')).toContain('Facebook');
    expect((await errorOf({ identity_provider: undefined })).get('error')).toBe('invalid_request');
    expect((await errorOf({ code_challenge: undefined })).get('error')).toBe('invalid_request');
    expect((await errorOf({ code_challenge_method: 'plain' })).get('error')).toBe(
      'invalid_request',
    );
    expect((await errorOf({ code_challenge_method: undefined })).get('error')).toBe(
      'invalid_request',
    );
    expect((await errorOf({ scope: 'openid phone' })).get('error')).toBe('invalid_scope');
  });

  it('refuses a provider of the pool that the client does not support', async () => {
    await cognitoCall(env.cognito.url, 'CreateIdentityProvider', {
      UserPoolId: env.userPoolId,
      ProviderName: 'Facebook',
      ProviderType: 'Facebook',
      ProviderDetails: { client_id: 'x', client_secret: 'y', authorize_scopes: 'email' },
      AttributeMapping: { email: 'email' },
    });
    const { challenge } = verifierPair();
    const answer = await d.authorize(
      d.standard(env.clientId, challenge, { identity_provider: 'Facebook' }),
    );
    expect(new URL(answer.location ?? '').searchParams.get('error')).toBe('invalid_request');
  });

  it('cancel: access_denied with the state; no state given, none comes back', async () => {
    const cancelled = await d.signIn('cancel');
    expect(cancelled.params.get('error')).toBe('access_denied');
    expect(cancelled.params.get('state')).toBe('state-1');
    expect(cancelled.params.has('code')).toBe(false);
    const stateless = await d.signIn('1001', { state: undefined });
    expect(stateless.params.get('code')).toBeTruthy();
    expect(stateless.params.has('state')).toBe(false);
  });

  it('takes a request id once', async () => {
    const { challenge } = verifierPair();
    const form = readPage((await d.authorize(d.standard(env.clientId, challenge))).html);
    expect((await d.respond(form.request ?? '', { identity: '1001' })).status).toBe(302);
    const replay = await d.respond(form.request ?? '', { identity: '1001' });
    expect(replay.status).toBe(400);
    expect(replay.location).toBeNull();
  });

  it('PreSignUp refuses a federated sign-up: invalid_request "PreSignUp failed", no user', async () => {
    const refused = await d.signIn('1004');
    expect(refused.params.get('error')).toBe('invalid_request');
    expect(refused.params.get('error_description')).toContain('PreSignUp failed');
    expect(refused.params.get('state')).toBe('state-1');
    expect(await env.user('Google_1004')).toBeUndefined();
    expect(
      env.triggers.calls.some(
        (call) =>
          call.name === 'PreSignUp' &&
          call.event.triggerSource === 'PreSignUp_ExternalProvider' &&
          call.event.userName === 'Google_1004',
      ),
    ).toBe(true);
  });

  it('a pool attribute the provider does not supply fails the sign-in: invalid_request, no user', async () => {
    const { UserPool } = await cognitoCall(env.cognito.url, 'CreateUserPool', {
      PoolName: 'email-required',
      UsernameAttributes: [],
      Schema: [{ Name: 'email', AttributeDataType: 'String', Mutable: true, Required: true }],
    });
    await cognitoCall(env.cognito.url, 'CreateIdentityProvider', {
      UserPoolId: UserPool.Id,
      ProviderName: 'Google',
      ProviderType: 'Google',
      ProviderDetails: { client_id: 'x', client_secret: 'y', authorize_scopes: 'openid email' },
      AttributeMapping: { email: 'email', name: 'name' },
    });
    const { UserPoolClient } = await cognitoCall(env.cognito.url, 'CreateUserPoolClient', {
      UserPoolId: UserPool.Id,
      ClientName: 'web',
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email'],
      SupportedIdentityProviders: ['Google'],
      CallbackURLs: [CALLBACK],
    });
    const back = await d.signIn('1003', { scope: 'openid email' }, UserPoolClient.ClientId);
    expect(back.params.get('error')).toBe('invalid_request');
    expect(back.params.get('error_description')).toContain('email');
    const users = await cognitoCall(env.cognito.url, 'ListUsers', { UserPoolId: UserPool.Id });
    expect(users.Users).toEqual([]);
    // With an email it works.
    expect(
      (await d.signIn('1001', { scope: 'openid email' }, UserPoolClient.ClientId)).params.get(
        'code',
      ),
    ).toBeTruthy();
  });

  it('an access token without aws.cognito.signin.user.admin: userInfo yes, GetUser no; no ID token without openid', async () => {
    const back = await d.signIn('1001', { scope: 'openid email' });
    const { body } = await d.exchange({
      client_id: env.clientId,
      code: back.params.get('code') ?? '',
      redirect_uri: CALLBACK,
      code_verifier: back.verifier,
    });
    await expect(
      cognitoCall(env.cognito.url, 'GetUser', { AccessToken: body.access_token }),
    ).rejects.toMatchObject({
      code: 'NotAuthorizedException',
    });
    const info = await fetch(new URL('/oauth2/userInfo', env.cognito.url), {
      headers: { authorization: `Bearer ${body.access_token}` },
    });
    expect(info.status).toBe(200);
    const bad = await fetch(new URL('/oauth2/userInfo', env.cognito.url), {
      headers: { authorization: 'Bearer nope' },
    });
    expect(bad.status).toBe(401);

    const adminOnly = await d.signIn('1001', { scope: 'aws.cognito.signin.user.admin' });
    const tokens = await d.exchange({
      client_id: env.clientId,
      code: adminOnly.params.get('code') ?? '',
      redirect_uri: CALLBACK,
      code_verifier: adminOnly.verifier,
    });
    expect(tokens.status).toBe(200);
    expect(tokens.body.id_token).toBeUndefined();
    expect(tokens.body.access_token).toBeTruthy();
  });

  it('logout redirects to a listed sign-out URL only', async () => {
    const logout = (params: Record<string, string>) =>
      fetch(`${env.cognito.url}/logout?${new URLSearchParams(params)}`, { redirect: 'manual' });
    const allowed = await logout({ client_id: env.clientId, logout_uri: CALLBACK });
    expect(allowed.status).toBe(302);
    expect(allowed.headers.get('location')).toBe(CALLBACK);
    for (const params of [
      { client_id: env.clientId, logout_uri: 'http://127.0.0.1:6666/' },
      { client_id: 'unknown', logout_uri: CALLBACK },
    ]) {
      const refused = await logout(params);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('location')).toBeNull();
    }
  });

  it('the token endpoint answers the allowed origins only (CORS)', async () => {
    const tokenFrom = (origin: string) =>
      raw(env.cognito.url, {
        method: 'POST',
        path: '/oauth2/token',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=authorization_code&client_id=x',
      });
    const allowed = await tokenFrom(APP_ORIGIN);
    expect(allowed.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(allowed.status).toBe(400);
    const foreign = await tokenFrom('http://127.0.0.1:6001');
    expect(foreign.status).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    // The identity provider's form posts from the local Cognito's own page.
    const ownPage = await raw(env.cognito.url, {
      method: 'POST',
      path: '/oauth2/idpresponse',
      headers: { origin: env.cognito.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'request=unknown&identity=1001',
    });
    expect(ownPage.status).toBe(400);
  });

  it('works in a real browser: the form posts from its own page, the app exchanges the code', async () => {
    const app = createServer((_req, res) =>
      res.end('<!doctype html><title>app</title><h1>app</h1>'),
    );
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    const appOrigin = `http://127.0.0.1:${(app.address() as { port: number }).port}`;
    await setCallbackUrls(env.cognito.url, env.userPoolId, env.clientId, [
      CALLBACK,
      `${appOrigin}/`,
    ]);
    await env.cognito.allowOrigins([appOrigin]);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const pkce = verifierPair();
      const url = new URL('/oauth2/authorize', env.cognito.url.replace('127.0.0.1', 'localhost'));
      const params = d.standard(env.clientId, pkce.challenge, { redirect_uri: `${appOrigin}/` });
      for (const [key, value] of Object.entries(params))
        if (value) url.searchParams.set(key, value);
      await page.goto(url.href);
      await page
        .getByRole('button', { name: /Ada Lovelace.*ada@example\.com.*\(verified\)/ })
        .click();
      await page.waitForURL((at) => at.origin === appOrigin);
      const back = new URL(page.url()).searchParams;
      expect(back.get('state')).toBe('state-1');
      const answer = await page.evaluate(
        async ([base, form]) => {
          const response = await fetch(`${base}/oauth2/token`, {
            method: 'POST',
            redirect: 'error',
            credentials: 'omit',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(form),
          });
          return { status: response.status, body: await response.json() };
        },
        [
          env.cognito.url,
          {
            grant_type: 'authorization_code',
            client_id: env.clientId,
            code: back.get('code') ?? '',
            redirect_uri: `${appOrigin}/`,
            code_verifier: pkce.verifier,
          },
        ] as const,
      );
      expect(answer.status).toBe(200);
      expect(claims(answer.body.id_token)['cognito:username']).toBe('Google_1001');

      await page.goto(url.href);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.waitForURL((at) => at.origin === appOrigin);
      expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
    } finally {
      await browser.close();
      app.close();
      await setCallbackUrls(env.cognito.url, env.userPoolId, env.clientId, [CALLBACK]);
    }
  });

  it('identity providers: admin operations, checked as Cognito does; a page may not call them', async () => {
    const described = await cognitoCall(env.cognito.url, 'DescribeIdentityProvider', {
      UserPoolId: env.userPoolId,
      ProviderName: 'Google',
    });
    expect(described.IdentityProvider).toMatchObject({
      ProviderName: 'Google',
      ProviderType: 'Google',
      AttributeMapping: { email: 'email', email_verified: 'email_verified', name: 'name' },
    });
    const listed = await cognitoCall(env.cognito.url, 'ListIdentityProviders', {
      UserPoolId: env.userPoolId,
    });
    expect(listed.Providers.map((p: { ProviderName: string }) => p.ProviderName)).toEqual(
      expect.arrayContaining(['Google', 'SignInWithApple']),
    );
    const client = await cognitoCall(env.cognito.url, 'DescribeUserPoolClient', {
      UserPoolId: env.userPoolId,
      ClientId: env.clientId,
    });
    expect(client.UserPoolClient).toMatchObject({
      SupportedIdentityProviders: ['COGNITO', 'Google', 'SignInWithApple'],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      CallbackURLs: [CALLBACK],
      LogoutURLs: [CALLBACK],
    });
    await expect(
      cognitoCall(env.cognito.url, 'CreateIdentityProvider', {
        UserPoolId: env.userPoolId,
        ProviderName: 'Google',
        ProviderType: 'Google',
        ProviderDetails: {},
      }),
    ).rejects.toMatchObject({ code: 'DuplicateProviderException' });
    await expect(
      cognitoCall(env.cognito.url, 'CreateUserPoolClient', {
        UserPoolId: env.userPoolId,
        ClientName: 'bad',
        SupportedIdentityProviders: ['LoginWithAmazon'],
      }),
    ).rejects.toMatchObject({ code: 'InvalidParameterException' });
    await expect(
      cognitoCall(env.cognito.url, 'DescribeIdentityProvider', {
        UserPoolId: env.userPoolId,
        ProviderName: 'LoginWithAmazon',
      }),
    ).rejects.toMatchObject({ code: 'ResourceNotFoundException' });

    for (const operation of [
      'CreateIdentityProvider',
      'DescribeIdentityProvider',
      'ListIdentityProviders',
    ]) {
      const answer = await raw(env.cognito.url, {
        method: 'POST',
        path: '/',
        headers: {
          origin: APP_ORIGIN,
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
        },
        body: JSON.stringify({
          UserPoolId: env.userPoolId,
          ProviderName: 'OIDCx',
          ProviderType: 'OIDC',
          ProviderDetails: {},
        }),
      });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).__type).toBe('NotAuthorizedException');
    }
  });
});

describe('local user pool domain: an expired code, identities from the environment', () => {
  let env: CognitoEnv;
  beforeAll(async () => {
    env = await startCognitoEnv({
      env: {
        LOCAL_OAUTH_CODE_TTL_MS: '300',
        LOCAL_IDP_IDENTITIES: JSON.stringify([
          {
            sub: '2001',
            name: 'Extra <Person>',
            email: 'extra@example.com',
            email_verified: 'true',
          },
        ]),
      },
    });
    await setCallbackUrls(env.cognito.url, env.userPoolId, env.clientId, [CALLBACK]);
  });
  afterAll(() => env?.stop());

  it('lists the identities of LOCAL_IDP_IDENTITIES after the built-in ones, escaped', async () => {
    const d = domain(env);
    const page = await d.authorize(d.standard(env.clientId, verifierPair().challenge));
    const labels = readPage(page.html).buttons.map((b) => b.label);
    expect(labels).toHaveLength(6);
    expect(labels[4]).toBe('Extra &lt;Person&gt; — extra@example.com (verified)');
  });

  it('an expired code is invalid_grant', async () => {
    const d = domain(env);
    const back = await d.signIn('1001');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const answer = await d.exchange({
      client_id: env.clientId,
      code: back.params.get('code') ?? '',
      redirect_uri: CALLBACK,
      code_verifier: back.verifier,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid_grant');
  });
});
