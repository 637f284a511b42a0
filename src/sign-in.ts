/**
 * Sign-in after sign-up, opt-in: `<SignUp autoSignIn={autoSignIn()} />`. Needs the optional
 * peer dependency amazon-cognito-identity-js, loaded only when sign-in runs.
 */
export { type AutoSignInOptions, autoSignIn, userPoolConfig } from './core/autoSignIn.js';
export {
  type CurrentSession,
  getCurrentSession,
  type SessionLocation,
} from './core/currentSession.js';
export { loadIdentityJs } from './core/identityJs.js';
export { initiateUserAuth, type UserAuthInput } from './core/initiateAuth.js';
export type {
  AutoSignIn,
  AutoSignInRequest,
  AutoSignInResult,
  SignedIn,
  SignInTokens,
} from './core/signUpFlow.types.js';
