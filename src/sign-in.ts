/**
 * Sign-in after sign-up, opt-in: `<SignUp autoSignIn={autoSignIn()} />`. Needs the optional
 * peer dependency amazon-cognito-identity-js, loaded only when sign-in runs.
 */

export type {
  AutoSignIn,
  AutoSignInRequest,
  AutoSignInResult,
  SignedIn,
  SignInTokens,
} from './core/flow/index.js';
export {
  type AutoSignInOptions,
  autoSignIn,
  type CurrentSession,
  getCurrentSession,
  initiateUserAuth,
  loadIdentityJs,
  type RefreshTokenStorage,
  type SessionCookieStorage,
  type SessionCookieStorageOptions,
  type SessionLocation,
  sessionCookieStorage,
  type UserAuthInput,
  userPoolConfig,
} from './core/signIn/index.js';
