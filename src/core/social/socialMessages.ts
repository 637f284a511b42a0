import type { SignedInMessageKey, SocialMessageKey } from '../locales/en.js';

/**
 * Social sign-up's English (the bundled catalogs translate it), with the signed-in step's words
 * (a social sign-up ends signed in, with or without auto sign-in).
 */
export const SOCIAL_MESSAGES: Record<SocialMessageKey | SignedInMessageKey, string> = {
  'social.or': 'or',
  'social.continueWith': 'Continue with {provider}',
  'social.completing': 'Signing you in with {provider}…',
  'social.profile.title': 'Complete your profile',
  'social.profile.message': 'One more step: this app needs a few details {provider} did not share.',
  'social.profile.submit': 'Continue',
  'social.verify.title': 'Verify your address',
  'social.verify.message': 'We sent a code to {destination}. Enter it to finish.',
  'social.verify.submit': 'Verify',
  'social.useForm': 'Sign up with the form instead',
  'social.error.Cancelled':
    'Sign-in with {provider} was cancelled. Try again, or sign up with the form below.',
  'social.error.StateMismatch':
    'This sign-in could not be trusted: it was already used, it expired, or it did not start on this page. Start again.',
  'social.error.Expired': 'This sign-in expired or was already used. Start again.',
  'social.error.AttributeNotShared':
    '{provider} did not share your {attribute}, which this app needs. Sign up with the form below, or let {provider} share it and try again.',
  'social.error.ProviderUnavailable':
    'Sign-in with {provider} is not available here. Sign up with the form below.',
  'social.error.Failed':
    'Sign-in with {provider} did not work. Try again, or sign up with the form below.',
  'signedIn.title': 'Welcome',
  'signedIn.message': 'Your account is ready and you are signed in as {username}.',
};
