'use client';
/**
 * Phone number support, opt-in: `<SignUp phone={phone} />` or `useSignUp({ phone })`. A country
 * picker, numbers typed in national format sent in E.164, validation against the numbering plan.
 * libphonenumber-js loads on first use, only in forms that have a phone field.
 */
import { loadPhoneTools, phoneExtension } from './core/extensions/index.js';
import { PhoneFieldBody } from './react/components/PhoneField.js';
import type { PhoneSupport } from './react/useSignUp.types.js';

export type { PhoneTools } from './core/extensions/index.js';
export {
  PhoneCountrySelect,
  type PhoneCountrySelectProps,
  PhoneFieldBody,
  PhoneInput,
  type PhoneInputProps,
} from './react/components/PhoneField.js';
export type { PhoneSupport } from './react/useSignUp.types.js';

/**
 * Phone support preselecting `defaultCountry` (ISO 3166, e.g. `FR`) in every phone field
 * without one of its own; without it, the region of the page's language, then `US`.
 */
export function createPhoneSupport(options: { defaultCountry?: string } = {}): PhoneSupport {
  return {
    ...phoneExtension,
    load: loadPhoneTools,
    FieldBody: PhoneFieldBody,
    // English ships here, so forms without phone support carry none of it.
    messages: {
      'phone.country': 'Country',
      'phone.hint': 'Choose the country, then type your number.',
      'phone.invalid': 'This number is not valid for the country chosen.',
    },
    ...options,
  };
}

/** Pass as `phone` to `<SignUp>`, `<SignUpProvider>` or `useSignUp`. */
export const phone: PhoneSupport = createPhoneSupport();
