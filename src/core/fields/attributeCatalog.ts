import type { ValidationReason } from '../errors/index.js';

/** The standard attributes of a Cognito user pool (OpenID Connect claims). */
export const STANDARD_ATTRIBUTES = [
  'address',
  'birthdate',
  'email',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'picture',
  'preferred_username',
  'profile',
  'website',
  'zoneinfo',
] as const;

export type StandardAttributeName = (typeof STANDARD_ATTRIBUTES)[number];

/** The input a value needs; `phone` is a tel input that stores E.164. */
export type InputKind =
  | 'text'
  | 'email'
  | 'phone'
  | 'date'
  | 'url'
  | 'number'
  | 'select'
  | 'checkbox'
  | 'password'
  | 'code'
  /** Never shown (an invitation token): its value, from `defaultValues`, is sent all the same. */
  | 'hidden';

export interface AttributeSpec {
  /** Absent: `text`. */
  kind?: InputKind;
  /** The HTML `autocomplete` token. */
  autoComplete: string;
}

/** Input kind and autocomplete token of every standard attribute (the kind brings the format). */
export const ATTRIBUTE_CATALOG: Record<StandardAttributeName, AttributeSpec> = {
  address: { autoComplete: 'street-address' },
  birthdate: { kind: 'date', autoComplete: 'bday' },
  email: { kind: 'email', autoComplete: 'email' },
  family_name: { autoComplete: 'family-name' },
  gender: { autoComplete: 'sex' },
  given_name: { autoComplete: 'given-name' },
  locale: { autoComplete: 'language' },
  middle_name: { autoComplete: 'additional-name' },
  name: { autoComplete: 'name' },
  nickname: { autoComplete: 'nickname' },
  phone_number: { kind: 'phone', autoComplete: 'tel' },
  picture: { kind: 'url', autoComplete: 'photo' },
  preferred_username: { autoComplete: 'username' },
  profile: { kind: 'url', autoComplete: 'url' },
  website: { kind: 'url', autoComplete: 'url' },
  zoneinfo: { autoComplete: 'off' },
};

/** True for the names of Cognito's standard attributes. */
export function isStandardAttribute(name: string): name is StandardAttributeName {
  return Object.hasOwn(ATTRIBUTE_CATALOG, name);
}

// Deliberately loose: the server is the judge; this catches typos, not every RFC corner.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
/** The shape of an E.164 number: `+`, then up to 15 digits, no leading zero. */
export const E164 = /^\+[1-9]\d{1,14}$/;

function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The format rule `value` breaks, if any (`phone` checks E.164 shape only). */
export function checkFormat(
  format: 'email' | 'phone' | 'date' | 'url' | undefined,
  value: string,
): ValidationReason | undefined {
  if (!format || value === '') return undefined;
  if (format === 'email') return EMAIL.test(value) ? undefined : 'email';
  if (format === 'phone') return E164.test(value) ? undefined : 'phone';
  if (format === 'date') return isDate(value) ? undefined : 'date';
  return isUrl(value) ? undefined : 'url';
}
