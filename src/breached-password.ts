/**
 * The breached-password check, opt-in: `<SignUp breachedPassword={checkBreachedPassword()} />`
 * or `useSignUp({ breachedPassword })`. Forms without it carry none of it.
 */
export {
  type BreachedPasswordCheck,
  BreachedPasswordCheckError,
  type BreachedPasswordErrorReason,
  type BreachedPasswordOptions,
  checkBreachedPassword,
  PWNED_PASSWORDS_ENDPOINT,
} from './core/extensions/index.js';
