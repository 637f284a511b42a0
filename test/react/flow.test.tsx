import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  Field,
  Input,
  SignUp,
  SignUpForm,
  SignUpProvider,
  Submit,
  useSignUp,
} from '../../src/index.ts';
import { phone } from '../../src/phone.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';

function renderSignUp(handlers: FakeHandlers = {}, props: Record<string, unknown> = {}) {
  const transport = createFakeTransport({ SignUp: unconfirmed, ...handlers });
  const user = userEvent.setup();
  render(<SignUp clientId="client1" transport={transport} persist={false} {...props} />);
  return { transport, user, operations: () => transport.calls.map((c) => c.operation) };
}

async function signUpAs(user: ReturnType<typeof userEvent.setup>, name = 'alice') {
  await user.type(screen.getByLabelText('Username'), name);
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  return screen.findByLabelText('Confirmation code');
}

describe('the flow through <SignUp>', () => {
  it('shows an error for a field the confirm step does not render at form level', async () => {
    const { user } = renderSignUp({
      ConfirmSignUp: () => Promise.reject({ __type: 'UserNotFoundException', message: 'x' }),
    });
    await user.type(await signUpAs(user), '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('We could not find this account.'));
    expect(alert.closest('.rcs-status')).toHaveAttribute('data-tone', 'error');
    expect(screen.getByLabelText('Confirmation code')).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows a sentence, never an empty message, for a Lambda rejection without its own words', async () => {
    const { user } = renderSignUp({
      SignUp: () =>
        Promise.reject({
          __type: 'UserLambdaValidationException',
          message: 'PreSignUp invocation failed due to error AccessDeniedException.',
        }),
    });
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Your sign-up was not accepted.'),
    );
  });

  it('after a resend, clears the stale code error and says so visibly', async () => {
    const { user } = renderSignUp(
      {
        ConfirmSignUp: () => Promise.reject({ __type: 'ExpiredCodeException', message: 'x' }),
        ResendConfirmationCode: { CodeDeliveryDetails: unconfirmed.CodeDeliveryDetails },
      },
      { resendCooldown: 0 },
    );
    const code = await signUpAs(user);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('alert')).toHaveTextContent(/\w/);
    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'false'));
    // The stale error is gone from the alert too; the resend is said by the polite region.
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveTextContent('A new code is on its way to a***@e***.');
    // In the page itself, not only in the visually hidden live region.
    const notice = screen.getByText('A new code is on its way to a***@e***.', { selector: 'p' });
    expect(notice).toHaveAttribute('data-resent');
  });

  it.each([
    ['12a456', 'Enter a number.'],
    ['12345', 'Use at least 6 characters.'],
  ])(
    'refuses the code %s with no request: said as an alert and on the field',
    async (typed, said) => {
      const { user, operations } = renderSignUp({ ConfirmSignUp: {} });
      const code = await signUpAs(user);
      await user.type(code, `${typed}{Enter}`);
      await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
      expect(code).toHaveAccessibleDescription(expect.stringContaining(said));
      expect(screen.getByRole('alert')).toHaveTextContent(said);
      expect(code).toHaveFocus();
      expect(code).toHaveValue(typed);
      expect(operations()).toEqual(['SignUp']);
    },
  );

  it('"I already have a code" leads to the confirm step for the username typed', async () => {
    const { user, transport } = renderSignUp({ ConfirmSignUp: {} });
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.click(screen.getByRole('button', { name: 'I already have a code' }));
    const code = await screen.findByLabelText('Confirmation code');
    // Nothing was sent from this page: said so, with the username, and a code can be sent.
    expect(
      screen.getByText(
        'No code was sent from this page. If you have a code for alice, enter it below, or send a new one.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/We sent/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send a new code' })).toBeEnabled();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { name: 'You are all set' })).toBeInTheDocument();
    expect(
      transport.calls.map((c) => [c.operation, 'Username' in c.request && c.request.Username]),
    ).toEqual([['ConfirmSignUp', 'alice']]);
  });

  it('"I already have a code" without a username puts the problem on the username', async () => {
    const { user, operations } = renderSignUp();
    await user.click(screen.getByRole('button', { name: 'I already have a code' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(operations()).toEqual([]);
  });
});

describe('messages that speak of what the person typed', () => {
  it('says that a username cannot contain spaces', async () => {
    const { user, operations } = renderSignUp();
    await user.type(screen.getByLabelText('Username'), 'ada lovelace');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText("Usernames can't contain spaces.")).toBeInTheDocument();
    expect(operations()).toEqual([]);
  });

  it('speaks of the email, never of a username, when the email is the username', async () => {
    const { user } = renderSignUp(
      { SignUp: () => Promise.reject({ __type: 'UsernameExistsException', message: 'x' }) },
      { usernameMode: 'email' },
    );
    const email = screen.getByLabelText('Email');
    await user.type(email, 'ada @example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(
      await screen.findByText('Enter an email address like name@example.com.'),
    ).toBeInTheDocument();
    await user.clear(email);
    await user.type(email, 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(
      await screen.findByText('An account with this email already exists.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/username/i)).toBeNull();
  });
});

describe('the lazy phone field', () => {
  it('keeps a number typed before the country picker has loaded', async () => {
    const { user } = renderSignUp(
      {},
      { fields: [{ name: 'phone_number', required: true }], phone },
    );
    await user.type(screen.getByLabelText(/^Phone number/), '+33612345678');
    await screen.findByLabelText('Country');
    expect(screen.getByLabelText(/^Phone number/)).toHaveValue('+33612345678');
  });
});

describe('useSignUp: rules the flow enforces', () => {
  it('sends nothing from a resend held from an earlier render during the cooldown', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const { result, rerender } = renderHook(
      ({ resendCooldown }) =>
        useSignUp({
          clientId: 'c',
          transport,
          persist: false,
          resendCooldown,
          defaultValues: { username: 'alice', password: PASSWORD },
        }),
      { initialProps: { resendCooldown: 0 } },
    );
    await act(() => result.current.submit());
    expect(result.current.step).toBe('confirm');
    rerender({ resendCooldown: 30 });
    const held = result.current.resend;
    await act(async () => {
      for (let i = 0; i < 5; i++) await held();
    });
    // The first call starts a 30 s cooldown; the four after it send nothing.
    expect(transport.calls.map((c) => c.operation)).toEqual(['SignUp', 'ResendConfirmationCode']);
  });

  it("keeps react-hook-form's errors[name].message as the text to show, for third-party inputs", async () => {
    const transport = createFakeTransport({
      SignUp: () => Promise.reject({ __type: 'UsernameExistsException', message: 'x' }),
    });
    const { result } = renderHook(() =>
      useSignUp({
        clientId: 'c',
        transport,
        fields: [{ name: 'email', required: true }],
        defaultValues: { username: 'alice', password: PASSWORD },
      }),
    );
    await act(() => result.current.submit());
    await waitFor(() =>
      expect(result.current.form.formState.errors.email?.message).toBe('This field is required.'),
    );
    act(() => result.current.form.setValue('email', 'a@example.com'));
    await act(() => result.current.submit());
    await waitFor(() =>
      expect(result.current.form.formState.errors.username?.message).toBe(
        'An account with this username already exists.',
      ),
    );
  });

  it('getFieldProps takes caller props (handlers chained, refs composed) and never throws', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const ref = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    function Form() {
      const s = useSignUp({ clientId: 'c', transport });
      // A field of another step, and one that does not exist: props, not an exception.
      expect(s.getFieldProps('code').field.name).toBe('code');
      expect(s.getFieldProps('nickname').label).toBe('Nickname');
      const f = s.getFieldProps('username', { ref, onChange, className: 'mine' });
      return (
        <form {...s.getFormProps()}>
          {/* biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from labelProps */}
          <label {...f.labelProps}>{f.label}</label>
          <input {...f.inputProps} />
        </form>
      );
    }
    const user = userEvent.setup();
    render(<Form />);
    const input = screen.getByLabelText('Username');
    expect(ref.current).toBe(input);
    expect(input).toHaveClass('mine');
    await user.type(input, 'al');
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('parts', () => {
  it('forward refs and respect preventDefault in a caller handler', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const refs = {
      form: createRef<HTMLFormElement>(),
      field: createRef<HTMLDivElement>(),
      input: createRef<HTMLInputElement>(),
      submit: createRef<HTMLButtonElement>(),
    };
    let submits = 0;
    const user = userEvent.setup();
    render(
      <SignUpProvider clientId="c" transport={transport} persist={false}>
        <SignUpForm
          ref={refs.form}
          onSubmit={(event) => {
            // The first submit is the caller's alone; the next one is ours too.
            submits += 1;
            if (submits === 1) event.preventDefault();
          }}
        >
          <Field name="username" ref={refs.field}>
            <Input ref={refs.input} />
          </Field>
          <Field name="password" />
          <Submit ref={refs.submit} />
        </SignUpForm>
      </SignUpProvider>,
    );
    expect(refs.form.current?.tagName).toBe('FORM');
    expect(refs.field.current).toHaveClass('rcs-field');
    expect(refs.submit.current?.tagName).toBe('BUTTON');
    await user.type(refs.input.current as HTMLInputElement, 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(transport.calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    // The composed ref kept react-hook-form's registration: the typed username was sent.
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.request).toMatchObject({ Username: 'alice' });
  });
});
