import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { resolveFields } from '../../src/core/fields/fieldModel.ts';
import { DEFAULT_PASSWORD_POLICY } from '../../src/core/fields/passwordPolicy.ts';
import { tidyValues } from '../../src/core/fields/tidyValues.ts';
import { validateField } from '../../src/core/fields/validateField.ts';
import type { Messages, SignUpRequest } from '../../src/core/index.ts';
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
import {
  Field,
  SignUp,
  SignUpForm,
  type SignUpProps,
  SignUpProvider,
  type UseSignUpReturn,
} from '../../src/index.ts';
import { SocialSignUp } from '../../src/social.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';

// What a newcomer met first: emails and phone numbers as people type them, Start over after a
// typo, the way on from an unconfirmed username, focus after resend, one answer for an empty
// username whichever button asked, and the phone hints that contradicted the validation.

const CATALOGS: Record<string, Messages> = {
  en,
  de,
  es,
  fr,
  it: italian,
  ja,
  ko,
  nl,
  pl,
  'pt-BR': ptBR,
  sv,
  'zh-CN': zhCN,
};

function renderSignUp(props: Partial<SignUpProps> = {}, handlers: FakeHandlers = {}) {
  const transport = createFakeTransport({ SignUp: unconfirmed, ConfirmSignUp: {}, ...handlers });
  const user = userEvent.setup();
  const view = render(
    <SignUp
      clientId="client1"
      region="us-east-1"
      transport={transport}
      retryDelay={1}
      {...props}
    />,
  );
  return { transport, user, ...view };
}

const signUpRequests = (transport: ReturnType<typeof createFakeTransport>) =>
  transport.calls.filter((c) => c.operation === 'SignUp').map((c) => c.request as SignUpRequest);

describe('emails as people paste them', () => {
  it('trims the spaces around an email before checking and sending it', async () => {
    const { user, transport } = renderSignUp({ fields: [{ name: 'email', required: true }] });
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Email'), '  ada@example.com ');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Confirmation code');
    expect(signUpRequests(transport)[0]?.UserAttributes).toEqual([
      { Name: 'email', Value: 'ada@example.com' },
    ]);
  });

  it('trims an email used as the username', async () => {
    const { user, transport } = renderSignUp({ usernameMode: 'email' });
    await user.type(screen.getByLabelText('Email'), ' ada@example.com  ');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Confirmation code');
    expect(signUpRequests(transport)[0]?.Username).toBe('ada@example.com');
  });

  it('gives email inputs an email keyboard, no capitals and no spell check', () => {
    renderSignUp({ usernameMode: 'email', fields: ['email'] });
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('inputmode', 'email');
    expect(input).toHaveAttribute('autocapitalize', 'none');
    expect(input).toHaveAttribute('spellcheck', 'false');
    const attribute = render(
      <SignUp clientId="client1" region="us-east-1" fields={[{ name: 'email', required: true }]} />,
    ).container.querySelector('input[name="email"]');
    expect(attribute).toHaveAttribute('inputmode', 'email');
    expect(attribute).toHaveAttribute('autocapitalize', 'none');
    expect(attribute).toHaveAttribute('spellcheck', 'false');
  });
});

describe('phone numbers without the country list', () => {
  it('takes spaces, hyphens and parentheses and sends E.164', async () => {
    const { user, transport } = renderSignUp({
      fields: [{ name: 'phone_number', required: true }],
    });
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Phone number'), '+1 (201) 555-0123');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Confirmation code');
    expect(signUpRequests(transport)[0]?.UserAttributes).toEqual([
      { Name: 'phone_number', Value: '+12015550123' },
    ]);
  });

  it.each(Object.entries(CATALOGS))(
    '%s: the hint’s example passes the field’s own validation',
    (_, catalog) => {
      const hint = catalog['field.phone_number.hint'];
      const examples = hint.match(/\+[\d\s().-]*\d/g) ?? [];
      expect(examples).toHaveLength(1);
      const { fields } = resolveFields({ fields: ['phone_number'] });
      const field = fields.find((f) => f.name === 'phone_number');
      if (!field) throw new Error('no phone_number field');
      const values = tidyValues(fields, { phone_number: examples[0] as string });
      expect(validateField(field, values, DEFAULT_PASSWORD_POLICY)).toBeUndefined();
      // Written as the field takes it best: E.164 without spaces.
      expect(examples[0]).toMatch(/^\+[1-9]\d{6,14}$/);
    },
  );
});

describe('Start over', () => {
  it('keeps what was typed but the password, and an existing unconfirmed username offers the way on', async () => {
    let attempts = 0;
    const { user, transport } = renderSignUp(
      { fields: [{ name: 'email', required: true }, 'given_name'] },
      {
        SignUp: () => {
          attempts += 1;
          if (attempts === 1) return unconfirmed;
          throw { __type: 'UsernameExistsException', message: 'User already exists' };
        },
      },
    );
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Email'), 'ada@exmaple.con');
    await user.type(screen.getByLabelText('First name (optional)'), 'Ada');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Confirmation code');
    await user.click(screen.getByRole('button', { name: 'Start over' }));

    expect(await screen.findByLabelText('Username')).toHaveValue('ada');
    expect(screen.getByLabelText('Email')).toHaveValue('ada@exmaple.con');
    expect(screen.getByLabelText('First name (optional)')).toHaveValue('Ada');
    expect(screen.getByLabelText('Password')).toHaveValue('');

    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
    // The truth: where its code went (a resend goes there too), and that another username signs up anew.
    expect(document.getElementById(`${username.id}-error`)).toHaveTextContent(
      'An account named ada is waiting to be confirmed: its code went to a***@e***. If that is your address, choose “I already have a code”; if not, sign up with another username.',
    );
    expect(signUpRequests(transport)).toHaveLength(2);
    // And that way works: the confirm step for the same username.
    await user.click(screen.getByRole('button', { name: 'I already have a code' }));
    expect(await screen.findByLabelText('Confirmation code')).toBeInTheDocument();
  });

  it.each(Object.entries(CATALOGS))(
    '%s: the way-on message names the catalog’s own button',
    (_, catalog) => {
      expect(catalog['error.UsernameExistsException.unconfirmed']).toContain(
        catalog['signUp.haveCode'],
      );
      expect(catalog['error.UsernameExistsException.unconfirmedTo']).toContain(
        catalog['signUp.haveCode'],
      );
    },
  );
});

describe('focus and one behaviour', () => {
  it('keeps focus on "Send a new code" while it waits out its cooldown', async () => {
    const { user, transport } = renderSignUp(
      { resendCooldown: 1 },
      {
        ResendConfirmationCode: {
          CodeDeliveryDetails: { Destination: 'a***@e***', DeliveryMedium: 'EMAIL' },
        },
      },
    );
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    // Its name stays "Send a new code" (the countdown is for the eye only).
    const resend = await screen.findByRole('button', { name: 'Send a new code' });
    // The cooldown ends: said once by the polite region, and the countdown is gone.
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled', 'true'), {
      timeout: 5000,
    });
    expect(resend).not.toHaveTextContent(/\d/);
    expect(resend).toHaveAccessibleName('Send a new code');
    expect(screen.getByRole('status')).toHaveTextContent('Send a new code');
    await user.click(resend);
    await waitFor(() => expect(resend).toHaveAttribute('aria-disabled', 'true'));
    expect(resend).toHaveFocus();
    expect(resend).toHaveAccessibleName('Send a new code');
    // Unavailable while it waits: a click sends nothing.
    await user.click(resend);
    expect(transport.calls.filter((c) => c.operation === 'ResendConfirmationCode')).toHaveLength(1);
  });

  it.each([
    ['', 'This field is required.'],
    ['ada lovelace', "Usernames can't contain spaces."],
  ])(
    '"I already have a code" with username "%s" says what submit says, on the field, without onError',
    async (typed, message) => {
      const onError = vi.fn();
      const { user, transport } = renderSignUp({ onError });
      const username = screen.getByLabelText('Username');
      if (typed) await user.type(username, typed);
      await user.click(screen.getByRole('button', { name: 'I already have a code' }));
      await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
      expect(document.getElementById(`${username.id}-error`)).toHaveTextContent(message);
      expect(username).toHaveFocus();
      expect(screen.queryByLabelText('Confirmation code')).toBeNull();
      // Submit says the same.
      await user.click(screen.getByRole('button', { name: 'Create account' }));
      expect(document.getElementById(`${username.id}-error`)).toHaveTextContent(message);
      expect(onError).not.toHaveBeenCalled();
      expect(transport.calls).toEqual([]);
    },
  );
});

describe('the order of the fields', () => {
  it('puts the password with the credentials, its error above its checklist, consent last', async () => {
    const { user, container } = renderSignUp({
      fields: [
        { name: 'email', required: true },
        'given_name',
        { name: 'terms', kind: 'checkbox', destination: 'validationData', required: true },
      ],
    });
    const names = [...container.querySelectorAll('input')].map((input) => input.name);
    expect(names).toEqual(['username', 'email', 'password', 'given_name', 'terms']);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const field = screen.getByLabelText('Password').closest('.rcs-field') as HTMLElement;
    await waitFor(() => expect(field).toHaveAttribute('data-invalid'));
    const parts = [...field.children].map((child) => child.className);
    expect(parts.indexOf('rcs-error')).toBeLessThan(parts.indexOf('rcs-checklist'));
  });
});

describe('development warnings and per-language texts', () => {
  it('names the nearest key of a message override that is no key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <SignUp
        clientId="client1"
        region="us-east-1"
        // A typo, as plain JavaScript would let it through.
        messages={{ ['signUp.titel' as 'signUp.title']: 'Join', 'field.custom:plan.label': 'Plan' }}
      />,
    );
    const said = warn.mock.calls.map((call) => call.join(' ')).join('\n');
    expect(said).toContain('"signUp.titel" is not a message key; did you mean "signUp.title"?');
    expect(said).not.toContain('field.custom:plan.label');
    warn.mockRestore();
  });

  it("takes overrides of the opt-in entries' messages as keys (social, passkey, breached, …)", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // What a complete catalog has beyond the default English: the opt-in entries' keys.
    const optIn = Object.fromEntries(
      Object.entries(de).filter(([key]) => !Object.hasOwn(en, key)),
    ) as Partial<Messages>;
    expect(Object.keys(optIn)).toEqual(
      expect.arrayContaining([
        'social.or',
        'passkey.add',
        'validation.breached',
        'link.incomplete',
      ]),
    );
    render(
      <SocialSignUp
        clientId="client1"
        region="us-east-1"
        messages={optIn}
        social={{ domain: 'auth.example.com', providers: ['Google'], navigate: () => {} }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Weiter mit Google' })).toBeInTheDocument();
    const said = warn.mock.calls.map((call) => call.join(' ')).join('\n');
    expect(said).not.toContain('is not a message key');
    warn.mockRestore();
  });

  it('warns when a part names a field that is not configured', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <SignUpProvider clientId="client1" region="us-east-1" fields={['email']}>
        <SignUpForm>
          <Field name="emali" />
        </SignUpForm>
      </SignUpProvider>,
    );
    const said = warn.mock.calls.map((call) => call.join(' ')).join('\n');
    expect(said).toContain('no field "emali" is configured (username, email, password, code)');
    warn.mockRestore();
  });

  it('shows a field’s label in the language of the catalog when given per language', () => {
    const fields = [
      {
        name: 'custom:plan',
        kind: 'select' as const,
        label: { en: 'Plan', de: 'Tarif' },
        hint: { en: 'Change it any time', de: 'Jederzeit änderbar' },
        options: [{ value: 'free', label: 'Free' }],
      },
    ];
    const { rerender } = render(<SignUp clientId="client1" region="us-east-1" fields={fields} />);
    expect(screen.getByLabelText('Plan (optional)')).toBeInTheDocument();
    expect(screen.getByText('Change it any time')).toBeInTheDocument();
    rerender(<SignUp clientId="client1" region="us-east-1" fields={fields} catalog={de} />);
    expect(screen.getByLabelText('Tarif (optional)')).toBeInTheDocument();
    expect(screen.getByText('Jederzeit änderbar')).toBeInTheDocument();
    // A language it does not name: English.
    rerender(<SignUp clientId="client1" region="us-east-1" fields={fields} catalog={ja} />);
    expect(screen.getByLabelText(/^Plan/)).toBeInTheDocument();
  });

  it('tells the developer to make the email required when the pool verifies one that was left out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = renderSignUp(
      { fields: ['email'] },
      {
        SignUp: () => {
          throw {
            __type: 'InvalidParameterException',
            message: 'Attributes did not conform to the schema: email is auto verified but missing',
          };
        },
      },
    );
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.getByLabelText(/^Email/)).toHaveAttribute('aria-invalid'));
    const said = warn.mock.calls.map((call) => call.join(' ')).join('\n');
    expect(said).toContain('fields: [{ name: "email", required: true }]');
    warn.mockRestore();
  });
});

describe('the password in react-hook-form’s values', () => {
  it('is cleared on "I already have a code": it is not the one that signs in', async () => {
    let latest: UseSignUpReturn | undefined;
    const Footer = ({ signUp }: { signUp: UseSignUpReturn }) => {
      latest = signUp;
      return null;
    };
    const { user } = renderSignUp({ components: { Footer } });
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    expect(latest?.form.getValues('password')).toBe(PASSWORD);
    await user.click(screen.getByRole('button', { name: 'I already have a code' }));
    await screen.findByLabelText('Confirmation code');
    // Where DevTools would show it: gone.
    expect(latest?.form.getValues('password')).toBe('');
  });
});
