/**
 * One Cognito token verified on the server (issue #41): `verifyCognitoToken` checks an ID or
 * access token, RS256 against the user pool's JWKS (fetched once per URL, again at most once a
 * minute for an unknown `kid`), `iss`, `aud` / `client_id`, `token_use` and `exp`. `session.ts`
 * builds the signed-in user and the refresh on it.
 *
 * Why node:crypto and not aws-jwt-verify (the maintained library): the kit has no dependency on
 * it, and its Node fetcher (`https-node.js`, `https.request`) cannot fetch the local Cognito's
 * `http://127.0.0.1:<port>/<pool id>/.well-known/jwks.json` without a custom fetcher or keys
 * loaded by hand, so it would not cover AWS and the local Cognito with one code path. What is
 * needed here is small (RS256 only, Cognito's claims): `createPublicKey({ format: 'jwk' })` and
 * `crypto.verify('RSA-SHA256', …)`, with a per-URL key cache.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import {
  endpointProblem,
  LOOPBACK,
  readBounded,
  regionFromUserPoolId,
} from '../core/wire/index.js';

/** Why a token was refused. */
export type CognitoTokenProblem =
  | 'malformed'
  | 'signature'
  | 'issuer'
  | 'audience'
  | 'tokenUse'
  | 'expired'
  | 'unknownKey'
  /** The pool's JWKS could not be fetched (network, status, not a JWKS): not the token's fault. */
  | 'jwksUnavailable';

/** A token that is not a current token of this pool and app client, or keys that could not be had. */
export class CognitoTokenError extends Error {
  override readonly name = 'CognitoTokenError';
  readonly code: CognitoTokenProblem;
  constructor(code: CognitoTokenProblem, message: string) {
    super(message);
    this.code = code;
  }
}

export interface CognitoPoolOptions {
  /** e.g. `eu-west-1_AbCdEf123` (its region names Cognito's issuer and JWKS URL). */
  userPoolId: string;
  /** The app client the tokens were issued to. */
  clientId: string;
  /**
   * A local Cognito on loopback (`http://127.0.0.1:9229/`): its issuer and JWKS
   * (`<origin>/<pool id>/.well-known/jwks.json`) replace Cognito's. Any other endpoint (an
   * `https:` one, e.g. a FIPS endpoint) is used by `refreshTokens` only: Cognito's tokens always
   * name `https://cognito-idp.<region>.amazonaws.com/<pool id>`.
   */
  endpoint?: string;
  /** Leeway for clocks that are off, in seconds: 60 by default, at most 300. */
  clockSkewSeconds?: number;
  /** Milliseconds before a JWKS fetch (or a refresh) fails. Default 5000 (refresh: 10000). */
  timeoutMs?: number;
}

export interface VerifyCognitoTokenOptions extends CognitoPoolOptions {
  tokenUse: 'id' | 'access';
  /** The time to check `exp` against, in milliseconds since the epoch (default `Date.now()`). */
  now?: number;
}

/** The claims every Cognito ID and access token carries (and any other it has). */
export interface CognitoTokenClaims {
  sub: string;
  iss: string;
  exp: number;
  iat?: number;
  origin_jti?: string;
  [claim: string]: unknown;
}

export interface CognitoIdTokenClaims extends CognitoTokenClaims {
  token_use: 'id';
  aud: string;
  'cognito:username': string;
  email?: string;
  email_verified?: boolean;
  phone_number?: string;
  phone_number_verified?: boolean;
  'cognito:groups'?: string[];
}

export interface CognitoAccessTokenClaims extends CognitoTokenClaims {
  token_use: 'access';
  client_id: string;
  username: string;
  scope?: string;
  'cognito:groups'?: string[];
}

const DEFAULT_SKEW_SECONDS = 60;
const MAX_SKEW_SECONDS = 300;
/** Cognito's tokens are a few KB; anything much larger is not one. */
const MAX_TOKEN_CHARS = 16 * 1024;
/** An unknown `kid` fetches the JWKS again at most this often (per JWKS URL). */
const REFETCH_INTERVAL_MS = 60_000;
const SEGMENT = /^[A-Za-z0-9_-]+$/;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The endpoint as a URL when it is usable, by the transport's own rule (`https:`, or `http:`
 * on loopback; no credentials).
 */
export function endpointUrl(endpoint: string | undefined): URL | undefined {
  if (endpoint === undefined) return undefined;
  const problem = endpointProblem(endpoint);
  if (problem) throw new TypeError(problem);
  return new URL(endpoint);
}

/**
 * The pool's issuer: a loopback endpoint's origin + `/<pool id>` (a local Cognito), else
 * Cognito's `https://cognito-idp.<region>.amazonaws.com/<pool id>`. Its JWKS is under it.
 */
export function issuerOf(options: Pick<CognitoPoolOptions, 'userPoolId' | 'endpoint'>): string {
  const { userPoolId } = options;
  if (typeof userPoolId !== 'string' || !/^[\w-]+_[0-9A-Za-z]+$/.test(userPoolId)) {
    throw new TypeError('userPoolId must be a user pool id, e.g. "eu-west-1_AbCdEf123".');
  }
  const local = endpointUrl(options.endpoint);
  if (local && LOOPBACK.test(local.hostname)) return `${local.origin}/${userPoolId}`;
  const region = regionFromUserPoolId(userPoolId);
  if (!region) {
    throw new TypeError(`Cannot tell the region of the user pool id "${userPoolId}".`);
  }
  return `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
}

function skewOf(options: CognitoPoolOptions): number {
  const skew = options.clockSkewSeconds ?? DEFAULT_SKEW_SECONDS;
  return Number.isFinite(skew) ? Math.min(Math.max(skew, 0), MAX_SKEW_SECONDS) : 0;
}

/** Base64url that decodes and encodes back to the same text (no ignored bits or characters). */
function decodeSegment(segment: string): Buffer | undefined {
  if (!SEGMENT.test(segment)) return undefined;
  const bytes = Buffer.from(segment, 'base64url');
  return bytes.toString('base64url') === segment ? bytes : undefined;
}

function jsonSegment(segment: string): Record<string, unknown> | undefined {
  const bytes = decodeSegment(segment);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

interface KeySet {
  keys: Map<string, KeyObject>;
  fetchedAt: number;
}

/** Keys per JWKS URL; `pending` holds a fetch under way, so that concurrent requests share it. */
const keySets = new Map<string, KeySet>();
const pending = new Map<string, Promise<KeySet>>();

/** The RSA signing keys of a JWKS (2048 bits or more), by `kid`. */
function keysOf(jwks: unknown): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  if (!isRecord(jwks) || !Array.isArray(jwks.keys)) throw new Error('not a JWKS');
  for (const jwk of jwks.keys.slice(0, 32)) {
    if (!isRecord(jwk) || jwk.kty !== 'RSA' || typeof jwk.kid !== 'string') continue;
    if (jwk.alg !== undefined && jwk.alg !== 'RS256') continue;
    if (jwk.use !== undefined && jwk.use !== 'sig') continue;
    if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') continue;
    try {
      const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
      if ((key.asymmetricKeyDetails?.modulusLength ?? 0) >= 2048) keys.set(jwk.kid, key);
    } catch {
      // not a usable key
    }
  }
  return keys;
}

async function fetchKeys(url: string, timeoutMs: number): Promise<KeySet> {
  let text: string;
  try {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new Error(`HTTP ${response.status}`);
    }
    text = await readBounded(response);
    const set = { keys: keysOf(JSON.parse(text)), fetchedAt: Date.now() };
    keySets.set(url, set);
    return set;
  } catch (error) {
    throw new CognitoTokenError(
      'jwksUnavailable',
      `The user pool's JWKS could not be fetched from ${url}: ${(error as Error).message}`,
    );
  }
}

/** The key `kid` of the JWKS at `url`: cached, or fetched (again at most once a minute). */
async function keyFor(url: string, kid: string, timeoutMs: number): Promise<KeyObject> {
  let set = keySets.get(url);
  const known = set?.keys.get(kid);
  if (known) return known;
  if (!set || Date.now() - set.fetchedAt >= REFETCH_INTERVAL_MS) {
    let fetching = pending.get(url);
    if (!fetching) {
      fetching = fetchKeys(url, timeoutMs).finally(() => pending.delete(url));
      pending.set(url, fetching);
    }
    set = await fetching;
  }
  const key = set.keys.get(kid);
  if (!key) {
    throw new CognitoTokenError(
      'unknownKey',
      'The token is signed with a key the pool does not publish.',
    );
  }
  return key;
}

/**
 * The claims of `token` once it is verified as a current `tokenUse` token of the pool and app
 * client: RS256 only (never `none` or HS*) with a key of the pool's JWKS, `iss` the pool's
 * issuer, `token_use`, the ID token's `aud` or the access token's `client_id` the app client,
 * and `exp` not past (with `clockSkewSeconds`). Otherwise it throws a {@link CognitoTokenError}
 * whose `code` says why. The JWKS is fetched on first use and kept, per URL; a `kid` it does not
 * have fetches it again at most once a minute.
 */
export async function verifyCognitoToken(
  token: string,
  options: VerifyCognitoTokenOptions & { tokenUse: 'id' },
): Promise<CognitoIdTokenClaims>;
export async function verifyCognitoToken(
  token: string,
  options: VerifyCognitoTokenOptions & { tokenUse: 'access' },
): Promise<CognitoAccessTokenClaims>;
export async function verifyCognitoToken(
  token: string,
  options: VerifyCognitoTokenOptions,
): Promise<CognitoIdTokenClaims | CognitoAccessTokenClaims>;
export async function verifyCognitoToken(
  token: string,
  options: VerifyCognitoTokenOptions,
): Promise<CognitoIdTokenClaims | CognitoAccessTokenClaims> {
  const issuer = issuerOf(options);
  const { clientId, tokenUse } = options;
  if (typeof clientId !== 'string' || !clientId) throw new TypeError('clientId is required.');
  if (tokenUse !== 'id' && tokenUse !== 'access') {
    throw new TypeError('tokenUse must be "id" or "access".');
  }
  const malformed = () => new CognitoTokenError('malformed', 'Not a Cognito token.');
  if (typeof token !== 'string' || token.length > MAX_TOKEN_CHARS) throw malformed();
  const parts = token.split('.');
  if (parts.length !== 3) throw malformed();
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = jsonSegment(headerPart);
  const claims = jsonSegment(payloadPart);
  const signature = decodeSegment(signaturePart);
  if (!header || !claims) throw malformed();
  if (header.alg !== 'RS256' || !signature) {
    throw new CognitoTokenError('signature', 'The token is not signed with RS256.');
  }
  if (typeof header.kid !== 'string') throw malformed();
  // The issuer before the keys: a token of another issuer fetches nothing.
  if (claims.iss !== issuer) {
    throw new CognitoTokenError('issuer', 'The token was not issued by this user pool.');
  }
  const key = await keyFor(
    `${issuer}/.well-known/jwks.json`,
    header.kid,
    options.timeoutMs ?? 5_000,
  );
  const signed = Buffer.from(`${headerPart}.${payloadPart}`, 'ascii');
  if (!verify('RSA-SHA256', signed, key, signature)) {
    throw new CognitoTokenError('signature', 'The token signature is not valid.');
  }
  if (claims.token_use !== tokenUse) {
    throw new CognitoTokenError('tokenUse', `The token is not an ${tokenUse} token.`);
  }
  const audience = tokenUse === 'id' ? claims.aud : claims.client_id;
  if (audience !== clientId) {
    throw new CognitoTokenError('audience', 'The token was issued to another app client.');
  }
  if (
    typeof claims.sub !== 'string' ||
    typeof claims.exp !== 'number' ||
    (tokenUse === 'id' && typeof claims['cognito:username'] !== 'string') ||
    (tokenUse === 'access' && typeof claims.username !== 'string')
  ) {
    throw malformed();
  }
  const now = (options.now ?? Date.now()) / 1000;
  if (now >= claims.exp + skewOf(options)) {
    throw new CognitoTokenError('expired', 'The token has expired.');
  }
  return claims as CognitoIdTokenClaims | CognitoAccessTokenClaims;
}
