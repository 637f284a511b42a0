/**
 * Signing in after sign-up: auto sign-in (USER_AUTH with the Session, or SRP through amazon-
 * cognito-identity-js), the checks of what it accepts, the cached session read back.
 */

export type { AutoSignInOptions } from './autoSignIn.js';
export { autoSignIn, userPoolConfig } from './autoSignIn.js';
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
export { checkTokens, claimsOf, type TokenExpectations } from './signInChecks.js';
