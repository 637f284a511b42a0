import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { checkBreachedPassword } from '../../src/breached-password.ts';
import { createTranslator, type Messages } from '../../src/core/index.ts';
import { ar } from '../../src/core/locales/ar.ts';
import { de } from '../../src/core/locales/de.ts';
import {
  type BreachedMessageKey,
  en,
  type PasskeyMessageKey,
  type PhoneMessageKey,
  type SignedInMessageKey,
  type SocialMessageKey,
} from '../../src/core/locales/en.ts';
import { es } from '../../src/core/locales/es.ts';
import { fr } from '../../src/core/locales/fr.ts';
import { he } from '../../src/core/locales/he.ts';
import { hi } from '../../src/core/locales/hi.ts';
import { id } from '../../src/core/locales/id.ts';
import { it as italian } from '../../src/core/locales/it.ts';
import { ja } from '../../src/core/locales/ja.ts';
import { ko } from '../../src/core/locales/ko.ts';
import { nl } from '../../src/core/locales/nl.ts';
import { pl } from '../../src/core/locales/pl.ts';
import { ptBR } from '../../src/core/locales/pt-BR.ts';
import { ru } from '../../src/core/locales/ru.ts';
import { sv } from '../../src/core/locales/sv.ts';
import { th } from '../../src/core/locales/th.ts';
import { tr } from '../../src/core/locales/tr.ts';
import { uk } from '../../src/core/locales/uk.ts';
import { zhCN } from '../../src/core/locales/zh-CN.ts';
import { SOCIAL_MESSAGES } from '../../src/core/social/socialMessages.ts';
import { type FieldInput, SignUp } from '../../src/index.ts';
import { LINK_MESSAGES } from '../../src/link.ts';
import { offerPasskey } from '../../src/passkey.ts';
import { phone } from '../../src/phone.ts';
import { autoSignIn } from '../../src/sign-in.ts';
import { createFakeTransport } from '../../src/testing.ts';

const CATALOGS: Record<string, Messages> = {
  es,
  fr,
  de,
  ja,
  'pt-BR': ptBR,
  it: italian,
  nl,
  pl,
  sv,
  'zh-CN': zhCN,
  ko,
  ar,
  he,
  hi,
  id,
  ru,
  th,
  tr,
  uk,
};
/** A plural form: `<key>.<category>`. */
const PLURAL = /\.(zero|one|two|few|many)$/;
const KEYS = Object.keys(en).filter((key) => !PLURAL.test(key));
const PHONE_KEYS: PhoneMessageKey[] = ['phone.country', 'phone.hint', 'phone.invalid'];
const SIGNED_IN_KEYS: SignedInMessageKey[] = ['signedIn.title', 'signedIn.message'];
const BREACHED_KEYS: BreachedMessageKey[] = [
  'password.rule.breached',
  'validation.breached',
  'validation.breachedWarning',
  'validation.breachedUnchecked',
];
const PASSKEY_KEYS: PasskeyMessageKey[] = [
  'passkey.offer',
  'passkey.add',
  'passkey.skip',
  'passkey.continue',
  'passkey.registering',
  'passkey.registered',
  'passkey.error.NotAllowedError',
  'passkey.error.InvalidStateError',
  'passkey.error.LimitExceededException',
  'passkey.error.TooManyRequestsException',
  'passkey.error.NotAuthorizedException',
  'passkey.error.unavailable',
  'passkey.error.failed',
];
/** Social sign-up's keys, from its English (which also carries the signed-in step's). */
const SOCIAL_KEYS = Object.keys(SOCIAL_MESSAGES).filter((key): key is SocialMessageKey =>
  key.startsWith('social.'),
);
/** English, with the opt-in entries' own (they ship with them, not in the catalog). */
const ENGLISH: Record<string, string> = {
  ...en,
  ...phone.messages,
  ...autoSignIn({ passkey: offerPasskey() }).messages,
  ...checkBreachedPassword().messages,
  ...SOCIAL_MESSAGES,
  ...LINK_MESSAGES,
};
/** The counting messages, and the counts each can show: Cognito's password minimum is 6 to 99. */
const COUNTING: Record<string, number[]> = {
  'password.rule.minLength': Array.from({ length: 94 }, (_, i) => i + 6),
  'validation.tooLong': Array.from({ length: 201 }, (_, i) => i),
  'validation.tooShort': Array.from({ length: 201 }, (_, i) => i),
  // How often a password was seen in breaches: 1 and up, to millions.
  'validation.breachedWarning': [
    ...Array.from({ length: 200 }, (_, i) => i + 1),
    1_000,
    1_001,
    1_000_000,
    1_000_001,
  ],
};

/** Every message key that shows up verbatim in the page: a missing translation. */
function untranslatedKeys(root: Element): string[] {
  const text = `${root.textContent} ${[...root.querySelectorAll('[aria-label],[placeholder]')]
    .map((e) => `${e.getAttribute('aria-label')} ${e.getAttribute('placeholder')}`)
    .join(' ')}`;
  return KEYS.filter((key) => text.includes(key));
}

describe('locales', () => {
  it.each(Object.entries(CATALOGS))(
    '%s has exactly the English keys, each non-empty',
    (_code, catalog) => {
      const keys = Object.keys(catalog).filter((key) => !PLURAL.test(key));
      // The English keys, and the opt-in entries' (their English ships with them): the phone
      // support's, auto sign-in's, the breached-password check's, the passkey step's, social
      // sign-up's and the confirmation link's.
      expect(keys.sort()).toEqual(
        [
          ...KEYS,
          ...PHONE_KEYS,
          ...SIGNED_IN_KEYS,
          ...BREACHED_KEYS,
          ...PASSKEY_KEYS,
          ...SOCIAL_KEYS,
          ...Object.keys(LINK_MESSAGES),
        ].sort(),
      );
      for (const [key, value] of Object.entries(catalog)) {
        expect(value?.trim(), key).not.toBe('');
        if (PLURAL.test(key)) expect(Object.keys(COUNTING), key).toContain(key.replace(PLURAL, ''));
      }
    },
  );

  it.each(Object.entries(CATALOGS))(
    '%s keeps every placeholder of the English message, in plural forms too',
    (_code, catalog) => {
      const placeholders = (text: string | undefined) => (text?.match(/\{\w+\}/g) ?? []).sort();
      const all = catalog as Record<string, string | undefined>;
      for (const key of Object.keys(all)) {
        const base = key.replace(PLURAL, '');
        expect(ENGLISH[base], key).toBeDefined();
        expect(placeholders(all[key]), key).toEqual(placeholders(ENGLISH[base]));
      }
    },
  );

  // Every plural category a message's counts fall in has its form (`other` is the message).
  it.each(Object.entries({ en: ENGLISH, ...CATALOGS }))(
    '%s has the plural forms its language needs',
    (_code, catalog) => {
      const rules = new Intl.PluralRules(catalog['locale.code']);
      const all = catalog as Record<string, string | undefined>;
      for (const [key, counts] of Object.entries(COUNTING)) {
        for (const category of new Set(counts.map((n) => rules.select(n)))) {
          if (category === 'other') continue;
          expect(all[`${key}.${category}`], `${key}.${category}`).toBeTruthy();
        }
      }
    },
  );

  it('sets lang and dir on the root from the catalog, so a right-to-left language lays out right', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const arabic = { 'locale.code': 'ar', 'locale.dir': 'rtl', 'signUp.title': 'أنشئ حسابك' };
    const { container, rerender } = render(<SignUp clientId="c" catalog={arabic} />);
    const root = container.querySelector('.rcs');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');
    rerender(<SignUp clientId="c" catalog={ja} />);
    expect(root).toHaveAttribute('lang', 'ja');
    expect(root).toHaveAttribute('dir', 'ltr');
    warn.mockRestore();
  });

  it('puts family_name before given_name for family-name-first catalogs, unless an order is set', () => {
    const names = ['email', 'given_name', 'family_name'] as const;
    const { container, rerender } = render(<SignUp clientId="c" region="us-east-1" />);
    /** The inputs' names, in order, with `catalog` and `fields`. */
    const order = (catalog: Partial<Messages> | undefined, fields: FieldInput[] = [...names]) => {
      rerender(<SignUp clientId="c" region="us-east-1" catalog={catalog} fields={fields} />);
      return [...container.querySelectorAll('input')].map((input) => input.name).join(' ');
    };
    // The password goes with the credentials (username, email), before the other attributes.
    const givenFirst = 'username email password given_name family_name';
    const familyFirst = 'username email password family_name given_name';
    expect(order(undefined)).toBe(givenFirst);
    for (const catalog of [ja, zhCN, ko]) {
      expect(catalog['locale.names']).toBe('family given');
      expect(order(catalog)).toBe(familyFirst);
    }
    for (const catalog of [de, es, fr, italian, nl, pl, ptBR, sv, ar, he, hi, id, ru, th, tr, uk]) {
      expect(order(catalog)).toBe(givenFirst);
    }
    // Listed family first already, or an order given by the developer: kept as written.
    expect(order(ja, ['family_name', 'email', 'given_name'])).toBe(
      'username family_name email password given_name',
    );
    expect(order(ja, [{ name: 'given_name', order: 15 }, 'email', 'family_name'])).toBe(
      'username given_name email password family_name',
    );
    // A catalog of your own chooses by its locale.names.
    expect(order({ ...en, 'locale.code': 'hu', 'locale.names': 'family given' })).toBe(familyFirst);
  });

  it('warns once in development about the keys a partial catalog lacks', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const partial = { 'locale.code': 'xx', 'signUp.title': 'Inscríbete' } as Partial<Messages>;
    createTranslator(partial);
    createTranslator(partial);
    createTranslator(de);
    const lines = warn.mock.calls.map(([text]) => String(text));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"xx"');
    expect(lines[0]).toContain('signUp.submit');
    expect(lines[0]).not.toContain('signUp.title,');
    warn.mockRestore();
  });

  it('writes counts in the plural form and numbers in the catalog’s locale', () => {
    const t = (catalog: Partial<Messages> | undefined) => createTranslator(catalog);
    expect(t(undefined)('validation.tooLong', { max: 1 })).toBe('Use at most 1 character.');
    expect(t(undefined)('validation.tooLong', { max: 128 })).toBe('Use at most 128 characters.');
    expect(t(fr)('validation.tooLong', { max: 1 })).toBe('Utilisez au plus 1 caractère.');
    expect(t(CATALOGS.pl)('password.rule.minLength', { min: 22 })).toBe('Co najmniej 22 znaki');
    expect(t(es)('validation.tooShort', { min: 1 })).toBe('Usa al menos 1 carácter.');
    expect(t(CATALOGS.pl)('validation.tooLong', { max: 3 })).toBe('Użyj maksymalnie 3 znaki.');
    expect(t(CATALOGS.pl)('validation.tooLong', { max: 5 })).toBe('Użyj maksymalnie 5 znaków.');
    expect(t(de)('validation.tooLong', { max: 131_072 })).toBe(
      'Verwenden Sie höchstens 131.072 Zeichen.',
    );
    expect(t(undefined)('validation.tooLong', { max: 131_072 })).toBe(
      'Use at most 131,072 characters.',
    );
    // A malformed locale.code in a custom catalog writes plain numbers instead of failing.
    expect(t({ 'locale.code': 'not a locale!' })('validation.tooLong', { max: 2048 })).toBe(
      'Use at most 2048 characters.',
    );
  });

  it.each(Object.entries({ en, ...CATALOGS }))(
    '%s renders the whole flow with no missing key',
    async (code, catalog) => {
      const transport = createFakeTransport({
        SignUp: () => ({
          UserConfirmed: false,
          UserSub: 's',
          CodeDeliveryDetails: {
            Destination: 'a***@e***',
            DeliveryMedium: 'EMAIL',
            AttributeName: 'email',
          },
        }),
        ConfirmSignUp: () => Promise.reject({ __type: 'CodeMismatchException' }),
      });
      const user = userEvent.setup();
      const { container } = render(
        <SignUp
          clientId="c"
          transport={transport}
          catalog={catalog}
          fields={['email', 'given_name', 'phone_number', 'birthdate']}
          confirmPassword
        />,
      );
      expect(container.querySelector('h2')?.textContent).toBe(catalog['signUp.title']);
      expect(untranslatedKeys(container)).toEqual([]);
      await user.click(screen.getByRole('button', { name: catalog['signUp.submit'] }));
      await screen.findAllByText(catalog['validation.required']);
      expect(untranslatedKeys(container)).toEqual([]);

      await user.type(screen.getByLabelText(catalog['field.username.label']), 'alice');
      await user.type(screen.getByLabelText(catalog['field.password.label']), 'Passw0rd!');
      await user.type(screen.getByLabelText(catalog['field.confirmPassword.label']), 'Passw0rd!');
      await user.click(screen.getByRole('button', { name: catalog['signUp.submit'] }));
      const codeInput = await screen.findByLabelText(catalog['field.code.label']);
      expect(container.textContent).toContain(
        catalog['confirm.instructions']
          .replace('{medium}', catalog['medium.EMAIL'])
          .replace('{destination}', 'a***@e***'),
      );
      await user.type(codeInput, '123456');
      await user.click(screen.getByRole('button', { name: catalog['confirm.submit'] }));
      await screen.findAllByText(catalog['error.CodeMismatchException']);
      expect(untranslatedKeys(container)).toEqual([]);
      expect(container.firstElementChild).toHaveAttribute('lang', code);
    },
  );
});
