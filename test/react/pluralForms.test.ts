import { describe, expect, it } from 'vitest';
import { createTranslator, type Messages } from '../../src/core/index.ts';
import { ar } from '../../src/core/locales/ar.ts';
import { en } from '../../src/core/locales/en.ts';
import { he } from '../../src/core/locales/he.ts';
import { hi } from '../../src/core/locales/hi.ts';
import { id } from '../../src/core/locales/id.ts';
import { ru } from '../../src/core/locales/ru.ts';
import { th } from '../../src/core/locales/th.ts';
import { tr } from '../../src/core/locales/tr.ts';
import { uk } from '../../src/core/locales/uk.ts';

// The eight catalogs added for #39: each CLDR plural category of the language (as Node's
// Intl.PluralRules has them) gives its own form, with the count written for the locale. The
// words are written out here, not derived from the catalogs, so a wrong form fails.

/** A count in a category and what `validation.tooLong` says with it. */
type Sample = [count: number, category: Intl.LDMLPluralRule, tooLong: string];

const SAMPLES: Record<string, { catalog: Messages; samples: Sample[] }> = {
  ar: {
    catalog: ar,
    samples: [
      [0, 'zero', 'يُرجى استخدام 0 حرف كحد أقصى.'],
      [1, 'one', 'يُرجى استخدام 1 حرف كحد أقصى.'],
      [2, 'two', 'يُرجى استخدام 2 حرفين كحد أقصى.'],
      [3, 'few', 'يُرجى استخدام 3 أحرف كحد أقصى.'],
      [10, 'few', 'يُرجى استخدام 10 أحرف كحد أقصى.'],
      [103, 'few', 'يُرجى استخدام 103 أحرف كحد أقصى.'],
      [11, 'many', 'يُرجى استخدام 11 حرفًا كحد أقصى.'],
      [99, 'many', 'يُرجى استخدام 99 حرفًا كحد أقصى.'],
      [100, 'other', 'يُرجى استخدام 100 حرف كحد أقصى.'],
      [2000, 'other', 'يُرجى استخدام 2,000 حرف كحد أقصى.'],
      [2048, 'many', 'يُرجى استخدام 2,048 حرفًا كحد أقصى.'],
    ],
  },
  he: {
    catalog: he,
    samples: [
      [1, 'one', 'אפשר להזין עד 1 תו.'],
      [2, 'two', 'אפשר להזין עד 2 תווים.'],
      [3, 'other', 'אפשר להזין עד 3 תווים.'],
      [2048, 'other', 'אפשר להזין עד 2,048 תווים.'],
    ],
  },
  hi: {
    catalog: hi,
    samples: [
      [0, 'one', 'ज़्यादा से ज़्यादा 0 वर्ण इस्तेमाल करें।'],
      [1, 'one', 'ज़्यादा से ज़्यादा 1 वर्ण इस्तेमाल करें।'],
      [2, 'other', 'ज़्यादा से ज़्यादा 2 वर्ण इस्तेमाल करें।'],
      [131_072, 'other', 'ज़्यादा से ज़्यादा 1,31,072 वर्ण इस्तेमाल करें।'],
    ],
  },
  id: {
    catalog: id,
    samples: [
      [1, 'other', 'Gunakan maksimal 1 karakter.'],
      [131_072, 'other', 'Gunakan maksimal 131.072 karakter.'],
    ],
  },
  ru: {
    catalog: ru,
    samples: [
      [1, 'one', 'Используйте максимум 1 символ.'],
      [21, 'one', 'Используйте максимум 21 символ.'],
      [2, 'few', 'Используйте максимум 2 символа.'],
      [24, 'few', 'Используйте максимум 24 символа.'],
      [0, 'many', 'Используйте максимум 0 символов.'],
      [5, 'many', 'Используйте максимум 5 символов.'],
      [11, 'many', 'Используйте максимум 11 символов.'],
      [1.5, 'other', 'Используйте максимум 1,5 символа.'],
      [131_072, 'few', 'Используйте максимум 131\u00a0072 символа.'],
    ],
  },
  th: {
    catalog: th,
    samples: [
      [1, 'other', 'ใช้ได้ไม่เกิน 1 อักขระ'],
      [131_072, 'other', 'ใช้ได้ไม่เกิน 131,072 อักขระ'],
    ],
  },
  tr: {
    catalog: tr,
    samples: [
      [1, 'one', 'En fazla 1 karakter kullanın.'],
      [2, 'other', 'En fazla 2 karakter kullanın.'],
      [131_072, 'other', 'En fazla 131.072 karakter kullanın.'],
    ],
  },
  uk: {
    catalog: uk,
    samples: [
      [1, 'one', 'Використовуйте не більше ніж 1 символ.'],
      [21, 'one', 'Використовуйте не більше ніж 21 символ.'],
      [3, 'few', 'Використовуйте не більше ніж 3 символи.'],
      [0, 'many', 'Використовуйте не більше ніж 0 символів.'],
      [12, 'many', 'Використовуйте не більше ніж 12 символів.'],
      [2.5, 'other', 'Використовуйте не більше ніж 2,5 символу.'],
      [131_072, 'few', 'Використовуйте не більше ніж 131\u00a0072 символи.'],
    ],
  },
};

describe('plural forms and numbers of the added catalogs', () => {
  it.each(Object.entries(SAMPLES))(
    '%s: every CLDR category has its form',
    (code, { catalog, samples }) => {
      const rules = new Intl.PluralRules(code);
      // Each category the language has is sampled, and each sample is in the category said.
      expect(new Set(samples.map(([, category]) => category))).toEqual(
        new Set(rules.resolvedOptions().pluralCategories),
      );
      const t = createTranslator(catalog);
      for (const [count, category, text] of samples) {
        expect(rules.select(count), String(count)).toBe(category);
        expect(t('validation.tooLong', { max: count }), String(count)).toBe(text);
      }
    },
  );

  it('writes the other counting messages in the form of their count', () => {
    const t = (catalog: Messages) => createTranslator(catalog);
    // Arabic: Cognito's password minimum is 6 to 99, few (3–10) and many (11–99).
    expect(t(ar)('password.rule.minLength', { min: 8 })).toBe('8 أحرف على الأقل');
    expect(t(ar)('password.rule.minLength', { min: 12 })).toBe('12 حرفًا على الأقل');
    expect(t(ar)('validation.tooShort', { min: 2 })).toBe('يُرجى استخدام 2 حرفين على الأقل.');
    const arBreached = (n: number) => t(ar)('validation.breachedWarning', { count: n });
    expect(arBreached(1)).toMatch(/^ظهرت كلمة المرور هذه 1 مرة في/);
    expect(arBreached(2)).toMatch(/^ظهرت كلمة المرور هذه 2 مرتين في/);
    expect(arBreached(7)).toMatch(/^ظهرت كلمة المرور هذه 7 مرات في/);
    expect(arBreached(58)).toMatch(/^ظهرت كلمة المرور هذه 58 مرة في/);
    expect(arBreached(1_000_000)).toMatch(/^ظهرت كلمة المرور هذه 1,000,000 مرة في/);
    expect(t(he)('validation.breachedWarning', { count: 1 })).toMatch(/^הסיסמה הזו הופיעה 1 פעם /);
    expect(t(he)('validation.breachedWarning', { count: 1_000_000 })).toMatch(
      /^הסיסמה הזו הופיעה 1,000,000 פעמים /,
    );
    expect(t(he)('validation.tooShort', { min: 1 })).toBe('יש להזין לפחות 1 תו.');
    expect(t(ru)('password.rule.minLength', { min: 6 })).toBe('Минимум 6 символов');
    expect(t(ru)('password.rule.minLength', { min: 22 })).toBe('Минимум 22 символа');
    expect(t(ru)('password.rule.minLength', { min: 21 })).toBe('Минимум 21 символ');
    expect(t(ru)('validation.breachedWarning', { count: 3 })).toMatch(/ данных 3 раза\. /);
    expect(t(ru)('validation.breachedWarning', { count: 58_000 })).toMatch(
      / данных 58\u00a0000 раз\. /,
    );
    expect(t(uk)('password.rule.minLength', { min: 8 })).toBe('Щонайменше 8 символів');
    expect(t(uk)('validation.breachedWarning', { count: 2 })).toMatch(/ даних 2 рази\. /);
    expect(t(uk)('validation.breachedWarning', { count: 1_001 })).toMatch(
      / даних 1\u00a0001 раз\. /,
    );
    expect(t(tr)('validation.breachedWarning', { count: 1_000_000 })).toMatch(/ 1\.000\.000 kez /);
    expect(t(hi)('validation.breachedWarning', { count: 1_000_000 })).toMatch(/ 10,00,000 बार /);
    expect(t(id)('validation.breachedWarning', { count: 58_000 })).toMatch(/ 58\.000 kali /);
    expect(t(th)('validation.breachedWarning', { count: 58_000 })).toMatch(/ 58,000 ครั้ง /);
  });

  it('writes Arabic counts in the digits Intl gives `ar` (Latin since CLDR 42), like the number fields', () => {
    const text = createTranslator(ar)('validation.tooLong', { max: 128 });
    expect(text).toContain(new Intl.NumberFormat('ar').format(128));
    expect(text).toContain('128');
    // An app that wants Arabic-Indic digits names a locale that uses them.
    const egypt = createTranslator({ ...ar, 'locale.code': 'ar-EG' });
    expect(egypt('validation.tooLong', { max: 128 })).toBe('يُرجى استخدام ١٢٨ حرفًا كحد أقصى.');
  });
});

describe('right-to-left catalogs', () => {
  /** Placeholders whose values come from outside the catalog (an address, a name, an app). */
  const OUTSIDE = /\{(destination|username|provider|attribute)\}/g;

  it('only ar and he are right to left', () => {
    expect(ar['locale.dir']).toBe('rtl');
    expect(he['locale.dir']).toBe('rtl');
    for (const catalog of [en, hi, id, ru, th, tr, uk]) expect(catalog['locale.dir']).toBe('ltr');
  });

  it.each([
    ['ar', ar],
    ['he', he],
  ])(
    '%s isolates outside values and Latin examples, so none renders reversed',
    (_code, catalog) => {
      for (const [key, text] of Object.entries(catalog as Record<string, string>)) {
        for (const match of text.matchAll(OUTSIDE)) {
          const at = match.index as number;
          expect(text[at - 1], `${key}: ${match[0]} opens a first-strong isolate`).toBe('\u2068');
          expect(text[at + match[0].length], `${key}: ${match[0]} closes it`).toBe('\u2069');
        }
        // A phone example, an email address, a URL or a date pattern: left to right, isolated.
        for (const match of text.matchAll(/\+\d+|[a-z]+@example\.com|https:\/\/|YYYY-MM-DD/g)) {
          const at = match.index as number;
          expect(text[at - 1], `${key}: ${match[0]}`).toBe('\u2066');
          expect(text[at + match[0].length], `${key}: ${match[0]}`).toBe('\u2069');
        }
        // A whole message of the app's or a Lambda's is left alone: the theme's unicode-bidi:
        // plaintext gives it the direction of its own first letter (an isolate would hide it).
        if (/\{(message|lambdaMessage)\}/.test(text)) expect(text, key).toMatch(/^\{\w+\}$/);
        // Every isolate is closed.
        expect(text.match(/[\u2066-\u2068]/g)?.length ?? 0, key).toBe(
          text.match(/\u2069/g)?.length ?? 0,
        );
      }
    },
  );
});
