/**
 * Phone numbers with libphonenumber-js, loaded on first use only, so forms without a phone
 * field never download it.
 */
import { E164 } from '../fields/index.js';

type PhoneModule = typeof import('libphonenumber-js/min');

let loading: Promise<PhoneModule> | undefined;

/** Loads (once) and returns libphonenumber-js's `min` build. */
export function loadPhoneNumbers(): Promise<PhoneModule> {
  loading ??= import('libphonenumber-js/min');
  return loading;
}

/** Validation and normalization of phone numbers. */
export interface PhoneTools {
  /** True for an E.164 number libphonenumber-js considers valid. */
  isPhone: (value: string) => boolean;
  /** `value` in E.164, read as a number of `country` when it has no `+` prefix; unchanged when unreadable. */
  toE164: (value: string, country?: string) => string;
}

/** Loads libphonenumber-js and returns the phone helpers. */
export async function loadPhoneTools(): Promise<PhoneTools> {
  const phone = await loadPhoneNumbers();
  return {
    isPhone: (value) => E164.test(value) && phone.isValidPhoneNumber(value),
    toE164: (value, country) => {
      const trimmed = value.trim();
      if (!trimmed) return trimmed;
      try {
        const parsed = phone.parsePhoneNumberFromString(
          trimmed,
          country ? { defaultCountry: country as never } : undefined,
        );
        return parsed?.number ?? trimmed;
      } catch {
        return trimmed;
      }
    },
  };
}

/** The form key that holds the country chosen for phone field `name`. */
export function phoneCountryKey(name: string): string {
  return `${name}__country`;
}
