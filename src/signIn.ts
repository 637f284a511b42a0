/**
 * Sign-in after sign-up, opt-in: `<SignUp autoSignIn={autoSignIn()} />`. Needs the optional
 * peer dependency amazon-cognito-identity-js, loaded only when sign-in runs.
 */
export {
  type AutoSignInOptions,
  autoSignIn,
  type CurrentSession,
  getCurrentSession,
  loadIdentityJs,
  type SessionLocation,
  userPoolConfig,
} from './core/autoSignIn.js';
export { initiateUserAuth, type UserAuthInput } from './core/initiateAuth.js';
export type {
  AutoSignIn,
  AutoSignInRequest,
  AutoSignInResult,
  SignedIn,
  SignInTokens,
} from './core/signUpFlow.types.js';
