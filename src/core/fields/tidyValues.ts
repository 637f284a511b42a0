import type { FormField, FormValues } from './fieldModel.js';

/** What people type around a phone number: spaces, hyphens, dots, parentheses. */
const PHONE_PUNCTUATION = /[\s().-]/g;

/**
 * The values as they are checked and sent: an email without the spaces a paste brings
 * (`"ada@example.com "` must neither fail nor create a second account), a phone number
 * without its punctuation (`+1 (201) 555-0123` is `+12015550123`). Other values are left
 * exactly as typed. Returns `values` itself when nothing changes.
 */
export function tidyValues(fields: readonly FormField[], values: FormValues): FormValues {
  let tidy = values;
  for (const field of fields) {
    const value = values[field.name];
    if (typeof value !== 'string') continue;
    const next =
      field.format === 'email'
        ? value.trim()
        : field.format === 'phone'
          ? value.replace(PHONE_PUNCTUATION, '')
          : value;
    if (next === value) continue;
    if (tidy === values) tidy = { ...values };
    tidy[field.name] = next;
  }
  return tidy;
}
