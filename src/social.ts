'use client';
/**
 * Social sign-up, opt-in (`react-cognito-signup/social`): "Continue with Google" (or any identity
 * provider of the user pool) above the sign-up form, the authorization code grant with PKCE at
 * the user pool domain, the callback checked and the tokens cached where
 * amazon-cognito-identity-js and Amplify read them, the profile completed where the provider did
 * not share what the app needs, and the person signed in.
 *
 * ```tsx
 * <SocialSignUp
 *   userPoolId={…}
 *   clientId={…}
 *   social={{ domain, providers: ['Google', 'SignInWithApple'] }}
 * />
 * ```
 * `<SocialSignUp>` is `<SignUp>` with the buttons (every prop of `<SignUp>`, plus `social`);
 * headless, `useSocialSignUp(social, options)` beside `useSignUp(options)`.
 */
import {
  createSocialSignUp,
  type SocialSignUpContext,
  type SocialSignUpOptions,
  type SocialState,
} from './core/social/index.js';

export {
  createSocialSignUp,
  providerLabel,
  SOCIAL_MESSAGES,
  type SocialProvider,
  type SocialSignOutOptions,
  type SocialSignUpContext,
  type SocialSignUpOptions,
  type SocialSignUpStore,
  type SocialState,
  type SocialStatus,
  socialSignOutUrl,
} from './core/social/index.js';
export { SocialSignUp, type SocialSignUpProps } from './react/components/SocialSignUp.js';
export {
  type UseSocialSignUpContext,
  type UseSocialSignUpReturn,
  useSocialSignUp,
} from './react/useSocialSignUp.js';

/**
 * Headless: sends the person to `provider` (the authorize URL with PKCE; the verifier and state
 * wait in sessionStorage for the callback).
 */
export function startSocialSignUp(
  options: SocialSignUpOptions,
  provider: string,
  context: SocialSignUpContext,
): Promise<void> {
  return createSocialSignUp(options, context).start(provider);
}

/**
 * Headless, on the callback route: finishes the sign-up this page's address carries and answers
 * where it ended (`signedIn`, `profile` with the fields to complete, or `idle` with an `error`);
 * `undefined` when the page is no callback. For the profile step, keep the store:
 * `createSocialSignUp(options, context)`, `complete()`, then `submitProfile(values)`.
 */
export async function completeSocialSignUp(
  options: SocialSignUpOptions,
  context: SocialSignUpContext,
): Promise<SocialState | undefined> {
  const store = createSocialSignUp(options, context);
  return (await store.complete()) ? store.getState() : undefined;
}
