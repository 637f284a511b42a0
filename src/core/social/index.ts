/**
 * Social sign-up through the user pool's identity providers: the authorization code grant with
 * PKCE at the pool domain, the callback checked, the tokens checked and cached, the profile completed.
 */

export type {
  AuthorizeRequest,
  CallbackParams,
  CodeExchange,
  SocialSignOutOptions,
  TokenAnswer,
} from './oauth.js';
export {
  authorizeUrl,
  domainOrigin,
  exchangeCode,
  pkceChallenge,
  readCallback,
  socialSignOutUrl,
  withoutCallback,
} from './oauth.js';
export { SOCIAL_MESSAGES } from './socialMessages.js';
export { providerLabel } from './socialOutcomes.js';
export { createSocialSignUp } from './socialSignUp.js';
export type {
  SocialProvider,
  SocialSignUpContext,
  SocialSignUpOptions,
  SocialSignUpStore,
  SocialState,
  SocialStatus,
} from './socialSignUp.types.js';
