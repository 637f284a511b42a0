/**
 * Texts: the translator over the catalogs in ../locales and localized text values.
 */

export type { LocalizedText } from './localizedText.js';
export { localizedText } from './localizedText.js';
export type { MessageKey, Messages, MessageValues, Translate } from './messages.js';
export { createTranslator, formatMessage } from './messages.js';
