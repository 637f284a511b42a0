/**
 * A session the server can read and trust (issue #41): the tokens the kit's
 * `sessionCookieStorage()` (or amazon-cognito-identity-js's `CookieStorage`) keeps in cookies,
 * each verified by `verifyToken.ts`.
 *
 * - `readSession`: the signed-in user from a request's cookies (a `Request`, `Headers`, a Cookie
 *   header, or Next's `cookies()` store), or `null`.
 * - `refreshTokens`: new tokens from a refresh token (`InitiateAuth REFRESH_TOKEN_AUTH`), for a
 *   middleware.
 * - `revokeRefreshToken`: a sign-out Cognito keeps (`RevokeToken`).
 *
 * The cookies themselves (read, chunks put back together, written back) are `cookies.ts`'s.
 */
import { readBounded, regionFromUserPoolId } from '../core/wire/index.js';
import { type CookieSource, readSessionCookies } from './cookies.js';
import {
  type CognitoAccessTokenClaims,
  type CognitoIdTokenClaims,
  type CognitoPoolOptions,
  CognitoTokenError,
  endpointUrl,
  isRecord,
  issuerOf,
  verifyCognitoToken,
} from './verifyToken.js';

/**
 * A failed `refreshTokens` or `revokeRefreshToken`: Cognito's error name
 * (`NotAuthorizedException`, …) or the kit's.
 */
export class CognitoRefreshError extends Error {
  override readonly name = 'CognitoRefreshError';
  /**
   * Cognito's `__type` without its prefix (`NotAuthorizedException` for a revoked or expired
   * refresh token), or `TimeoutError`, `NetworkError`, `InvalidResponseError`, or a
   * `CognitoTokenProblem` (verifyToken.ts) when the new tokens do not verify.
   */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export interface ServerSession {
  /** The user's username (the access token's `username`, the cookies' LastAuthUser). */
  username: string;
  sub: string;
  idToken: CognitoIdTokenClaims;
  accessToken: CognitoAccessTokenClaims;
}

/**
 * The signed-in user of app client `clientId` from the cookies amazon-cognito-identity-js's
 * `CookieStorage` writes, once both tokens verify ({@link verifyCognitoToken}) and belong
 * together: the same `sub`, the access token's `username` the ID token's `cognito:username`
 * and the cookies' LastAuthUser. Anything else (no cookies, a forged, expired or foreign token,
 * tokens swapped or of another user) is `null`: a bad cookie never throws. Only a JWKS that
 * cannot be fetched throws (a `CognitoTokenError` with code `jwksUnavailable`): an outage is not
 * a signed-out user.
 */
export async function readSession(
  source: CookieSource,
  options: CognitoPoolOptions,
): Promise<ServerSession | null> {
  issuerOf(options); // a wrong configuration throws, it is no bad cookie
  const cookies = readSessionCookies(source, options);
  if (!cookies?.idToken || !cookies.accessToken) return null;
  try {
    const [idToken, accessToken] = await Promise.all([
      verifyCognitoToken(cookies.idToken, { ...options, tokenUse: 'id' }),
      verifyCognitoToken(cookies.accessToken, { ...options, tokenUse: 'access' }),
    ]);
    const same =
      idToken.sub === accessToken.sub &&
      accessToken.username === cookies.username &&
      idToken['cognito:username'] === accessToken.username;
    return same
      ? { username: accessToken.username, sub: accessToken.sub, idToken, accessToken }
      : null;
  } catch (error) {
    if (error instanceof CognitoTokenError && error.code === 'jwksUnavailable') throw error;
    return null;
  }
}

export interface RefreshTokensOptions extends CognitoPoolOptions {
  refreshToken: string;
}

export interface RefreshedTokens {
  idToken: string;
  accessToken: string;
  /** The access token's life in seconds, as Cognito says it. */
  expiresIn: number;
  /** A new refresh token, when the app client rotates them. */
  refreshToken?: string;
  /** The verified claims of the new tokens. */
  session: ServerSession;
}

/**
 * One call to Cognito's API from the server (`AWSCognitoIdentityProviderService.<target>`, a
 * public app client: no secret), at Cognito or `endpoint`: no redirect, a timeout, the answer
 * bounded. Answers the parsed answer; throws a {@link CognitoRefreshError} with Cognito's error
 * name, or `TimeoutError`, `NetworkError`, `InvalidResponseError`.
 */
async function postToCognito(
  target: 'InitiateAuth' | 'RevokeToken',
  body: Record<string, unknown>,
  options: CognitoPoolOptions,
): Promise<unknown> {
  issuerOf(options);
  const local = endpointUrl(options.endpoint);
  const url =
    local?.href ?? `https://cognito-idp.${regionFromUserPoolId(options.userPoolId)}.amazonaws.com/`;
  let response: Response;
  let data: unknown;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
      },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    data = JSON.parse((await readBounded(response)) || 'null');
  } catch (error) {
    const name = (error as Error).name;
    throw name === 'TimeoutError' || name === 'AbortError'
      ? new CognitoRefreshError('TimeoutError', 'Cognito did not answer in time.')
      : new CognitoRefreshError(
          error instanceof SyntaxError ||
            (error as { code?: string }).code === 'InvalidResponseError'
            ? 'InvalidResponseError'
            : 'NetworkError',
          `${target} failed: ${(error as Error).message}`,
        );
  }
  if (!response.ok) {
    const type = isRecord(data) && typeof data.__type === 'string' ? data.__type : '';
    const code = type.split('#').pop() || `HTTP${response.status}`;
    const message = isRecord(data) && typeof data.message === 'string' ? data.message : code;
    throw new CognitoRefreshError(code, message);
  }
  return data;
}

/** Checks the refresh token given to {@link refreshTokens} or {@link revokeRefreshToken}. */
function requireRefreshToken(refreshToken: unknown): asserts refreshToken is string {
  if (typeof refreshToken !== 'string' || !refreshToken) {
    throw new TypeError('refreshToken is required.');
  }
}

/**
 * Signs out everywhere the refresh token went: Cognito's `RevokeToken` for a public app client
 * (no secret). The refresh token mints no more tokens, and Cognito's APIs refuse the access
 * tokens it issued; a JWT verified locally ({@link verifyCognitoToken}, {@link readSession})
 * still passes until its `exp`, so clear the cookies too (`clearSessionCookieHeaders`).
 * Throws a {@link CognitoRefreshError} (`UnsupportedTokenTypeException` for an app client
 * without token revocation, a network failure, …): a sign-out route clears the cookies anyway.
 */
export async function revokeRefreshToken(options: RefreshTokensOptions): Promise<void> {
  requireRefreshToken(options.refreshToken);
  await postToCognito(
    'RevokeToken',
    { Token: options.refreshToken, ClientId: options.clientId },
    options,
  );
}

/**
 * New ID and access tokens for `refreshToken` (`InitiateAuth` `REFRESH_TOKEN_AUTH`, a public
 * app client: no secret), verified as {@link verifyCognitoToken} verifies them. One POST to
 * Cognito (or `endpoint`): no redirect, a timeout, the answer bounded. Throws a
 * {@link CognitoRefreshError} whose `code` is Cognito's (`NotAuthorizedException` for a revoked
 * or expired refresh token) or the kit's.
 */
export async function refreshTokens(options: RefreshTokensOptions): Promise<RefreshedTokens> {
  const { refreshToken, clientId } = options;
  requireRefreshToken(refreshToken);
  const data = await postToCognito(
    'InitiateAuth',
    {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: clientId,
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    },
    options,
  );
  const result = isRecord(data) ? data.AuthenticationResult : undefined;
  if (
    !isRecord(result) ||
    typeof result.IdToken !== 'string' ||
    typeof result.AccessToken !== 'string' ||
    typeof result.ExpiresIn !== 'number'
  ) {
    throw new CognitoRefreshError('InvalidResponseError', 'Cognito answered without tokens.');
  }
  let idToken: CognitoIdTokenClaims;
  let accessToken: CognitoAccessTokenClaims;
  try {
    [idToken, accessToken] = await Promise.all([
      verifyCognitoToken(result.IdToken, { ...options, tokenUse: 'id' }),
      verifyCognitoToken(result.AccessToken, { ...options, tokenUse: 'access' }),
    ]);
  } catch (error) {
    const code = error instanceof CognitoTokenError ? error.code : 'InvalidResponseError';
    throw new CognitoRefreshError(
      code,
      `The new tokens do not verify: ${(error as Error).message}`,
    );
  }
  if (idToken.sub !== accessToken.sub || idToken['cognito:username'] !== accessToken.username) {
    throw new CognitoRefreshError('InvalidResponseError', 'The new tokens are not one user’s.');
  }
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    expiresIn: result.ExpiresIn,
    ...(typeof result.RefreshToken === 'string' ? { refreshToken: result.RefreshToken } : {}),
    session: { username: accessToken.username, sub: accessToken.sub, idToken, accessToken },
  };
}
