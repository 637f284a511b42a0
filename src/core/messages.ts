import { en, type MessageKey, type Messages } from './locales/en.js';

export type { MessageKey, Messages };

/** Values for a message's `{placeholders}`. */
export type MessageValues = Record<string, string | number | undefined>;

/** Fills `{name}` placeholders; unknown ones stay as written. Plain text only, never HTML. */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
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
  return (key, values) => {
    const k = key as MessageKey;
    const template = overrides?.[k] ?? catalog?.[k] ?? en[k] ?? key;
    return formatMessage(template, values);
  };
}
