/**
 * What sign-in after sign-up accepts: the app's own pool only when it is the flow's, and tokens
 * only when they are a current session of the user who signed up.
 */
import type { CognitoUserPool } from 'amazon-cognito-identity-js';
import type { CognitoConfig } from './callCognito.js';
import { configurationError, SignUpError } from './errors.js';
import { type IdentityJs, poolEndpoint } from './identityJs.js';

/**
 * A pool of the app's own must be the flow's: the same client, user pool and endpoint (as the
 * library computes it for the flow's configuration). Anything else would send the password
 * where the flow's checks never looked.
 */
export function checkUserPool(lib: IdentityJs, pool: CognitoUserPool, config: CognitoConfig): void {
  const flowPool = new lib.CognitoUserPool({
    UserPoolId: config.userPoolId ?? pool.getUserPoolId(),
    ClientId: config.clientId,
    endpoint: config.endpoint,
  });
  const endpoint = (of: CognitoUserPool) => {
    const url = poolEndpoint(of);
    return url && new URL(url).href;
  };
  const same =
    pool.getClientId() === config.clientId &&
    pool.getUserPoolId() === flowPool.getUserPoolId() &&
    endpoint(pool) === endpoint(flowPool);
  if (!same) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'userPool'
        : "autoSignIn({ userPool }): the pool's client id, user pool id or endpoint is not the flow's. Pass the same ones to both (userPoolConfig(pool) does).",
    );
  }
}

/** A JWT's payload, or `undefined` when it is not one. */
function claimsOf(token: string): Record<string, unknown> | undefined {
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

/**
 * Tokens are cached only when they are what a sign-in of `username` returns: two JWTs, not
 * expired, a positive `ExpiresIn` when given, and of this user (the access token's `username`,
 * the ID token's `cognito:username`, or its `email` / `phone_number` when those are the
 * username). Anything else is an `InvalidResponseError`: the flow ends at done, signed out.
 */
export function checkTokens(
  idToken: string,
  accessToken: string,
  expiresIn: number | undefined,
  username: string,
): void {
  const id = claimsOf(idToken);
  const access = claimsOf(accessToken);
  const now = Date.now() / 1000;
  const fresh = (claims: Record<string, unknown> | undefined) =>
    typeof claims?.exp === 'number' && claims.exp > now;
  const theirs =
    access?.username === username ||
    [id?.['cognito:username'], id?.email, id?.phone_number].includes(username);
  if (!fresh(id) || !fresh(access) || (expiresIn !== undefined && !(expiresIn > 0)) || !theirs) {
    throw new SignUpError({
      code: 'InvalidResponseError',
      message:
        process.env.NODE_ENV === 'production'
          ? 'tokens'
          : `The sign-in answered tokens that are not a valid, current session of "${username}": nothing was cached.`,
    });
  }
}
