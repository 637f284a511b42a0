/**
 * The OAuth 2.0 authorization code grant with PKCE against a user pool domain, as a public app
 * client runs it from the browser: the authorize URL, the callback read and checked, the code
 * exchanged at `/oauth2/token` over the kit's bounded POST. No implicit grant, no token in a URL.
 */
import { configurationError, SignUpError } from '../errors/index.js';
import { LOOPBACK, postBounded } from '../wire/index.js';

/** A user pool domain as an origin: `https://<domain>`, or `http://` on loopback (a local Cognito). */
export function domainOrigin(domain: string): string {
  let url: URL | undefined;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(domain) ? domain : `https://${domain}`);
  } catch {
    // Not a host name nor a URL.
  }
  const usable =
    url &&
    !url.username &&
    !url.password &&
    (url.pathname === '/' || url.pathname === '') &&
    !url.search &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname)));
  if (!url || !usable) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'domain'
        : 'social={{ domain }}: the user pool domain, e.g. "myapp.auth.eu-west-1.amazoncognito.com" or "https://auth.example.com" (App integration → Domain in the Cognito console); plain http: only on loopback (the local Cognito).',
    );
  }
  return url.origin;
}

/** base64url of bytes, without padding (RFC 7636). */
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random base64url string of `size` random bytes (the state, the PKCE verifier). */
export function randomToken(size = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

/** The PKCE S256 challenge of `verifier`: base64url(SHA-256(verifier)). */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** What the authorize request carries. */
export interface AuthorizeRequest {
  origin: string;
  clientId: string;
  redirectUri: string;
  provider: string;
  scopes: readonly string[];
  state: string;
  codeChallenge: string;
}

/** `GET <domain>/oauth2/authorize`: the authorization code grant, PKCE S256, one provider. */
export function authorizeUrl(request: AuthorizeRequest): string {
  const url = new URL('/oauth2/authorize', request.origin);
  const params = {
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    identity_provider: request.provider,
    scope: request.scopes.join(' '),
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/** Options of {@link socialSignOutUrl}. */
export interface SocialSignOutOptions {
  /** The user pool domain, as for social sign-up. */
  domain: string;
  clientId: string;
  /** Where the domain sends the browser back: one of the app client's sign-out URLs, exactly. */
  logoutUri: string;
}

/**
 * `GET <domain>/logout`: the address that ends the user pool domain's own session after a
 * social sign-in (its `cognito` cookie, an hour long, with which the domain would sign the next
 * person at this browser in again). Go there once your own session is cleared (the tokens
 * revoked, the cookies or storage emptied); the domain sends the browser back to `logoutUri`.
 * The identity provider's own session (Google's) is the provider's.
 */
export function socialSignOutUrl({ domain, clientId, logoutUri }: SocialSignOutOptions): string {
  const url = new URL('/logout', domainOrigin(domain));
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('logout_uri', logoutUri);
  return url.href;
}

/** The parameters of the callback the domain redirected to, as the address bar has them. */
export interface CallbackParams {
  code?: string;
  state?: string;
  error?: string;
  errorDescription?: string;
}

/** The callback's parameters in `href` (query, or fragment), or `undefined` when it is no callback. */
export function readCallback(href: string): CallbackParams | undefined {
  const url = new URL(href);
  const params = url.searchParams;
  const get = (key: string) => params.get(key) ?? undefined;
  if (!params.has('code') && !params.has('error')) return undefined;
  return {
    code: get('code'),
    state: get('state'),
    error: get('error'),
    errorDescription: get('error_description'),
  };
}

/** `href` without the callback's parameters (what goes back into the address bar and history). */
export function withoutCallback(href: string): string {
  const url = new URL(href);
  for (const key of ['code', 'state', 'error', 'error_description', 'error_uri'])
    url.searchParams.delete(key);
  return url.href;
}

/** The token endpoint's answer, read as untrusted JSON. */
export interface TokenAnswer {
  IdToken: string;
  AccessToken: string;
  RefreshToken?: string;
  ExpiresIn?: number;
}

/** What the code exchange sends. */
export interface CodeExchange {
  origin: string;
  clientId: string;
  redirectUri: string;
  code: string;
  codeVerifier: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * `POST <domain>/oauth2/token` (`grant_type=authorization_code`, no secret: a public client)
 * over the kit's bounded POST. Rejects with a `SignUpError`: the endpoint's `error` as its
 * `InvalidGrant`-style code (`invalid_grant` → `ExpiredCodeException`), or the network's.
 */
export async function exchangeCode(exchange: CodeExchange): Promise<TokenAnswer> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: exchange.clientId,
    code: exchange.code,
    redirect_uri: exchange.redirectUri,
    code_verifier: exchange.codeVerifier,
  });
  const { response, data } = await postBounded(
    new URL('/oauth2/token', exchange.origin).href,
    {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    },
    { signal: exchange.signal, timeoutMs: exchange.timeoutMs ?? 15_000, what: 'oauth2/token' },
  );
  const answer = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof answer[key] === 'string' ? answer[key] : undefined);
  const idToken = text('id_token');
  const accessToken = text('access_token');
  if (response.ok && idToken && accessToken) {
    return {
      IdToken: idToken,
      AccessToken: accessToken,
      RefreshToken: text('refresh_token'),
      ExpiresIn: typeof answer.expires_in === 'number' ? answer.expires_in : undefined,
    };
  }
  const error = text('error');
  throw new SignUpError({
    code: error === 'invalid_grant' ? 'ExpiredCodeException' : 'InvalidResponseError',
    message:
      process.env.NODE_ENV === 'production'
        ? `${error ?? response.status}`
        : `The token endpoint answered ${response.status}${error ? ` (${error})` : ''}${
            error === 'invalid_client' || error === 'unauthorized_client'
              ? ': the app client must have no secret and allow the authorization code grant'
              : ''
          }.`,
    statusCode: response.status,
  });
}
