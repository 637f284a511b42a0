/**
 * Extensions of the controller, each opt-in: phone numbers (E.164 with libphonenumber-js,
 * loaded lazily) and the breached-password check (a k-anonymity range lookup).
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
export type { PhoneTools } from './phoneNumbers.js';
export { loadPhoneNumbers, loadPhoneTools, phoneCountryKey } from './phoneNumbers.js';
export { phoneExtension } from './phoneSupport.js';
