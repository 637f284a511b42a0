import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SignUpResponse } from '../../src/core/cognitoOperations.ts';
import { phone } from '../../src/phone.ts';
import { type UseSignUpOptions, useSignUp } from '../../src/react/useSignUp.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';
import { PASSWORD, unconfirmed as signUpAnswer } from '../fixtures/signUp.ts';
import { PlainForm } from './PlainForm.tsx';

const unconfirmed: SignUpResponse = { ...signUpAnswer, Session: 'signup-session-0123456789' };
const CONFIRM_SESSION = 'confirm-session-0123456789';

function setup(options: Partial<UseSignUpOptions> = {}, handlers: FakeHandlers = {}) {
  const transport = createFakeTransport({ SignUp: unconfirmed, ...handlers });
  const props: UseSignUpOptions = { clientId: 'client1', transport, ...options };
  const user = userEvent.setup();
  const view = render(<PlainForm {...props} />);
  return { transport, user, props, ...view };
}

async function fillBasics(user: ReturnType<typeof userEvent.setup>, username = 'alice') {
  await user.type(screen.getByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), PASSWORD);
}

/** A promise the test resolves by hand, to hold a request open. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('useSignUp: the request', () => {
  it('sends every SignUp field, sorted into attributes, ClientMetadata and ValidationData', async () => {
    const { user, transport } = setup({
      userPoolId: 'us-east-1_Pool',
      fields: [
        'email',
        'given_name',
        {
          name: 'custom:plan',
          kind: 'select',
          options: [{ value: 'free' }, { value: 'pro' }],
          required: true,
        },
        { name: 'custom:seats', kind: 'number', min: 1, max: 50 },
        { name: 'custom:newsletter', kind: 'checkbox' },
        { name: 'referral', label: 'Referral code', destination: 'clientMetadata' },
        {
          name: 'terms',
          label: 'I accept the terms',
          kind: 'checkbox',
          destination: 'validationData',
          required: true,
        },
      ],
      clientMetadata: { source: 'landing' },
      validationData: { app: 'web' },
      analyticsEndpointId: 'pinpoint-1',
      getSecretHash: (username) => `secret${username}=`,
      userContextData: () => 'encoded',
    });
    await fillBasics(user);
    await user.type(screen.getByLabelText('Email'), 'alice@example.com');
    await user.type(screen.getByLabelText('First name'), 'Alice');
    await user.selectOptions(screen.getByLabelText('Plan'), 'pro');
    await user.type(screen.getByLabelText('Seats'), '3');
    await user.type(screen.getByLabelText('Referral code'), 'FRIEND42');
    await user.click(screen.getByLabelText('I accept the terms'));
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]).toEqual({
      operation: 'SignUp',
      request: {
        ClientId: 'client1',
        SecretHash: 'secretalice=',
        Username: 'alice',
        Password: PASSWORD,
        UserAttributes: [
          { Name: 'email', Value: 'alice@example.com' },
          { Name: 'given_name', Value: 'Alice' },
          { Name: 'custom:plan', Value: 'pro' },
          { Name: 'custom:seats', Value: '3' },
          { Name: 'custom:newsletter', Value: 'false' },
        ],
        ValidationData: [
          { Name: 'app', Value: 'web' },
          { Name: 'terms', Value: 'true' },
        ],
        AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-1' },
        UserContextData: { EncodedData: 'encoded' },
        ClientMetadata: { source: 'landing', referral: 'FRIEND42' },
      },
    });
  });

  it('uses the email as username and as the email attribute in email mode', async () => {
    const { user, transport } = setup({ usernameMode: 'email', fields: ['email', 'name'] });
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveAttribute('autocomplete', 'email');
    // `email` is the username: no second email field.
    expect(screen.getAllByLabelText('Email')).toHaveLength(1);
    await user.type(input, 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.request).toMatchObject({
      Username: 'ada@example.com',
      UserAttributes: [{ Name: 'email', Value: 'ada@example.com' }],
    });
  });

  it('validates a phone number as username with libphonenumber-js', async () => {
    const { user, transport } = setup({ usernameMode: 'phone_number', phone });
    const input = screen.getByLabelText('Phone number');
    expect(input).toHaveAttribute('type', 'tel');
    await user.type(input, '+15550000000');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByText(/phone number with its country code/)).toBeInTheDocument();
    expect(transport.calls).toHaveLength(0);
    await user.clear(input);
    await user.type(input, '+12015550123');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.request).toMatchObject({
      Username: '+12015550123',
      UserAttributes: [{ Name: 'phone_number', Value: '+12015550123' }],
    });
  });

  it('adds preferred_username when asked', async () => {
    const { user, transport } = setup({ preferredUsername: true });
    await fillBasics(user);
    await user.type(screen.getByLabelText('Preferred username'), 'Ali');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.request).toMatchObject({
      UserAttributes: [{ Name: 'preferred_username', Value: 'Ali' }],
    });
  });

  it('sends nothing on mount or while typing', async () => {
    const { user, transport } = setup({ fields: ['email'] });
    await fillBasics(user);
    await user.type(screen.getByLabelText('Email'), 'x@example.com');
    expect(transport.calls).toHaveLength(0);
  });
});

describe('useSignUp: validation', () => {
  it('refuses invalid values with no request and focuses the first invalid field', async () => {
    const { user, transport } = setup({
      fields: ['email', 'birthdate', { name: 'custom:code', pattern: '[A-Z]{3}' }],
      confirmPassword: true,
    });
    await user.type(screen.getByLabelText('Username'), 'has space');
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.type(screen.getByLabelText('Code'), 'abc');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.type(screen.getByLabelText('Confirm password'), 'other');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveFocus());
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText("Usernames can't contain spaces.")).toBeInTheDocument();
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeInTheDocument();
    expect(screen.getByText('This value is not accepted.')).toBeInTheDocument();
    expect(screen.getByText('The password does not meet every requirement.')).toBeInTheDocument();
    expect(screen.getByText('The passwords do not match.')).toBeInTheDocument();
    expect(screen.getByLabelText('Date of birth')).toHaveAttribute('aria-invalid', 'false');
    expect(transport.calls).toHaveLength(0);
  });

  it('checks what the user typed against the service limits in production builds too', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const { user, transport } = setup({ fields: [{ name: 'custom:note', maxLength: 5000 }] });
      await fillBasics(user, 'has space');
      await user.click(screen.getByLabelText('Note'));
      await user.paste('x'.repeat(2049));
      await user.click(screen.getByRole('button', { name: 'Sign up' }));
      await waitFor(() =>
        expect(screen.getByText("Usernames can't contain spaces.")).toBeInTheDocument(),
      );
      expect(screen.getByText('Use at most 2,048 characters.')).toBeInTheDocument();
      expect(transport.calls).toHaveLength(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('applies the custom attribute rules: number bounds, select choices, required checkbox', async () => {
    const { user, transport } = setup({
      fields: [
        { name: 'custom:seats', kind: 'number', min: 1, max: 50, label: 'Seats' },
        {
          name: 'custom:plan',
          kind: 'select',
          options: [{ value: 'pro' }],
          required: true,
          label: 'Plan',
        },
        { name: 'custom:agree', kind: 'checkbox', required: true, label: 'Agree' },
      ],
    });
    await fillBasics(user);
    await user.type(screen.getByLabelText('Seats'), '0');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByText('Enter 1 or more.')).toBeInTheDocument();
    expect(screen.getAllByText('This field is required.')).toHaveLength(2);
    await user.clear(screen.getByLabelText('Seats'));
    await user.type(screen.getByLabelText('Seats'), '51');
    expect(await screen.findByText('Enter 50 or less.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Seats'));
    await user.type(screen.getByLabelText('Seats'), '12');
    await user.selectOptions(screen.getByLabelText('Plan'), 'pro');
    await user.click(screen.getByLabelText('Agree'));
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.request).toMatchObject({
      UserAttributes: [
        { Name: 'custom:seats', Value: '12' },
        { Name: 'custom:plan', Value: 'pro' },
        { Name: 'custom:agree', Value: 'true' },
      ],
    });
  });

  it('joins hint and error ids in aria-describedby only while they are shown', async () => {
    const { user } = setup({
      fields: [{ name: 'email', hint: 'We never share it.', required: true }],
    });
    const email = screen.getByLabelText('Email');
    const hintId = screen.getByText('We never share it.').id;
    expect(email).toHaveAttribute('aria-describedby', hintId);
    expect(email).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    const error = await screen.findAllByText('This field is required.');
    expect(email.getAttribute('aria-describedby')?.split(' ')).toEqual([
      hintId,
      expect.stringMatching(/-error$/),
    ]);
    expect(error.length).toBeGreaterThan(0);
    await user.type(email, 'a@example.com');
    await waitFor(() => expect(email).toHaveAttribute('aria-describedby', hintId));
    expect(email).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows the password checklist live while typing', async () => {
    const { user } = setup();
    const items = () => screen.getAllByRole('listitem').map((li) => li.getAttribute('data-met'));
    expect(items()).toEqual(['false', 'false', 'false', 'false', 'false']);
    await user.type(screen.getByLabelText('Password'), 'abcD');
    expect(items()).toEqual(['false', 'true', 'true', 'false', 'false']);
    await user.type(screen.getByLabelText('Password'), '1!xyz');
    expect(items()).toEqual(['true', 'true', 'true', 'true', 'true']);
  });

  it('follows a custom password policy', async () => {
    setup({ passwordPolicy: { minLength: 12, requireSymbols: false, requireUppercase: false } });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'At least 12 characters',
      'A lowercase letter',
      'A number',
    ]);
  });
});

describe('useSignUp: steps', () => {
  it('goes to confirm, then done, clearing the password and calling back', async () => {
    const onSignUp = vi.fn();
    const onConfirmed = vi.fn();
    const { user, transport } = setup(
      { onSignUp, onConfirmed },
      { ConfirmSignUp: { Session: CONFIRM_SESSION } },
    );
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    const code = await screen.findByLabelText('Confirmation code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    // Headless too: focus moves to the code input, whatever markup renders it.
    await waitFor(() => expect(code).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Check your messages');
    expect(onSignUp).toHaveBeenCalledWith({ ...unconfirmed, username: 'alice' });
    await user.type(code, ' 123 456 ');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Done: alice')).toBeInTheDocument();
    expect(transport.calls[1]).toEqual({
      operation: 'ConfirmSignUp',
      request: {
        ClientId: 'client1',
        Username: 'alice',
        ConfirmationCode: '123456',
        Session: 'signup-session-0123456789',
      },
    });
    // Only ConfirmSignUp's Session can sign in: SignUp's is spent by then.
    expect(onConfirmed).toHaveBeenCalledWith({ username: 'alice', session: CONFIRM_SESSION });
  });

  it('goes straight to done when Cognito confirmed the user', async () => {
    const onConfirmed = vi.fn();
    const { user } = setup({ onConfirmed }, { SignUp: { UserConfirmed: true, UserSub: 's' } });
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByText('Done: alice')).toBeInTheDocument();
    expect(onConfirmed).toHaveBeenCalledWith({ username: 'alice', session: undefined });
  });

  it('clears the password after a successful sign-up and keeps the rest', async () => {
    const { result } = renderHook(() =>
      useSignUp({
        clientId: 'c',
        transport: createFakeTransport({ SignUp: unconfirmed }),
        confirmPassword: true,
      }),
    );
    act(() => {
      result.current.form.setValue('username', 'alice');
      result.current.form.setValue('password', PASSWORD);
      result.current.form.setValue('confirmPassword', PASSWORD);
    });
    await act(() => result.current.submit());
    await waitFor(() => expect(result.current.step).toBe('confirm'));
    expect(result.current.form.getValues()).toMatchObject({
      username: 'alice',
      password: '',
      confirmPassword: '',
    });
    expect(result.current.result).toEqual(unconfirmed);
    expect(result.current.codeDeliveryDetails).toEqual(unconfirmed.CodeDeliveryDetails);
  });

  it('reset() returns to an empty sign-up form and forgets the pending confirmation', async () => {
    const { user } = setup();
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByLabelText('Confirmation code');
    expect(sessionStorage.length).toBe(1);
    const { result } = renderHook(() =>
      useSignUp({ clientId: 'client1', transport: createFakeTransport() }),
    );
    expect(result.current.step).toBe('confirm');
    act(() => result.current.reset());
    expect(result.current.step).toBe('signUp');
    expect(sessionStorage.length).toBe(0);
  });
});

describe('useSignUp: server errors', () => {
  const reject =
    (code: string, message = 'server words') =>
    () => {
      throw { __type: code, message };
    };

  it('puts UsernameExistsException on the username and focuses it', async () => {
    const { user } = setup({}, { SignUp: reject('UsernameExistsException') });
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(
      await screen.findByText('An account with this username already exists.'),
    ).toBeInTheDocument();
    const username = screen.getByLabelText('Username');
    expect(username).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(username).toHaveFocus());
    expect(username).toHaveValue('alice');
  });

  it('puts InvalidPasswordException on the password', async () => {
    const { user } = setup({}, { SignUp: reject('InvalidPasswordException') });
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(
      await screen.findByText('This password does not meet the requirements.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus());
  });

  it("shows the PreSignUp Lambda's message in the status region, as text", async () => {
    const onError = vi.fn();
    const { user } = setup(
      { onError },
      {
        SignUp: reject(
          'UserLambdaValidationException',
          'PreSignUp failed with error <b>Closed</b> for now.',
        ),
      },
    );
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('<b>Closed</b> for now'),
    );
    expect(screen.getByRole('status').querySelector('b')).toBeNull();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'UserLambdaValidationException' }),
    );
    expect(screen.getByLabelText('Username')).toHaveValue('alice');
    expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);
  });

  it('puts CodeMismatchException on the code field', async () => {
    const { user } = setup({}, { ConfirmSignUp: reject('CodeMismatchException') });
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await user.type(await screen.findByLabelText('Confirmation code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(
      await screen.findByText('That code is not right. Check it and try again.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Confirmation code')).toHaveFocus());
  });

  it('keeps everything typed after a network error and lets the user retry', async () => {
    let fail = true;
    const { user, transport } = setup(
      { fields: ['email'] },
      {
        SignUp: () => {
          if (fail) throw Object.assign(new Error('Network error'), { code: 'NetworkError' });
          return unconfirmed;
        },
      },
    );
    await fillBasics(user);
    await user.type(screen.getByLabelText('Email'), 'a@example.com');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('could not reach the server'),
    );
    expect(screen.getByLabelText('Username')).toHaveValue('alice');
    expect(screen.getByLabelText('Email')).toHaveValue('a@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByLabelText('Confirmation code')).toBeInTheDocument();
    expect(transport.calls).toHaveLength(2);
  });

  it('refuses a client secret with a configuration error and no request', async () => {
    const onError = vi.fn();
    const { user, transport } = setup({
      onError,
      clientSecret: 'shh',
    } as unknown as UseSignUpOptions);
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'ConfigurationError' })),
    );
    expect(transport.calls).toHaveLength(0);
  });

  it('reports a field configuration mistake without crashing', async () => {
    const onError = vi.fn();
    const { user, transport } = setup({ onError, fields: ['referral' as never] });
    expect(screen.getByRole('status')).toHaveTextContent('not set up correctly');
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls[0]?.[0].message).toMatch(/clientMetadata/);
    expect(transport.calls).toHaveLength(0);
  });
});

describe('useSignUp: one request per submit', () => {
  it('sends one SignUp however often the button is clicked or Enter pressed', async () => {
    const pending = deferred<SignUpResponse>();
    const { user, transport } = setup({}, { SignUp: () => pending.promise });
    await fillBasics(user);
    const button = screen.getByRole('button', { name: 'Sign up' });
    await user.dblClick(button);
    await user.click(button);
    await user.type(screen.getByLabelText('Password'), '{Enter}{Enter}{Enter}');
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-disabled', 'true');
    await act(async () => pending.resolve(unconfirmed));
    await screen.findByLabelText('Confirmation code');
    expect(transport.calls).toHaveLength(1);
  });
});

describe('useSignUp: unmount', () => {
  it('aborts the request in flight and updates nothing afterwards', async () => {
    const errors = vi.spyOn(console, 'error');
    let signal: AbortSignal | undefined;
    const pending = deferred<SignUpResponse>();
    const onSignUp = vi.fn();
    const onError = vi.fn();
    const { user, unmount } = setup(
      { onSignUp, onError },
      {
        SignUp: (_request, options) => {
          signal = options.signal;
          return pending.promise;
        },
      },
    );
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(signal).toBeDefined());
    unmount();
    expect(signal?.aborted).toBe(true);
    await act(async () => pending.resolve(unconfirmed));
    expect(onSignUp).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('useSignUp: resend', () => {
  it('waits for the cooldown, then sends a new code and restarts the cooldown', async () => {
    const { user, transport } = setup(
      { resendCooldown: 1 },
      {
        ResendConfirmationCode: {
          CodeDeliveryDetails: {
            Destination: '+*******0123',
            DeliveryMedium: 'SMS',
            AttributeName: 'phone_number',
          },
        },
      },
    );
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    const resend = await screen.findByRole('button', { name: /Resend in 1/ });
    expect(resend).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Resend' })).toBeEnabled(), {
      timeout: 3000,
    });
    await user.click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'A new code is on its way to +*******0123',
      ),
    );
    expect(transport.calls.map((c) => c.operation)).toEqual(['SignUp', 'ResendConfirmationCode']);
    expect(screen.getByRole('button', { name: /Resend in/ })).toBeDisabled();
  });

  it('ignores resend() during the cooldown', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const { result } = renderHook(() =>
      useSignUp({ clientId: 'c', transport, resendCooldown: 60 }),
    );
    act(() => {
      result.current.form.setValue('username', 'alice');
      result.current.form.setValue('password', PASSWORD);
    });
    await act(() => result.current.submit());
    await waitFor(() => expect(result.current.step).toBe('confirm'));
    expect(result.current.resendAvailableIn).toBe(60);
    await act(() => result.current.resend());
    expect(transport.calls.map((c) => c.operation)).toEqual(['SignUp']);
  });
});

describe('useSignUp: reload', () => {
  it('resumes at the confirm step from sessionStorage, which holds no password', async () => {
    const { user, unmount } = setup({ fields: ['email'] });
    await fillBasics(user);
    await user.type(screen.getByLabelText('Email'), 'a@example.com');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByLabelText('Confirmation code');
    unmount();
    const stored = Object.values({ ...sessionStorage }).join('');
    expect(stored).toContain('alice');
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toContain(unconfirmed.Session);
    expect(localStorage.length).toBe(0);

    const transport = createFakeTransport({ ConfirmSignUp: {} });
    const again = userEvent.setup();
    render(<PlainForm clientId="client1" transport={transport} />);
    const code = screen.getByLabelText('Confirmation code');
    await again.type(code, '123456');
    await again.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Done: alice')).toBeInTheDocument();
    expect(transport.calls[0]?.request).toMatchObject({
      Username: 'alice',
      ConfirmationCode: '123456',
    });
    expect(sessionStorage.length).toBe(0);
  });

  it('ignores a corrupt stored state', () => {
    sessionStorage.setItem('react-cognito-signup:pending:client1', '{not json');
    setup();
    expect(screen.getByLabelText('Username')).toBeInTheDocument();
    sessionStorage.setItem(
      'react-cognito-signup:pending:client1',
      JSON.stringify({ username: 42 }),
    );
    render(<PlainForm clientId="client1" transport={createFakeTransport()} />);
    expect(screen.getAllByLabelText('Username')).toHaveLength(2);
  });

  it('does not persist when persist is false', async () => {
    const { user } = setup({ persist: false });
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByLabelText('Confirmation code');
    expect(sessionStorage.length).toBe(0);
  });
});

describe('useSignUp: reactive options', () => {
  it('uses the options of the latest render for the next request', async () => {
    const first = createFakeTransport({ SignUp: unconfirmed });
    const second = createFakeTransport({ SignUp: unconfirmed });
    const user = userEvent.setup();
    const { rerender } = render(
      <PlainForm clientId="client1" transport={first} clientMetadata={{ v: '1' }} />,
    );
    await fillBasics(user);
    rerender(
      <PlainForm
        clientId="client2"
        transport={second}
        clientMetadata={{ v: '2' }}
        fields={[{ name: 'custom:team', label: 'Team' }]}
        messages={{ 'field.username.label': 'Handle' }}
      />,
    );
    expect(screen.getByLabelText('Handle')).toHaveValue('alice');
    await user.type(screen.getByLabelText('Team'), 'blue');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(second.calls).toHaveLength(1));
    expect(first.calls).toHaveLength(0);
    expect(second.calls[0]?.request).toMatchObject({
      ClientId: 'client2',
      ClientMetadata: { v: '2' },
      UserAttributes: [{ Name: 'custom:team', Value: 'blue' }],
    });
  });

  it('applies a new password policy after mount', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    const user = userEvent.setup();
    const { rerender } = render(<PlainForm clientId="c" transport={transport} />);
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'simplepassword');
    rerender(
      <PlainForm
        clientId="c"
        transport={transport}
        passwordPolicy={{ requireNumbers: false, requireSymbols: false, requireUppercase: false }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
  });
});

describe('useSignUp: retry after an unknown outcome', () => {
  it('continues with the account the lost request created instead of failing on UsernameExists', async () => {
    let attempts = 0;
    const { user, transport } = setup(
      {},
      {
        SignUp: () => {
          attempts += 1;
          // The first request reached Cognito, but its answer never came back.
          if (attempts === 1) throw Object.assign(new Error('t'), { name: 'TimeoutError' });
          throw { __type: 'UsernameExistsException', message: 'User already exists' };
        },
        ResendConfirmationCode: { CodeDeliveryDetails: unconfirmed.CodeDeliveryDetails },
      },
    );
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('took too long'));
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByLabelText('Confirmation code')).toBeInTheDocument();
    expect(transport.calls.map((c) => c.operation)).toEqual([
      'SignUp',
      'SignUp',
      'ResendConfirmationCode',
    ]);
  });

  it('reports UsernameExists as usual when nothing was uncertain', async () => {
    const { user, transport } = setup(
      {},
      { SignUp: () => Promise.reject({ __type: 'UsernameExistsException', message: 'exists' }) },
    );
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(
      await screen.findByText('An account with this username already exists.'),
    ).toBeInTheDocument();
    expect(transport.calls.map((c) => c.operation)).toEqual(['SignUp']);
  });

  it('reports UsernameExists when the existing account is not an unconfirmed one', async () => {
    let attempts = 0;
    const { user } = setup(
      {},
      {
        SignUp: () => {
          attempts += 1;
          if (attempts === 1)
            throw Object.assign(new Error('Network error'), { code: 'NetworkError' });
          throw { __type: 'UsernameExistsException', message: 'exists' };
        },
        ResendConfirmationCode: () =>
          Promise.reject({ __type: 'InvalidParameterException', message: 'confirmed' }),
      },
    );
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('could not reach'));
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(
      await screen.findByText('An account with this username already exists.'),
    ).toBeInTheDocument();
  });
});
