import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignUpError } from '../../src/core/errors/index.ts';
import {
  createSocialSignUp,
  type SocialSignUpContext,
  type SocialSignUpOptions,
  socialSignOutUrl,
} from '../../src/core/social/index.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';
import { MapStorage } from '../mapStorage.ts';

// Social sign-up without a network: the authorize request, the callback's checks, the code
// exchange (a stubbed fetch answers as the token endpoint would), the tokens checked and
// cached, the profile completed over a fake transport.

const POOL = 'us-east-1_Pool';
const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${POOL}`;
const APP = 'https://app.example/signup';
const DOMAIN = 'myapp.auth.us-east-1.amazoncognito.com';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown>) =>
  `${base64url({ alg: 'RS256' })}.${base64url(claims)}.signature`;
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/** Tokens as the domain issues them for Google_1001 of app client `client1`. */
function tokens(idClaims: Record<string, unknown> = {}) {
  const common = { sub: 'sub-1001', iss: ISSUER, exp: inAnHour(), origin_jti: 'o' };
  return {
    id_token: jwt({
      ...common,
      token_use: 'id',
      aud: 'client1',
      'cognito:username': 'Google_1001',
      email: 'ada@example.com',
      ...idClaims,
    }),
    access_token: jwt({
      ...common,
      token_use: 'access',
      client_id: 'client1',
      username: 'Google_1001',
    }),
    refresh_token: 'refresh-1001',
    expires_in: 3600,
    token_type: 'Bearer',
  };
}

/** A browser's session storage, address and history, and a fetch that answers as the token endpoint. */
function browser(answer: () => Response | Promise<Response>) {
  const session = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => session.get(k) ?? null,
    setItem: (k: string, v: string) => void session.set(k, v),
    removeItem: (k: string) => void session.delete(k),
  });
  const location = { href: APP, origin: 'https://app.example', pathname: '/signup' };
  vi.stubGlobal('location', location);
  const history = {
    state: null,
    replaceState: vi.fn((_: unknown, __: string, url: string) => {
      location.href = url;
    }),
  };
  vi.stubGlobal('history', history);
  const requests: Array<{ url: string; init: RequestInit }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      return answer();
    }),
  );
  return { session, location, history, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function setup(
  options: Partial<SocialSignUpOptions> = {},
  cognito: FakeHandlers = {},
  answer: () => Response | Promise<Response> = () => json(tokens()),
) {
  const env = browser(answer);
  const storage = new MapStorage();
  const navigate = vi.fn((url: string) => {
    env.location.href = url;
  });
  const onSignedIn = vi.fn();
  const onError = vi.fn();
  const transport = createFakeTransport(cognito);
  const context: SocialSignUpContext = {
    clientId: 'client1',
    userPoolId: POOL,
    clientMetadata: { source: 'app' },
    transport,
    onSignedIn,
    onError,
  };
  const social = createSocialSignUp(
    { domain: DOMAIN, providers: ['Google'], storage, navigate, ...options },
    context,
  );
  /** Starts with Google and comes back to the app with `params` (default: a code and the state). */
  async function roundTrip(params?: (state: string) => Record<string, string>) {
    await social.start('Google');
    const authorize = new URL(navigate.mock.calls[0]?.[0] as string);
    const state = authorize.searchParams.get('state') as string;
    const back = new URL(APP);
    for (const [k, v] of Object.entries(params?.(state) ?? { code: 'code-1', state }))
      back.searchParams.set(k, v);
    env.location.href = back.href;
    await social.complete();
    return authorize;
  }
  return { ...env, social, storage, navigate, onSignedIn, onError, transport, roundTrip };
}

const errorOf = (onError: ReturnType<typeof vi.fn>) =>
  onError.mock.calls[0]?.[0] as SignUpError | undefined;

beforeEach(() => {
  vi.useRealTimers();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the authorize request', () => {
  it('the code grant with PKCE S256 for one provider; the verifier and state in sessionStorage only', async () => {
    const { social, navigate, session } = setup();
    await social.start('Google');
    const url = new URL(navigate.mock.calls[0]?.[0] as string);
    expect(`${url.origin}${url.pathname}`).toBe(`https://${DOMAIN}/oauth2/authorize`);
    const params = Object.fromEntries(url.searchParams);
    expect(params).toMatchObject({
      response_type: 'code',
      client_id: 'client1',
      redirect_uri: APP,
      identity_provider: 'Google',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    const kept = JSON.parse([...session.values()][0] as string);
    expect(params.state).toBe(kept.state);
    expect(kept.state.length).toBeGreaterThanOrEqual(43);
    expect(params.code_challenge).toBe(
      createHash('sha256').update(kept.verifier).digest('base64url'),
    );
    // The verifier itself never goes in the URL.
    expect(url.href).not.toContain(kept.verifier);
  });

  it('asks for aws.cognito.signin.user.admin when a profile may need completing', async () => {
    const { social, navigate } = setup({ profileFields: ['custom:plan'] });
    await social.start('Google');
    const url = new URL(navigate.mock.calls[0]?.[0] as string);
    expect(url.searchParams.get('scope')).toBe(
      'openid email profile aws.cognito.signin.user.admin',
    );
  });

  it('refuses a domain on plain http that is not loopback, with a ConfigurationError', () => {
    browser(() => json({}));
    expect(() =>
      createSocialSignUp(
        { domain: 'http://auth.example.com', providers: ['Google'] },
        { clientId: 'c', userPoolId: POOL },
      ),
    ).toThrow(expect.objectContaining({ code: 'ConfigurationError' }));
  });
});

describe('signing out of the domain', () => {
  it("is the domain's /logout with the client and the way back, for a host name or a URL", () => {
    const url = new URL(
      socialSignOutUrl({ domain: DOMAIN, clientId: 'client1', logoutUri: `${APP}?bye=1` }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(`https://${DOMAIN}/logout`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client1',
      logout_uri: `${APP}?bye=1`,
    });
    expect(
      socialSignOutUrl({ domain: 'http://127.0.0.1:9229', clientId: 'c', logoutUri: APP }),
    ).toMatch(/^http:\/\/127\.0\.0\.1:9229\/logout\?/);
    expect(() =>
      socialSignOutUrl({ domain: 'http://auth.example.com', clientId: 'c', logoutUri: APP }),
    ).toThrow(expect.objectContaining({ code: 'ConfigurationError' }));
  });
});

describe('the callback', () => {
  it('exchanges the code (no secret), removes code and state from the address, caches checked tokens, ends signed in', async () => {
    const { roundTrip, requests, history, storage, social, onSignedIn, session } = setup();
    await roundTrip();
    expect(history.replaceState).toHaveBeenCalledWith(null, '', APP);
    expect(requests).toHaveLength(1);
    const [{ url, init }] = requests as [{ url: string; init: RequestInit }];
    expect(url).toBe(`https://${DOMAIN}/oauth2/token`);
    expect(init).toMatchObject({ method: 'POST', redirect: 'error', credentials: 'omit' });
    const body = Object.fromEntries(new URLSearchParams(String(init.body)));
    expect(Object.keys(body).sort()).toEqual(
      ['client_id', 'code', 'code_verifier', 'grant_type', 'redirect_uri'].sort(),
    );
    expect(body).toMatchObject({ grant_type: 'authorization_code', code: 'code-1' });
    expect(social.getState().status).toBe('signedIn');
    expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ username: 'Google_1001' }));
    expect(storage.items.get('CognitoIdentityServiceProvider.client1.LastAuthUser')).toBe(
      'Google_1001',
    );
    // Used once: nothing left in sessionStorage.
    expect(session.size).toBe(0);
  });

  it.each([
    ['a forged state', (state: string) => ({ code: 'c', state: `${state}x` })],
    ['no state', () => ({ code: 'c' })],
  ])('refuses %s: told, nothing exchanged', async (_, params) => {
    const { roundTrip, requests, onError, social } = setup();
    await roundTrip(params);
    expect(requests).toHaveLength(0);
    expect(errorOf(onError)?.messageKey).toBe('social.error.StateMismatch');
    expect(social.getState().status).toBe('idle');
  });

  it('refuses the callback opened a second time, without a token request', async () => {
    const { roundTrip, requests, social, location, onError } = setup();
    const authorize = await roundTrip();
    location.href = `${APP}?code=code-1&state=${authorize.searchParams.get('state')}`;
    await social.complete();
    expect(requests).toHaveLength(1);
    expect(errorOf(onError)?.messageKey).toBe('social.error.StateMismatch');
  });

  it('refuses an expired start (more than ten minutes at the provider)', async () => {
    const { social, navigate, location, requests, onError } = setup();
    await social.start('Google');
    const state = new URL(navigate.mock.calls[0]?.[0] as string).searchParams.get('state');
    vi.useFakeTimers({ now: Date.now() + 11 * 60 * 1000, toFake: ['Date'] });
    location.href = `${APP}?code=c&state=${state}`;
    await social.complete();
    expect(requests).toHaveLength(0);
    expect(errorOf(onError)?.messageKey).toBe('social.error.StateMismatch');
  });

  it.each([
    ['a cancel at the provider', 'access_denied', 'User cancelled', 'social.error.Cancelled'],
    [
      'an attribute the provider did not share',
      'invalid_request',
      'Invalid user attributes: email: Attribute is required. ',
      'social.error.AttributeNotShared',
    ],
    [
      'a provider the pool does not know',
      'invalid_request',
      'identity_provider Nope is not enabled for this client',
      'social.error.ProviderUnavailable',
    ],
    ['anything else', 'server_error', 'boom', 'social.error.Failed'],
  ])('says %s in words, exchanges nothing, keeps the form', async (_, error, description, key) => {
    const { roundTrip, requests, onError, social } = setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await roundTrip((state) => ({ error, error_description: description, state }));
    expect(requests).toHaveLength(0);
    expect(errorOf(onError)?.messageKey).toBe(key);
    expect(social.getState()).toMatchObject({ status: 'idle', provider: 'Google' });
  });

  it("shows a pre sign-up Lambda's refusal as its message", async () => {
    const { roundTrip, onError } = setup();
    await roundTrip((state) => ({
      error: 'invalid_request',
      error_description: 'PreSignUp failed with error Invitations only.',
      state,
    }));
    expect(errorOf(onError)).toMatchObject({
      code: 'UserLambdaValidationException',
      lambdaMessage: 'Invitations only',
    });
  });

  it('says a used or expired code (invalid_grant) in words', async () => {
    const { roundTrip, onError } = setup({}, {}, () => json({ error: 'invalid_grant' }, 400));
    await roundTrip();
    expect(errorOf(onError)?.messageKey).toBe('social.error.Expired');
  });

  it('says an unreachable token endpoint as a NetworkError', async () => {
    const { roundTrip, onError } = setup({}, {}, () =>
      Promise.reject(new TypeError('fetch failed')),
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await roundTrip();
    expect(errorOf(onError)?.code).toBe('NetworkError');
  });

  it('caches nothing from tokens of another app client', async () => {
    const other = tokens({ aud: 'client2' });
    const { roundTrip, onError, storage, onSignedIn } = setup({}, {}, () => json(other));
    await roundTrip();
    expect(errorOf(onError)?.code).toBe('InvalidResponseError');
    expect(storage.items.size).toBe(0);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('the code and the verifier never reach an error, even when the answer echoes them', async () => {
    let verifier = '';
    const { roundTrip, onError, session } = setup({}, {}, () =>
      Promise.reject(new Error(`refused code-1 with ${verifier}`)),
    );
    await roundTrip((state) => {
      verifier = JSON.parse([...session.values()][0] as string).verifier;
      return { code: 'code-1', state };
    });
    const error = errorOf(onError);
    expect(verifier.length).toBeGreaterThanOrEqual(43);
    const text = JSON.stringify([error?.message, String((error?.cause as Error)?.message)]);
    expect(text).not.toContain('code-1');
    expect(text).not.toContain(verifier);
  });
});

describe('complete your profile', () => {
  const refreshed = {
    AuthenticationResult: {
      AccessToken: tokens().access_token,
      IdToken: tokens({ 'custom:plan': 'pro' }).id_token,
      ExpiresIn: 3600,
    },
  };

  it('asks only for what the provider did not share, saves it with UpdateUserAttributes, ends signed in', async () => {
    const { roundTrip, social, transport, onSignedIn } = setup(
      { profileFields: ['custom:plan', 'email'] },
      { UpdateUserAttributes: {}, InitiateAuth: refreshed as never },
    );
    await roundTrip();
    expect(social.getState().status).toBe('profile');
    expect(social.getState().fields.map((f) => f.name)).toEqual(['custom:plan']);
    expect(onSignedIn).not.toHaveBeenCalled();
    await social.submitProfile({ 'custom:plan': 'pro' });
    const update = transport.calls.find((c) => c.operation === 'UpdateUserAttributes');
    expect(update?.request).toMatchObject({
      AccessToken: tokens().access_token,
      UserAttributes: [{ Name: 'custom:plan', Value: 'pro' }],
      ClientMetadata: { source: 'app' },
    });
    expect(social.getState().status).toBe('signedIn');
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('answers the problems of an empty required field, and sends nothing', async () => {
    const { roundTrip, social, transport } = setup({
      profileFields: [{ name: 'custom:plan', required: true }],
    });
    await roundTrip();
    const problems = await social.submitProfile({ 'custom:plan': '' });
    expect(problems?.['custom:plan']?.reason).toBe('required');
    expect(transport.calls).toHaveLength(0);
  });

  it('verifies a changed address with its code (VerifyUserAttribute)', async () => {
    const { roundTrip, social, transport } = setup(
      { profileFields: ['custom:plan'] },
      {
        UpdateUserAttributes: {
          CodeDeliveryDetailsList: [
            { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'a***@e***' },
          ],
        },
        VerifyUserAttribute: {},
        InitiateAuth: refreshed as never,
      },
    );
    await roundTrip();
    await social.submitProfile({ 'custom:plan': 'pro' });
    expect(social.getState()).toMatchObject({ status: 'verifying', destination: 'a***@e***' });
    await social.verify(' 123 456 ');
    expect(transport.calls.find((c) => c.operation === 'VerifyUserAttribute')?.request).toEqual({
      AccessToken: tokens().access_token,
      AttributeName: 'email',
      Code: '123456',
    });
    expect(social.getState().status).toBe('signedIn');
  });

  it('"use the form instead" signs the half-made session out', async () => {
    const { roundTrip, social, storage } = setup({ profileFields: ['custom:plan'] });
    await roundTrip();
    expect(storage.items.size).toBeGreaterThan(0);
    social.reset();
    expect([...storage.items.keys()].filter((k) => !k.endsWith('clockDrift'))).toEqual([]);
    expect(social.getState().status).toBe('idle');
  });
});
