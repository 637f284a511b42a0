import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { de } from '../src/core/locales/de.ts';
import { es } from '../src/core/locales/es.ts';
import { fr } from '../src/core/locales/fr.ts';
import { it as italian } from '../src/core/locales/it.ts';
import { ja } from '../src/core/locales/ja.ts';
import { ko } from '../src/core/locales/ko.ts';
import { nl } from '../src/core/locales/nl.ts';
import { pl } from '../src/core/locales/pl.ts';
import { ptBR } from '../src/core/locales/pt-BR.ts';
import { sv } from '../src/core/locales/sv.ts';
import { zhCN } from '../src/core/locales/zh-CN.ts';
import { SignUp } from '../src/index.ts';
import { phone } from '../src/phone.ts';
import type { FakeTransport } from '../src/testing.ts';
import {
  failingSignUp,
  fakeAutoSignIn,
  fakeCognito,
  hangingSignUp,
  SMS_DELIVERY,
} from './fakeCognito.ts';
import { confirmCode, reachConfirm, signUp } from './play.ts';

/**
 * The complete flow. Every story talks to a fake Cognito (no network): code `123456`
 * confirms, anything else is a CodeMismatchException.
 */
const meta = {
  title: 'SignUp/Flow',
  component: SignUp,
  args: {
    clientId: 'storybookclient',
    transport: fakeCognito(),
    persist: false,
    resendCooldown: 30,
    usernameMode: 'username',
    confirmPassword: false,
    preferredUsername: false,
  },
  argTypes: {
    usernameMode: { control: 'inline-radio', options: ['username', 'email', 'phone_number'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    transport: { table: { disable: true } },
    catalog: { table: { disable: true } },
  },
} satisfies Meta<typeof SignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { fields: ['email', 'given_name'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Username'), 'ada');
    await userEvent.type(canvas.getByLabelText(/^Email/), 'ada@example.com');
    await userEvent.type(canvas.getByLabelText(/^First name/), 'Ada');
    await userEvent.type(canvas.getByLabelText('Password'), 'Passw0rd!');
    await expect(canvas.getAllByRole('listitem').every((li) => li.dataset.met === 'true')).toBe(
      true,
    );
  },
};

export const ValidationErrors: Story = {
  args: {
    fields: [{ name: 'email', required: true }, 'birthdate', 'website'],
    confirmPassword: true,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Username'), 'has space');
    await userEvent.type(canvas.getByLabelText('Email'), 'not-an-email');
    await userEvent.type(canvas.getByLabelText(/^Website/), 'ftp://x');
    await userEvent.type(canvas.getByLabelText('Password'), 'short');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'other');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(canvas.getByLabelText('Username')).toHaveFocus());
    await expect(
      canvas.getByText('Enter an email address like name@example.com.'),
    ).toBeInTheDocument();
    await expect(canvas.getByText('The passwords do not match.')).toBeInTheDocument();
  },
};

export const PasswordPartlyMet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Password'), 'abcdefgh');
    const met = canvas.getAllByRole('listitem').map((li) => li.dataset.met);
    await expect(met).toEqual(['true', 'false', 'true', 'false', 'false']);
  },
};

export const PasswordFullyMet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Password'), 'Passw0rd!');
    await userEvent.click(canvas.getByRole('button', { name: 'Show password' }));
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'text');
  },
};

export const Submitting: Story = {
  args: { transport: hangingSignUp() },
  play: async ({ canvasElement }) => {
    await signUp(canvasElement);
    const button = within(canvasElement).getByRole('button', { name: 'Creating account…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

function serverError(code: string, expected: RegExp, message?: string): Story {
  return {
    args: { transport: failingSignUp(code, message) },
    play: async ({ canvasElement }) => {
      await signUp(canvasElement);
      await waitFor(() => expect(canvasElement.textContent).toMatch(expected));
    },
  };
}

export const UsernameExists = serverError('UsernameExistsException', /already exists/);
export const InvalidPassword = serverError(
  'InvalidPasswordException',
  /does not meet the requirements/,
);
export const LambdaRejection = serverError(
  'UserLambdaValidationException',
  /Sign-ups from example.org are closed/,
  'PreSignUp failed with error Sign-ups from example.org are closed.',
);
/** Throttled: the flow retried twice with backoff (short here) before showing the error. */
export const TooManyRequests: Story = {
  args: { transport: failingSignUp('TooManyRequestsException'), retryDelay: 5 },
  play: async ({ canvasElement, args }) => {
    await signUp(canvasElement);
    await waitFor(() => expect(canvasElement.textContent).toMatch(/Too many attempts/));
    const calls = (args.transport as FakeTransport).calls.map((c) => c.operation);
    await expect(calls).toEqual(['SignUp', 'SignUp', 'SignUp']);
  },
};
export const NetworkFailure = serverError('NetworkError', /could not reach the server/);

export const ConfirmByEmail: Story = {
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    await expect(
      within(canvasElement).getByText(/We sent a code by email to a\*\*\*@e\*\*\*.com/),
    ).toBeInTheDocument();
  },
};

export const ConfirmBySms: Story = {
  args: { transport: fakeCognito({}, SMS_DELIVERY) },
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    await expect(
      within(canvasElement).getByText(/by text message to \+\*{7}0123/),
    ).toBeInTheDocument();
  },
};

export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    const canvas = within(canvasElement);
    const code = canvas.getByLabelText('Confirmation code') as HTMLInputElement;
    await userEvent.type(code, '000000');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    // Said as an alert, on the field as its description; the code selected to be typed again.
    const wrong = 'That code is not right. Check it and try again.';
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(wrong));
    await expect(code).toHaveAccessibleDescription(expect.stringContaining(wrong));
    await waitFor(() => expect(code).toHaveFocus());
    await expect([code.selectionStart, code.selectionEnd]).toEqual([0, 6]);
  },
};

export const ResendCooldown: Story = {
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    // Its name stays "Send a new code"; the countdown is seen, not said.
    const resend = within(canvasElement).getByRole('button', { name: 'Send a new code' });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(resend).toHaveTextContent(/Send a new code in \d+ s/);
  },
};

/** After "Send a new code": the stale code error is gone and the page says a new code is coming. */
export const CodeResent: Story = {
  args: { resendCooldown: 0 },
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Confirmation code'), '000000');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(canvas.getByLabelText('Confirmation code')).toBeInvalid());
    await userEvent.click(canvas.getByRole('button', { name: 'Send a new code' }));
    await waitFor(() =>
      expect(
        canvas.getByText('A new code is on its way to a***@e***.com.', { selector: 'p' }),
      ).toBeInTheDocument(),
    );
    await expect(canvas.getByLabelText('Confirmation code')).not.toBeInvalid();
  },
};

/** "I already have a code": straight to the confirm step for the username typed. */
export const HaveCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Username'), 'ada');
    await userEvent.click(canvas.getByRole('button', { name: 'I already have a code' }));
    await waitFor(() => expect(canvas.getByLabelText('Confirmation code')).toHaveFocus());
    await expect(canvas.getByRole('button', { name: 'Send a new code' })).toBeEnabled();
  },
};

/** `autoSignIn`: after the code, the user is signed in (the `signedIn` step). */
export const SignedIn: Story = {
  args: { autoSignIn: fakeAutoSignIn() },
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    await confirmCode(canvasElement, 'Welcome');
    await expect(within(canvasElement).getByText(/signed in as ada/)).toBeInTheDocument();
  },
};

/** Auto sign-in met a challenge (MFA to set up): the flow ends at done, `onConfirmed` names it. */
export const SignedInChallenge: Story = {
  args: { autoSignIn: fakeAutoSignIn('MFA_SETUP') },
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    await confirmCode(canvasElement, 'You are all set');
  },
};

/** `passwordless`: no password field; the code confirms, and auto sign-in uses the Session. */
export const Passwordless: Story = {
  args: { passwordless: true, autoSignIn: fakeAutoSignIn(), fields: ['email'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await userEvent.type(canvas.getByLabelText('Username'), 'ada');
    await userEvent.type(canvas.getByLabelText(/^Email/), 'ada@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(canvas.getByLabelText('Confirmation code')).toBeInTheDocument());
    await confirmCode(canvasElement, 'Welcome');
  },
};

/** `beforeSignUp` cancels (no CAPTCHA token yet): its text shows, nothing is sent, nothing typed is lost. */
export const BotCheckCancelled: Story = {
  args: {
    transport: fakeCognito(),
    beforeSignUp: () => ({ cancel: 'Complete the check below first.' }),
  },
  play: async ({ canvasElement, args }) => {
    await signUp(canvasElement);
    await waitFor(() =>
      expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
        'Complete the check below first.',
      ),
    );
    await expect((args.transport as FakeTransport).calls).toHaveLength(0);
    await expect(within(canvasElement).getByLabelText('Username')).toHaveValue('ada');
  },
};

/** The pool verifies an email the user left out: said on the email field. */
export const VerifiedContactMissing: Story = {
  args: {
    fields: ['email'],
    transport: failingSignUp(
      'InvalidParameterException',
      'User has no attribute matching desired auto verified attributes',
    ),
  },
  play: async ({ canvasElement }) => {
    await signUp(canvasElement);
    const email = within(canvasElement).getByLabelText(/^Email/);
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(
        'We need your email address or phone number to send your code.',
      ),
    );
  },
};

/** An error that belongs to no field of the confirm step shows at form level. */
export const ConfirmAccountNotFound: Story = {
  args: {
    transport: fakeCognito({
      ConfirmSignUp: () => Promise.reject({ __type: 'UserNotFoundException', message: 'x' }),
    }),
  },
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Confirmation code'), '123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('We could not find this account.'),
    );
  },
};

/** A resend that learns the account was confirmed meanwhile (another tab): done. */
export const ConfirmedElsewhere: Story = {
  args: {
    resendCooldown: 0,
    transport: fakeCognito({
      ResendConfirmationCode: () =>
        Promise.reject({
          __type: 'InvalidParameterException',
          message: 'User is already confirmed.',
        }),
    }),
  },
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send a new code' }));
    await waitFor(() =>
      expect(canvas.getByRole('heading', { name: 'You are all set' })).toBeInTheDocument(),
    );
  },
};

export const Done: Story = {
  name: 'Full flow to done',
  play: async ({ canvasElement }) => {
    await reachConfirm(canvasElement);
    await confirmCode(canvasElement, 'You are all set');
  },
};

export const AlreadyConfirmed: Story = {
  args: { transport: fakeCognito({ SignUp: { UserConfirmed: true, UserSub: 'sub' } }) },
  play: async ({ canvasElement }) => {
    await signUp(canvasElement);
    await waitFor(() =>
      expect(
        within(canvasElement).getByRole('heading', { name: 'You are all set' }),
      ).toBeInTheDocument(),
    );
  },
};

export const EmailAsUsername: Story = { args: { usernameMode: 'email', fields: ['name'] } };
export const PhoneAsUsername: Story = { args: { usernameMode: 'phone_number', phone } };
export const PreferredUsername: Story = { args: { preferredUsername: true } };

/** With `phone` from `react-cognito-signup/phone`: a country picker and national numbers. */
export const PhoneField: Story = {
  args: { fields: [{ name: 'phone_number', required: true }], phone },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole('option', { name: 'Germany +49' })).toBeInTheDocument(),
    );
  },
};

/** Without the phone support: a tel input that takes E.164 numbers, no library loaded. */
export const PhoneFieldE164Only: Story = {
  args: { fields: [{ name: 'phone_number', required: true }] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText(/^Phone number/)).toHaveAttribute('type', 'tel');
    await expect(canvas.queryByLabelText('Country')).toBeNull();
  },
};

export const CustomAttributes: Story = {
  args: {
    fields: [
      {
        name: 'custom:plan',
        kind: 'select',
        required: true,
        options: [
          { value: 'free', label: 'Free' },
          { value: 'pro', label: 'Pro' },
        ],
      },
      { name: 'custom:seats', kind: 'number', min: 1, max: 50, label: 'Seats' },
      {
        name: 'custom:team',
        label: 'Team',
        pattern: '[a-z-]+',
        hint: 'Lowercase letters and dashes.',
      },
      { name: 'custom:newsletter', kind: 'checkbox', label: 'Send me product news' },
    ],
  },
};

export const MetadataFields: Story = {
  args: {
    fields: [
      'email',
      { name: 'referral', label: 'Referral code', destination: 'clientMetadata' },
      {
        name: 'terms',
        label: 'I accept the terms of service',
        kind: 'checkbox',
        destination: 'validationData',
        required: true,
      },
    ],
    clientMetadata: { source: 'storybook' },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/^Email/), 'ada@example.com');
    await userEvent.type(canvas.getByLabelText(/^Referral code/), 'FRIEND42');
    await userEvent.click(canvas.getByLabelText('I accept the terms of service'));
    await signUp(canvasElement);
    await waitFor(() => expect(canvas.getByLabelText('Confirmation code')).toBeInTheDocument());
    const transport = args.transport as ReturnType<typeof fakeCognito>;
    await expect(transport.calls.at(-1)?.request).toMatchObject({
      ClientMetadata: { source: 'storybook', referral: 'FRIEND42' },
      ValidationData: [{ Name: 'terms', Value: 'true' }],
    });
  },
};

export const Spanish: Story = { args: { catalog: es, fields: ['email'] } };
export const French: Story = { args: { catalog: fr, fields: ['email'] } };
export const German: Story = { args: { catalog: de, fields: ['email'] } };
export const Japanese: Story = { args: { catalog: ja, fields: ['email'] } };
export const PortugueseBrazil: Story = { args: { catalog: ptBR, fields: ['email'] } };
export const Italian: Story = { args: { catalog: italian, fields: ['email'] } };
export const Dutch: Story = { args: { catalog: nl, fields: ['email'] } };
export const Polish: Story = { args: { catalog: pl, fields: ['email'] } };
export const Swedish: Story = { args: { catalog: sv, fields: ['email'] } };
export const ChineseSimplified: Story = { args: { catalog: zhCN, fields: ['email'] } };
export const Korean: Story = { args: { catalog: ko, fields: ['email'] } };

/**
 * A right-to-left catalog of your own (`locale.dir: 'rtl'`): the root gets `dir="rtl"` and the
 * theme lays out from the right. Keys it lacks show in English.
 */
export const RightToLeft: Story = {
  args: {
    catalog: {
      'locale.code': 'ar',
      'locale.dir': 'rtl',
      'signUp.title': 'أنشئ حسابك',
      'signUp.submit': 'إنشاء حساب',
      'field.username.label': 'اسم المستخدم',
      'field.email.label': 'البريد الإلكتروني',
      'field.password.label': 'كلمة المرور',
    },
    fields: ['email'],
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.rcs');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
  },
};

export const LightTheme: Story = { args: { theme: 'light' } };
export const DarkTheme: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };
