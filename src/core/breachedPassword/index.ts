/**
 * The breached-password check: a k-anonymity range lookup, as an extension of the controller.
 */

export type {
  BreachedPasswordCheck,
  BreachedPasswordErrorReason,
  BreachedPasswordOptions,
} from './breachedPassword.js';
export {
  BreachedPasswordCheckError,
  checkBreachedPassword,
  PWNED_PASSWORDS_ENDPOINT,
} from './breachedPassword.js';
