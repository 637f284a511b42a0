import { en, type MessageKey, type Messages } from './locales/en.js';

export type { MessageKey, Messages };

/** Values for a message's `{placeholders}`. */
export type MessageValues = Record<string, string | number | undefined>;

/** `object[key]` when it is the object's own property (never an inherited `constructor`). */
function own<T>(object: Partial<Record<string, T>> | undefined, key: string): T | undefined {
  return object && Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Fills `{name}` placeholders from `values`' own keys; others stay as written. Plain text only, never HTML. */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = own(values, name);
    return value === undefined ? whole : String(value);
  });
}

/** Translates keys with `catalog`, falling back to English, then to the key itself. */
export type Translate = (key: string, values?: MessageValues) => string;

/** A translator over `catalog` with `overrides` on top. */
export function createTranslator(
  catalog?: Partial<Messages>,
  overrides?: Partial<Messages>,
): Translate {
  return (key, values) =>
    formatMessage(own(overrides, key) ?? own(catalog, key) ?? own<string>(en, key) ?? key, values);
}
