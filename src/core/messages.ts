import { en, type MessageKey, type Messages } from './locales/en.js';
import { warnOnce } from './warnOnce.js';

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
