/**
 * Phone numbers: E.164 with libphonenumber-js (loaded lazily) and the phone support extension of
 * the controller.
 */

export type { PhoneTools } from './phoneNumbers.js';
export { loadPhoneNumbers, loadPhoneTools, phoneCountryKey } from './phoneNumbers.js';
export { phoneExtension } from './phoneSupport.js';
