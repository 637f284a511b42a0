import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeTransport, type Messages } from '../../src/core/index.ts';
import { de } from '../../src/core/locales/de.ts';
import { en } from '../../src/core/locales/en.ts';
import { es } from '../../src/core/locales/es.ts';
import { fr } from '../../src/core/locales/fr.ts';
import { it as italian } from '../../src/core/locales/it.ts';
import { ja } from '../../src/core/locales/ja.ts';
import { ko } from '../../src/core/locales/ko.ts';
import { nl } from '../../src/core/locales/nl.ts';
import { pl } from '../../src/core/locales/pl.ts';
import { ptBR } from '../../src/core/locales/pt-BR.ts';
import { sv } from '../../src/core/locales/sv.ts';
import { zhCN } from '../../src/core/locales/zh-CN.ts';
import { SignUp } from '../../src/index.ts';

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
};
const KEYS = Object.keys(en);

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
      expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
      for (const [key, value] of Object.entries(catalog)) expect(value.trim(), key).not.toBe('');
    },
  );

  it.each(Object.entries(CATALOGS))(
    '%s keeps every placeholder of the English message',
    (_code, catalog) => {
      for (const key of KEYS as Array<keyof Messages>) {
        const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(catalog[key]), key).toEqual(placeholders(en[key]));
      }
    },
  );

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
      await user.type(codeInput, '1');
      await user.click(screen.getByRole('button', { name: catalog['confirm.submit'] }));
      await screen.findByText(catalog['error.CodeMismatchException']);
      expect(untranslatedKeys(container)).toEqual([]);
      expect(container.firstElementChild).toHaveAttribute('lang', code);
    },
  );
});
