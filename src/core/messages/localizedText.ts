/**
 * A text of your own in several languages, by locale code (`{ en: 'Plan', de: 'Tarif' }`):
 * the catalog's `locale.code` picks it (`pt-BR`, then `pt`), else `en`, else the first given.
 */
export type LocalizedText = string | { readonly [locale: string]: string };

/** The text of `text` for the locale `code` (see {@link LocalizedText}). */
export function localizedText(text: LocalizedText | undefined, code: string): string | undefined {
  if (typeof text !== 'object') return text;
  return text[code] ?? text[code.split('-')[0] as string] ?? text.en ?? Object.values(text)[0];
}
