'use client';
/**
 * Phone number support, opt-in: `<SignUp phone={phone} />` or `useSignUp({ phone })`. A country
 * picker, numbers typed in national format sent in E.164, validation against the numbering plan.
 * libphonenumber-js loads on first use, only in forms that have a phone field.
 */
import { loadPhoneTools } from './core/phoneNumbers.js';
import { PhoneCountrySelect } from './react/components/PhoneField.js';
import type { PhoneSupport } from './react/useSignUp.types.js';

export type { PhoneTools } from './core/phoneNumbers.js';
export {
  PhoneCountrySelect,
  type PhoneCountrySelectProps,
  PhoneInput,
  type PhoneInputProps,
} from './react/components/PhoneField.js';
export type { PhoneSupport } from './react/useSignUp.types.js';

/** Pass as `phone` to `<SignUp>`, `<SignUpProvider>` or `useSignUp`. */
export const phone: PhoneSupport = { load: loadPhoneTools, CountrySelect: PhoneCountrySelect };
