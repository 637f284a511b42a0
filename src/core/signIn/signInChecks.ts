/**
 * What sign-in after sign-up accepts: the app's own pool only when it is the flow's, and tokens
 * only when they are a current session of this pool, this app client and this user.
 */
import type { CognitoUserPool } from 'amazon-cognito-identity-js';
import { configurationError, SignUpError } from '../errors/index.js';
import type { CognitoConfig } from '../wire/index.js';
import { LOOPBACK, regionFromUserPoolId } from '../wire/index.js';

/** The endpoint a `CognitoUserPool` sends to (the library keeps it on its client). */
export function poolEndpoint(pool: CognitoUserPool): string | undefined {
  return (pool as unknown as { client?: { endpoint?: string } }).client?.endpoint;
}

/**
 * A pool of the app's own must be the flow's: the same client, user pool and endpoint (the
 * endpoint amazon-cognito-identity-js derives from the pool id when none is given). Anything
 * else would send the password where the flow's checks never looked. Needs no library: it runs
 * when the form mounts, before any request.
 */
export function checkUserPool(pool: CognitoUserPool, config: CognitoConfig): void {
  const userPoolId = config.userPoolId ?? pool.getUserPoolId();
  const href = (url: string | undefined) => {
    try {
      return url && new URL(url).href;
    } catch {
      return undefined;
    }
  };
  const flowEndpoint =
    config.endpoint ?? `https://cognito-idp.${userPoolId.split('_')[0]}.amazonaws.com/`;
  const same =
    pool.getClientId() === config.clientId &&
    pool.getUserPoolId() === userPoolId &&
    href(poolEndpoint(pool)) === href(flowEndpoint);
  if (!same) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'userPool'
        : "autoSignIn({ userPool }): the pool's client id, user pool id or endpoint is not the flow's. Pass the same ones to both (userPoolConfig(pool) does).",
    );
  }
}

/** A JWT's payload (its claims, not verified), or `undefined` when it is not one. */
export function claimsOf(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Where tokens must come from and whom they must be for. */
export interface TokenExpectations
  extends Pick<CognitoConfig, 'clientId' | 'endpoint'>,
    Required<Pick<CognitoConfig, 'userPoolId'>> {
  /**
   * The user they must belong to: the name typed at sign-up (the access token's `username`,
   * the ID token's `cognito:username`, or its `email` / `phone_number` when those are the
   * username), or the name a cached session is kept under. None for a sign-in at the user pool
   * domain (social sign-up), whose user Cognito names: the pair must still be one user's.
   */
  username?: string;
}

/** Leeway for a device clock that is a little off. */
const CLOCK_SKEW_SECONDS = 300;
/** The longest Cognito lets an ID or access token live: one day. */
const MAX_TOKEN_SECONDS = 24 * 60 * 60;

/**
 * Whether `iss` is the pool's issuer: Cognito's (`https://cognito-idp.<region>.amazonaws.com/<pool
 * id>`), or, for a local emulator at a loopback endpoint, a loopback address with the pool id
 * (its own; a test proxy in front of it on another port is still this machine).
 */
function isPoolIssuer(iss: unknown, { userPoolId, endpoint }: TokenExpectations): boolean {
  if (typeof iss !== 'string') return false;
  const region = regionFromUserPoolId(userPoolId);
  if (iss === `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`) return true;
  try {
    const local = new URL(endpoint ?? '');
    const issuer = new URL(iss);
    return (
      LOOPBACK.test(local.hostname) &&
      LOOPBACK.test(issuer.hostname) &&
      issuer.protocol === local.protocol &&
      issuer.pathname === `/${userPoolId}`
    );
  } catch {
    return false;
  }
}

/**
 * Tokens are cached only when they are a current session of this pool, app client and user:
 * two JWTs of the same `sub`, `token_use` `id` and `access` each where it belongs, `iss` the
 * pool's issuer, the ID token's `aud` and the access token's `client_id` the app client, the
 * access token's `username` the ID token's `cognito:username` and this user's, and `exp` in
 * the future but no later than `ExpiresIn` (access token; one day for the ID token, Cognito's
 * longest) plus five minutes of clock skew. A positive `ExpiresIn` when given. Anything else
 * is an `InvalidResponseError`: nothing is cached and no one is signed in.
 */
export function checkTokens(
  tokens: { IdToken: string; AccessToken: string; ExpiresIn?: number },
  expected: TokenExpectations,
): void {
  const id = claimsOf(tokens.IdToken);
  const access = claimsOf(tokens.AccessToken);
  const { ExpiresIn: expiresIn } = tokens;
  const now = Date.now() / 1000;
  const current = (claims: Record<string, unknown> | undefined, lifetime: number) =>
    typeof claims?.exp === 'number' &&
    claims.exp > now &&
    claims.exp <= now + lifetime + CLOCK_SKEW_SECONDS;
  const { username, clientId } = expected;
  const valid =
    id &&
    access &&
    (expiresIn === undefined || expiresIn > 0) &&
    current(access, Math.min(expiresIn ?? MAX_TOKEN_SECONDS, MAX_TOKEN_SECONDS)) &&
    current(id, MAX_TOKEN_SECONDS) &&
    id.token_use === 'id' &&
    access.token_use === 'access' &&
    typeof id.sub === 'string' &&
    id.sub === access.sub &&
    isPoolIssuer(id.iss, expected) &&
    isPoolIssuer(access.iss, expected) &&
    id.aud === clientId &&
    access.client_id === clientId &&
    access.username === id['cognito:username'] &&
    (username === undefined || [access.username, id.email, id.phone_number].includes(username));
  if (!valid) {
    throw new SignUpError({
      code: 'InvalidResponseError',
      message:
        process.env.NODE_ENV === 'production'
          ? 'tokens'
          : `The sign-in answered tokens that are not a current session of ${username === undefined ? 'one user' : `"${username}"`} for this app client and user pool: nothing was cached.`,
    });
  }
}
