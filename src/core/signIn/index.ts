/**
 * Signing in after sign-up: auto sign-in (USER_AUTH with the Session, or SRP through amazon-
 * cognito-identity-js), the checks of what it accepts, the cached session read back,
 * and the session in cookies (their format is shared with the server entry).
 */

export type { AutoSignInOptions } from './autoSignIn.js';
export { autoSignIn, userPoolConfig } from './autoSignIn.js';
export {
  COOKIE_LIMIT_BYTES,
  chunkNames,
  cookieAttributes,
  cookieLines,
  cookieName,
  DEFAULT_REFRESH_MAX_AGE,
  MAX_CHUNKS,
  parseCookies,
  readChunked,
  readCookieValue,
  removalLine,
  tokenMaxAge,
} from './cookieFormat.js';
export type { CurrentSession, SessionLocation } from './currentSession.js';
export { getCurrentSession } from './currentSession.js';
export {
  cacheSession,
  loadIdentityJs,
  type PoolConfig,
  sessionPool,
  userWithTransport,
} from './identityJs.js';
export type { UserAuthInput } from './initiateAuth.js';
export { initiateUserAuth } from './initiateAuth.js';
export {
  type RefreshTokenStorage,
  type SessionCookieStorage,
  type SessionCookieStorageOptions,
  sessionCookieStorage,
} from './sessionCookieStorage.js';
export { checkTokens, claimsOf, type TokenExpectations } from './signInChecks.js';
