import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SERVICE_ERROR_CODES, type SignUpResponse } from '../../src/core/index.ts';
import { ja } from '../../src/core/locales/ja.ts';
import {
  ConfirmSignUpForm,
  ErrorMessage,
  Field,
  Hint,
  Input,
  Label,
  PasswordChecklist,
  PasswordInput,
  ResendButton,
  SignUp,
  SignUpForm,
  type SignUpProps,
  SignUpProvider,
  StartOverButton,
  Status,
  Submit,
  useSignUpContext,
} from '../../src/index.ts';
import { createPhoneSupport, PhoneInput, phone } from '../../src/phone.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';
import { expectNoAxeViolations } from './axe.ts';

function renderSignUp(props: Partial<SignUpProps> = {}, handlers: FakeHandlers = {}) {
  const transport = createFakeTransport({ SignUp: unconfirmed, ConfirmSignUp: {}, ...handlers });
  const user = userEvent.setup();
  const view = render(
    <SignUp clientId="client1" transport={transport} retryDelay={1} {...props} />,
  );
  return { transport, user, ...view };
}

async function signUpAs(user: ReturnType<typeof userEvent.setup>, name = 'alice') {
  await user.type(screen.getByLabelText('Username'), name);
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('<SignUp>', () => {
  it('runs the whole flow: sign up, confirm, done, moving focus into each step', async () => {
    const { user, container } = renderSignUp();
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-step', 'signUp');
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeInTheDocument();
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('method', 'dialog');
    await signUpAs(user);
    const code = await screen.findByLabelText('Confirmation code');
    await waitFor(() => expect(code).toHaveFocus());
    expect(root).toHaveAttribute('data-step', 'confirm');
    expect(
      screen.getByText('We sent a code by email to a***@e***. Enter it below.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Check your messages for the confirmation code.',
    );
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const done = await screen.findByRole('heading', { name: 'You are all set' });
    await waitFor(() => expect(done).toHaveFocus());
    expect(root).toHaveAttribute('data-step', 'done');
    expect(screen.getByRole('status')).toHaveTextContent('Your account is confirmed.');
  });

  it('describes SMS delivery on the confirm step', async () => {
    const { user } = renderSignUp(
      {},
      {
        SignUp: {
          ...unconfirmed,
          CodeDeliveryDetails: {
            Destination: '+*******0123',
            DeliveryMedium: 'SMS',
            AttributeName: 'phone_number',
          },
        },
      },
    );
    await signUpAs(user);
    expect(
      await screen.findByText('We sent a code by text message to +*******0123. Enter it below.'),
    ).toBeInTheDocument();
  });

  it('has a password field with a real show/hide button and a live checklist', async () => {
    const { user } = renderSignUp();
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(password).toHaveAttribute('type', 'text');
    const list = screen.getByRole('list', { name: 'Password requirements' });
    expect(password.getAttribute('aria-describedby')).toContain(list.id);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-met'))).toEqual([
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(items[0]).toHaveTextContent('At least 8 characters (not met yet)');
    await user.type(password, 'Ab1!');
    expect(items.map((li) => li.getAttribute('data-met'))).toEqual([
      'false',
      'true',
      'true',
      'true',
      'true',
    ]);
  });

  it('re-renders the password field only when a rule of the checklist turns met or unmet', async () => {
    let commits = 0;
    const { user } = renderSignUp({
      renderField: (props, field) =>
        props.field.name === 'password' ? (
          <Profiler id="password" onRender={() => commits++}>
            {field}
          </Profiler>
        ) : (
          field
        ),
    });
    const password = screen.getByLabelText('Password');
    const items = within(screen.getByRole('list', { name: 'Password requirements' }));
    // "a" meets the lowercase rule: the list shows it.
    await user.type(password, 'a');
    expect(items.getByText(/lowercase/).closest('li')).toHaveAttribute('data-met', 'true');
    // "bcdef" meets no other rule: five keystrokes, at most one render (React may render once
    // after an update before it bails out on an equal state), not five.
    commits = 0;
    await user.type(password, 'bcdef');
    expect(commits).toBeLessThanOrEqual(1);
    // "gh" reaches eight characters, and the list says so; Backspace turns it unmet again.
    await user.type(password, 'gh');
    const eight = () => items.getByText(/At least 8 characters/).closest('li');
    expect(eight()).toHaveAttribute('data-met', 'true');
    await user.type(password, '{Backspace}');
    expect(eight()).toHaveAttribute('data-met', 'false');
  });

  it('renders every kind of custom attribute and the metadata fields with fitting inputs', async () => {
    const { user, transport } = renderSignUp({
      fields: [
        'email',
        'birthdate',
        'website',
        'phone_number',
        {
          name: 'custom:plan',
          kind: 'select',
          options: [{ value: 'free', label: 'Free' }, { value: 'pro' }],
        },
        { name: 'custom:seats', kind: 'number', min: 1 },
        { name: 'custom:news', kind: 'checkbox', label: 'Send me news' },
        { name: 'referral', label: 'Referral code', destination: 'clientMetadata' },
        {
          name: 'terms',
          label: 'I accept',
          kind: 'checkbox',
          destination: 'validationData',
          required: true,
        },
      ],
      messages: { 'option.custom:plan.pro': 'Professional' },
      phone,
    });
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByLabelText(/^Date of birth/)).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText(/^Website/)).toHaveAttribute('type', 'url');
    expect(screen.getByLabelText(/^Phone number/)).toHaveAttribute('type', 'tel');
    expect(await screen.findByLabelText('Country')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Professional' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Seats/)).toHaveAttribute('type', 'number');
    expect(screen.getByLabelText('Send me news')).toHaveAttribute('type', 'checkbox');
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('I accept')).toHaveFocus());
    expect(transport.calls).toHaveLength(0);
  });

  it('turns a national phone number into E.164 with the chosen country', async () => {
    const { user, transport } = renderSignUp({
      fields: [{ name: 'phone_number', required: true }],
      phone,
    });
    const country = await screen.findByLabelText('Country');
    await waitFor(() => expect(within(country).getAllByRole('option').length).toBeGreaterThan(200));
    expect(within(country).getByRole('option', { name: 'France +33' })).toBeInTheDocument();
    await user.selectOptions(country, 'FR');
    await user.type(screen.getByLabelText('Phone number'), '06 12 34 56 78');
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.request).toMatchObject({
      UserAttributes: [{ Name: 'phone_number', Value: '+33612345678' }],
    });
  });

  it('with the country list, the hint and the error speak of the country chosen, never of "+1"', async () => {
    const { user, transport, rerender } = renderSignUp({
      fields: [{ name: 'phone_number', required: true }],
      phone,
    });
    const number = screen.getByLabelText('Phone number');
    expect(number).toHaveAccessibleDescription('Choose the country, then type your number.');
    const country = await screen.findByLabelText('Country');
    await waitFor(() => expect(within(country).getAllByRole('option').length).toBeGreaterThan(200));
    await user.selectOptions(country, 'FR');
    await user.type(number, '06 12');
    await signUpAs(user);
    await waitFor(() => expect(number).toHaveAttribute('aria-invalid', 'true'));
    expect(number).toHaveAccessibleDescription(
      'Choose the country, then type your number. This number is not valid for the country chosen.',
    );
    expect(screen.queryByText(/country code|\+12015550123/)).toBeNull();
    expect(transport.calls).toHaveLength(0);
    // In the catalog's language, and in your own words through messages.
    rerender(
      <SignUp
        clientId="client1"
        transport={transport}
        fields={[{ name: 'phone_number', required: true }]}
        phone={phone}
        catalog={ja}
        messages={{ 'phone.invalid': 'Check the number.' }}
      />,
    );
    await user.click(screen.getByRole('button', { name: ja['signUp.submit'] }));
    const phoneInput = screen.getByLabelText(ja['field.phone_number.label']);
    await waitFor(() =>
      expect(phoneInput).toHaveAccessibleDescription(
        '国/地域を選んでから電話番号を入力してください。 Check the number.',
      ),
    );
  });

  it('a composed phone field with the country list says "not valid for the country chosen" too', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const user = userEvent.setup();
    render(
      <SignUpProvider clientId="c" transport={transport} fields={['phone_number']} phone={phone}>
        <SignUpForm>
          <SignUpForm.Field name="username" />
          <Field name="phone_number">
            <Label />
            <PhoneInput />
            <Hint>Your mobile.</Hint>
            <ErrorMessage />
          </Field>
          <SignUpForm.Field name="password" />
          <Submit />
        </SignUpForm>
      </SignUpProvider>,
    );
    const country = await screen.findByLabelText('Country');
    await waitFor(() => expect(within(country).getAllByRole('option').length).toBeGreaterThan(200));
    await user.selectOptions(country, 'FR');
    const number = screen.getByLabelText(/Phone number/);
    await user.type(number, '06 12');
    await signUpAs(user);
    await waitFor(() =>
      expect(number).toHaveAccessibleDescription(
        'Your mobile. This number is not valid for the country chosen.',
      ),
    );
    expect(transport.calls).toHaveLength(0);
  });

  it('preselects the page language’s region, else the field’s or the support’s country', async () => {
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-AT');
    const countryOf = async () => {
      const select = (await screen.findByLabelText('Country')) as HTMLSelectElement;
      await waitFor(() => expect(select.options.length).toBeGreaterThan(200));
      await waitFor(() => expect(select.value).not.toBe('US'));
      return select.value;
    };
    const first = renderSignUp({ fields: [{ name: 'phone_number' }], phone });
    expect(await countryOf()).toBe('AT');
    first.unmount();
    const second = renderSignUp({
      fields: [{ name: 'phone_number', defaultCountry: 'JP' }],
      phone,
    });
    expect(await countryOf()).toBe('JP');
    second.unmount();
    renderSignUp({
      fields: [{ name: 'phone_number' }],
      phone: createPhoneSupport({ defaultCountry: 'FR' }),
    });
    expect(await countryOf()).toBe('FR');
    language.mockRestore();
  });

  it('takes E.164 numbers without the phone support, and says how to add it once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user, transport } = renderSignUp({
      fields: [{ name: 'phone_number', required: true }],
    });
    const input = screen.getByLabelText(/^Phone number/);
    expect(input).toHaveAttribute('type', 'tel');
    expect(screen.queryByLabelText('Country')).toBeNull();
    await user.type(input, '06 12 34 56 78');
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText(/phone number with its country code/)).toBeInTheDocument();
    expect(input).toHaveValue('06 12 34 56 78');
    await user.clear(input);
    await user.type(input, '+33612345678');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.request).toMatchObject({
      UserAttributes: [{ Name: 'phone_number', Value: '+33612345678' }],
    });
    const advice = warn.mock.calls.filter(([text]) => String(text).includes('/phone'));
    expect(advice).toHaveLength(1);
    warn.mockRestore();
  });

  it('renders a Lambda message as text in the status region, never as HTML', async () => {
    const { user } = renderSignUp(
      {},
      {
        SignUp: () => {
          throw {
            __type: 'UserLambdaValidationException',
            message:
              'PreSignUp failed with error <img src=x onerror=alert(1)><script>alert(2)</script>.',
          };
        },
      },
    );
    await signUpAs(user);
    const alert = screen.getByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent('<img src=x onerror=alert(1)><script>alert(2)</script>'),
    );
    expect(alert.closest('.rcs-status')?.querySelector('img, script')).toBeNull();
    expect(alert.closest('.rcs-status')).toHaveAttribute('data-tone', 'error');
    // Said once, as an alert: not repeated by the polite region.
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('<SignUp>: every error code lands where it belongs', () => {
  const FIELD_OF: Record<string, string> = {
    UsernameExistsException: 'Username',
    InvalidPasswordException: 'Password',
  };
  const CONFIRM_FIELD = new Set([
    'CodeMismatchException',
    'ExpiredCodeException',
    'TooManyFailedAttemptsException',
  ]);
  const signUpCodes = SERVICE_ERROR_CODES.filter((c) => !CONFIRM_FIELD.has(c));

  it.each(signUpCodes)('SignUp answering %s', async (code) => {
    const message =
      code === 'UserLambdaValidationException' ? 'PreSignUp failed with error Nope.' : 'x';
    const { user } = renderSignUp({}, { SignUp: () => Promise.reject({ __type: code, message }) });
    await signUpAs(user);
    const field = FIELD_OF[code];
    if (field) {
      const input = screen.getByLabelText(field);
      await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
      const errorId = input
        .getAttribute('aria-describedby')
        ?.split(' ')
        .find((id) => id.endsWith('-error'));
      expect(document.getElementById(errorId ?? '')?.textContent).toMatch(
        /already exists|requirements/,
      );
    } else {
      const alert = screen.getByRole('alert');
      await waitFor(() =>
        expect(alert.closest('.rcs-status')).toHaveAttribute('data-tone', 'error'),
      );
      expect(alert.textContent).toMatch(code === 'UserLambdaValidationException' ? /^Nope$/ : /\w/);
    }
  });

  it.each([...CONFIRM_FIELD])('ConfirmSignUp answering %s puts it on the code', async (code) => {
    const { user } = renderSignUp(
      {},
      { ConfirmSignUp: () => Promise.reject({ __type: code, message: 'x' }) },
    );
    await signUpAs(user);
    await user.type(await screen.findByLabelText('Confirmation code'), '111111');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const input = screen.getByLabelText('Confirmation code');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() => expect(input).toHaveFocus());
  });

  it.each(['NetworkError', 'TimeoutError', 'InvalidResponseError'])(
    '%s shows in the status region',
    async (code) => {
      const { user } = renderSignUp({}, { SignUp: () => Promise.reject({ code, message: 'x' }) });
      await signUpAs(user);
      const alert = screen.getByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(/\w/));
      expect(alert.closest('.rcs-status')).toHaveAttribute('data-tone', 'error');
      expect(screen.getByLabelText('Username')).toHaveValue('alice');
    },
  );
});

describe('<SignUp>: customization', () => {
  it('takes per-field label, placeholder, hint, order and required', () => {
    renderSignUp({
      fields: [
        { name: 'username', label: 'Handle', placeholder: 'e.g. ada', hint: 'Shown publicly.' },
        { name: 'given_name', required: true, order: -1, label: 'Your name' },
      ],
    });
    const labels = screen.getAllByText(/Handle|Your name|Password/, { selector: 'label' });
    expect(labels.map((l) => l.textContent)).toEqual(['Your name', 'Handle', 'Password']);
    expect(screen.getByLabelText('Handle')).toHaveAttribute('placeholder', 'e.g. ada');
    expect(screen.getByText('Shown publicly.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your name')).toBeRequired();
  });

  it('overrides header, footer and submit through components', async () => {
    const { user, transport } = renderSignUp({
      components: {
        Header: ({ signUp }) => <h2>Join us ({signUp.step})</h2>,
        Footer: () => <p>Already have an account?</p>,
        Submit: ({ signUp }) => <button {...signUp.getSubmitProps()}>Go</button>,
      },
    });
    expect(screen.getByRole('heading', { name: 'Join us (signUp)' })).toBeInTheDocument();
    expect(screen.getByText('Already have an account?')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
  });

  it('renders fields through renderField where composition cannot reach', () => {
    renderSignUp({
      fields: ['email'],
      renderField: (field, defaultField) =>
        field.field.name === 'email' ? (
          <div data-testid="custom-email">
            {defaultField}
            <small>We will verify it.</small>
          </div>
        ) : (
          defaultField
        ),
    });
    expect(within(screen.getByTestId('custom-email')).getByLabelText(/^Email/)).toBeInTheDocument();
  });

  it('passes className and unknown props to the root and sets data-theme', () => {
    const { container } = renderSignUp({
      className: 'mine',
      theme: 'dark',
      id: 'signup',
      'aria-label': 'Sign up',
    } as never);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('rcs', 'mine');
    expect(root).toHaveAttribute('id', 'signup');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-status', 'idle');
  });

  it('composes its parts in any arrangement under SignUpProvider', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(
      <SignUpProvider clientId="c" transport={transport} fields={['email']}>
        <Status className="my-status" />
        <SignUpForm className="my-form" data-testid="form">
          <Field name="email" className="my-field" data-testid="email-field">
            <Label className="my-label">E-mail address</Label>
            <Input className="my-input" placeholder="you@example.com" onChange={onChange} />
            <Hint>Work email preferred.</Hint>
            <ErrorMessage className="my-error" />
          </Field>
          <SignUpForm.Field name="username" />
          <Field name="password">
            <Label />
            <PasswordInput />
            <PasswordChecklist className="my-checklist" />
          </Field>
          <Submit className="my-submit">Join</Submit>
        </SignUpForm>
        <ConfirmSignUpForm>
          <SignUpForm.Field name="code" />
          <ResendButton />
          <Submit />
        </ConfirmSignUpForm>
      </SignUpProvider>,
    );
    expect(screen.getByTestId('form')).toHaveClass('rcs-form', 'my-form');
    expect(screen.getByTestId('email-field')).toHaveClass('rcs-field', 'my-field');
    const email = screen.getByLabelText(/E-mail address/);
    expect(email).toHaveClass('my-input');
    expect(email.getAttribute('aria-describedby')).toBe(
      screen.getByText('Work email preferred.').id,
    );
    await user.type(email, 'not-an-email');
    expect(onChange).toHaveBeenCalled();
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText('Enter an email address like name@example.com.')).toHaveClass(
      'my-error',
    );
    expect(screen.getByTestId('email-field')).toHaveAttribute('data-invalid', 'true');
    await user.clear(email);
    await user.type(email, 'a@example.com');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByLabelText('Confirmation code')).toBeInTheDocument();
    expect(transport.calls[0]?.request).toMatchObject({
      UserAttributes: [{ Name: 'email', Value: 'a@example.com' }],
    });
  });

  it("skips a part's own handler when the user's calls preventDefault", async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const user = userEvent.setup();
    const seen = vi.fn();
    render(
      <SignUpProvider clientId="c" transport={transport}>
        <SignUpForm />
        <ConfirmSignUpForm>
          <StartOverButton
            onClick={(event) => {
              seen();
              event.preventDefault();
            }}
          />
        </ConfirmSignUpForm>
      </SignUpProvider>,
    );
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    expect(seen).toHaveBeenCalledTimes(1);
    // Still on the confirm step: our reset did not run.
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
  });

  it('keeps inputs read-only and the form aria-busy while a request runs, editable after', async () => {
    let answer: (value: SignUpResponse) => void = () => {};
    const { user } = renderSignUp(
      {},
      { SignUp: () => new Promise<SignUpResponse>((resolve) => (answer = resolve)) },
    );
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveAttribute('readonly'));
    expect(screen.getByLabelText('Password')).toHaveAttribute('readonly');
    expect(username.closest('form')).toHaveAttribute('aria-busy', 'true');
    await user.type(username, 'zzz');
    expect(username).toHaveValue('alice');
    answer({ UserConfirmed: false, UserSub: 's' });
    const code = await screen.findByLabelText('Confirmation code');
    expect(code).not.toHaveAttribute('readonly');
    expect(code.closest('form')).not.toHaveAttribute('aria-busy');
  });

  it('shows a client id Cognito would refuse as a setup problem, not as the user’s mistake', async () => {
    const { user, transport } = renderSignUp({ clientId: 'not a client id' });
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Sign-up is not set up correctly.')).toBeInTheDocument();
    expect(screen.queryByText('This value is not accepted.')).toBeNull();
    expect(transport.calls).toHaveLength(0);
  });

  it('names a configuration that cannot work on mount, before any submit: onError, the user’s message, the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const first = render(
      <StrictMode>
        <SignUp clientId="c" endpoint="127.0.0.1:9229" transport={undefined} onError={onError} />
      </StrictMode>,
    );
    const second = render(<SignUp clientId="c2" fields={['favourite_colour' as never]} />);
    const said = error.mock.calls.map(([text]) => String(text));
    expect(said.some((text) => /endpoint must be an absolute https: URL/.test(text))).toBe(true);
    expect(said.some((text) => text.includes('"favourite_colour" is neither'))).toBe(true);
    // Once, though StrictMode mounts twice; the end user reads the setup message, nothing else.
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'ConfigurationError' });
    for (const view of [first, second]) {
      expect(within(view.container).getByRole('alert')).toHaveTextContent(
        'Sign-up is not set up correctly.',
      );
    }
    error.mockRestore();
  });

  it('beforeSignUp: a cancel shows its text and keeps what was typed; additions reach SignUp', async () => {
    let token: string | undefined;
    const beforeSignUp = vi.fn<NonNullable<SignUpProps['beforeSignUp']>>(async () =>
      token ? { validationData: { captchaToken: token } } : { cancel: 'Complete the check first.' },
    );
    const { user, transport } = renderSignUp({
      beforeSignUp,
      validationData: { source: 'test' },
      clientMetadata: { app: 'web' },
    });
    await signUpAs(user);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Complete the check first.'),
    );
    expect(transport.calls).toHaveLength(0);
    expect(screen.getByLabelText('Username')).toHaveValue('alice');
    expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);
    expect(beforeSignUp.mock.calls[0]?.[0]).toMatchObject({
      username: 'alice',
      password: PASSWORD,
    });

    token = 'tok-1';
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Confirmation code');
    expect(transport.calls[0]?.request).toMatchObject({
      ValidationData: [
        { Name: 'source', Value: 'test' },
        { Name: 'captchaToken', Value: 'tok-1' },
      ],
      ClientMetadata: { app: 'web' },
    });
  });

  it('puts "the pool verifies an email you left out" on the email field, in words the user acts on', async () => {
    const { user } = renderSignUp(
      { fields: ['email'] },
      {
        SignUp: () => {
          throw {
            __type: 'InvalidParameterException',
            message: 'User has no attribute matching desired auto verified attributes',
          };
        },
      },
    );
    await signUpAs(user);
    const email = screen.getByLabelText(/^Email/);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(
      'We need your email address or phone number to send your code.',
    );
    expect(email).toHaveFocus();
  });

  it('explains a part used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Submit />)).toThrow(
      'A react-cognito-signup part must be inside <SignUp> or <SignUpProvider>',
    );
    const Mine = () => <p>{useSignUpContext('<MyPart>').step}</p>;
    expect(() => render(<Mine />)).toThrow('<MyPart> must be inside <SignUp> or <SignUpProvider>');
    vi.mocked(console.error).mockRestore();
  });
});

describe('<SignUp>: accessibility', () => {
  it('has no axe violations on the sign-up step, with errors, on confirm and on done', async () => {
    const { user, container } = renderSignUp(
      {
        fields: [
          'email',
          'phone_number',
          { name: 'custom:plan', kind: 'select', options: [{ value: 'pro' }] },
          {
            name: 'terms',
            label: 'I accept',
            kind: 'checkbox',
            destination: 'validationData',
            required: true,
          },
        ],
        confirmPassword: true,
      },
      { ConfirmSignUp: () => Promise.reject({ __type: 'CodeMismatchException' }) },
    );
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findAllByText('This field is required.');
    await expectNoAxeViolations(container);
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), PASSWORD);
    await user.click(screen.getByLabelText('I accept'));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText('Confirmation code');
    await expectNoAxeViolations(container);
    await user.type(screen.getByLabelText('Confirmation code'), '1');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Confirmation code')).toHaveAttribute('aria-invalid', 'true'),
    );
    await expectNoAxeViolations(container);
  });

  it('has no axe violations on done and with a form-level error', async () => {
    const ok = renderSignUp({}, { SignUp: { UserConfirmed: true, UserSub: 's' } });
    await signUpAs(ok.user);
    await screen.findByRole('heading', { name: 'You are all set' });
    await expectNoAxeViolations(ok.container);
    ok.unmount();
    const failing = renderSignUp({}, { SignUp: () => Promise.reject({ code: 'NetworkError' }) });
    await signUpAs(failing.user);
    await waitFor(() =>
      expect(screen.getByRole('alert').closest('.rcs-status')).toHaveAttribute(
        'data-tone',
        'error',
      ),
    );
    await expectNoAxeViolations(failing.container);
  });

  it('labels every input and marks only invalid ones', async () => {
    const { user, container } = renderSignUp({ fields: ['email', 'given_name'] });
    for (const input of container.querySelectorAll('input, select')) {
      expect(input.id).not.toBe('');
      expect(
        container.querySelector(`label[for="${CSS.escape(input.id)}"]`) ??
          input.getAttribute('aria-label'),
      ).toBeTruthy();
      // Said as valid from the first render (a required select or checkbox is not "invalid").
      expect(input).toHaveAttribute('aria-invalid', 'false');
    }
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByLabelText(/First name/)).toHaveAttribute('aria-invalid', 'false');
  });

  it('works by keyboard alone', async () => {
    const { user, transport } = renderSignUp();
    await user.tab();
    expect(screen.getByLabelText('Username')).toHaveFocus();
    await user.keyboard('alice');
    await user.tab();
    expect(screen.getByLabelText('Password')).toHaveFocus();
    await user.keyboard(`${PASSWORD}{Enter}`);
    const code = await screen.findByLabelText('Confirmation code');
    await waitFor(() => expect(code).toHaveFocus());
    await user.keyboard('123456{Enter}');
    expect(await screen.findByRole('heading', { name: 'You are all set' })).toBeInTheDocument();
    expect(transport.calls.map((c) => c.operation)).toEqual(['SignUp', 'ConfirmSignUp']);
  });
});
