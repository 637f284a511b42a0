import { warnOnce } from '../errors/index.js';
import { en, type MessageKey, type Messages } from '../locales/en.js';

export type { MessageKey, Messages };

/** Values for a message's `{placeholders}`. */
export type MessageValues = Record<string, string | number | undefined>;

/** `object[key]` when it is the object's own property (never an inherited `constructor`). */
function own<T>(object: Partial<Record<string, T>> | undefined, key: string): T | undefined {
  return object && Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * Fills `{name}` placeholders from `values`' own keys (numbers written with `numbers`, when
 * given); others stay as written. Plain text only, never HTML.
 */
export function formatMessage(
  template: string,
  values: MessageValues = {},
  numbers?: Intl.NumberFormat,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = own(values, name);
    return value === undefined
      ? whole
      : typeof value === 'number' && numbers
        ? numbers.format(value)
        : String(value);
  });
}

/** Translates keys with `catalog`, falling back to English, then to the key itself. */
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * A translator over `catalog` with `overrides` on top, and `english` (the English words of an
 * opt-in feature, such as phone support) before the English catalog below. A message with a
 * number among its values takes its plural form, `<key>.<category>` (`one`, `few`, `many`, … of
 * `Intl.PluralRules` for the catalog's `locale.code`) when the catalog has one; numbers are
 * written for that locale.
 */
export function createTranslator(
  catalog?: Partial<Messages>,
  overrides?: Partial<Messages>,
  english?: Partial<Record<string, string>>,
): Translate {
  const find = (key: string) =>
    own(overrides, key) ?? own(catalog, key) ?? own(english, key) ?? own<string>(en, key);
  if (process.env.NODE_ENV !== 'production' && catalog) {
    const missing = Object.keys(en).filter(
      (key) => !/\.(zero|one|two|few|many)$/.test(key) && !Object.hasOwn(catalog, key),
    );
    if (missing.length) {
      warnOnce(
        `the catalog "${catalog['locale.code'] ?? '?'}" lacks ${missing.length} message(s), shown in English: ${missing.join(', ')}.`,
      );
    }
  }
  if (process.env.NODE_ENV !== 'production' && overrides) warnUnknownKeys(overrides);
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  try {
    const locale = find('locale.code');
    plurals = new Intl.PluralRules(locale);
    numbers = new Intl.NumberFormat(locale);
  } catch {
    // A malformed `locale.code` in a custom catalog: plain numbers, no plural forms.
  }
  return (key, values = {}) => {
    const count = Object.values(values).find((value) => typeof value === 'number');
    const template =
      (count !== undefined && plurals && find(`${key}.${plurals.select(count as number)}`)) ||
      find(key);
    return formatMessage(template ?? key, values, numbers);
  };
}

/** Keys of your own fields' texts and options, which no catalog lists. */
const OWN_KEY = /^(field\.[^.].*\.(label|hint)|option\..+\..+|phone\.(hint|invalid))$/;
/**
 * Keys of the opt-in entries' messages (en.ts: the phone support's, the signed-in step's, the
 * breached-password check's, the passkey step's, social sign-up's, the confirmation link's):
 * their English ships with each entry, not in `en`, and every bundled catalog has them.
 */
const OPT_IN_KEY =
  /^(phone|signedIn|passkey|social|link)\.|^(password\.rule|validation)\.breached(Warning|Unchecked)?$/;

/**
 * Development: names each override key that is no message key, with the nearest one (a typo
 * such as `signUp.titel` would otherwise change nothing, silently).
 */
function warnUnknownKeys(overrides: object): void {
  const known = Object.keys(en);
  for (const key of Object.keys(overrides)) {
    if (
      Object.hasOwn(en, key) ||
      OWN_KEY.test(key) ||
      OPT_IN_KEY.test(key) ||
      /\.(zero|one|two|few|many|other)$/.test(key)
    )
      continue;
    const nearest = known.reduce((best, candidate) =>
      editDistance(key, candidate) < editDistance(key, best) ? candidate : best,
    );
    warnOnce(`messages: "${key}" is not a message key; did you mean "${nearest}"?`);
  }
}

/** Levenshtein distance: the fewest single-character edits from `a` to `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        substitution,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
