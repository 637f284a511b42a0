/**
 * Phone validation with libphonenumber-js, loaded on first use only, so forms without a
 * phone field never download it.
 */
type PhoneModule = typeof import('libphonenumber-js/min');

let loading: Promise<PhoneModule> | undefined;

/** Loads (once) and returns libphonenumber-js's `min` build. */
export function loadPhoneNumbers(): Promise<PhoneModule> {
  loading ??= import('libphonenumber-js/min');
  return loading;
}

/** A validator that accepts E.164 numbers libphonenumber-js considers valid. */
export async function loadPhoneValidator(): Promise<(value: string) => boolean> {
  const phone = await loadPhoneNumbers();
  return (value) => /^\+[1-9]\d{1,14}$/.test(value) && phone.isValidPhoneNumber(value);
}
