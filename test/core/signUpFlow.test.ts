import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignUpResponse } from '../../src/core/cognitoOperations.ts';
import {
  createSignUpFlow,
  initialSignUpFlowState,
  type SignUpFlowEvent,
  type SignUpFlowOptions,
  signUpFlowReducer,
} from '../../src/core/index.ts';
import { autoSignIn } from '../../src/sign-in.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';
import { PASSWORD, unconfirmed as signUpAnswer } from '../fixtures/signUp.ts';

const SIGNUP_SESSION = 'signup-session-0123456789';
const CONFIRM_SESSION = 'confirm-session-0123456789';
const unconfirmed: SignUpResponse = { ...signUpAnswer, Session: SIGNUP_SESSION };

/** A fake sessionStorage, as the browser has one. */
function installSessionStorage() {
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
  vi.stubGlobal('window', { sessionStorage: storage });
  return data;
}

function setup(handlers: FakeHandlers = {}, options: Partial<SignUpFlowOptions> = {}) {
  const transport = createFakeTransport({ SignUp: unconfirmed, ...handlers });
  const events: SignUpFlowEvent['type'][] = [];
  const flow = createSignUpFlow({
    clientId: 'client1',
    transport,
    retryDelay: 1,
    persist: false,
    onStateChange: (event) => events.push(event.type),
    ...options,
  });
  return { flow, transport, events, operations: () => transport.calls.map((c) => c.operation) };
}

const input = { username: 'alice', password: PASSWORD };
const cognitoError =
  (type: string, message = 'x') =>
  () =>
    Promise.reject({ __type: type, message });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('signUpFlowReducer', () => {
  it('is pure: the same event on the same state gives equal states, the input untouched', () => {
    const frozen = Object.freeze({ ...initialSignUpFlowState });
    const event: SignUpFlowEvent = {
      type: 'signUpSucceeded',
      username: 'alice',
      response: unconfirmed,
      resendAvailableAt: 30_000,
      now: 0,
    };
    expect(signUpFlowReducer(frozen, event)).toEqual(signUpFlowReducer(frozen, event));
    expect(signUpFlowReducer(frozen, event)).toMatchObject({
      step: 'confirm',
      username: 'alice',
      resendAvailableIn: 30,
    });
    expect(frozen.step).toBe('signUp');
  });

  it('returns the same state for a tick that changes no second', () => {
    const state = { ...initialSignUpFlowState, resendAvailableAt: 10_000, resendAvailableIn: 10 };
    expect(signUpFlowReducer(state, { type: 'tick', now: 100 })).toBe(state);
    expect(signUpFlowReducer(state, { type: 'tick', now: 1_500 }).resendAvailableIn).toBe(9);
  });

  it('says once, as a notice, that a new code may be sent when the cooldown is over', () => {
    const notice = { key: 'status.confirmStep' as const };
    const state = {
      ...initialSignUpFlowState,
      notice,
      resendAvailableAt: 10_000,
      resendAvailableIn: 1,
    };
    expect(signUpFlowReducer(state, { type: 'tick', now: 9_500 }).notice).toBe(notice);
    const over = signUpFlowReducer(state, { type: 'tick', now: 10_000 });
    expect(over).toMatchObject({ resendAvailableIn: 0, notice: { key: 'confirm.resend' } });
    // Said once: the next tick changes nothing.
    expect(signUpFlowReducer(over, { type: 'tick', now: 11_000 })).toBe(over);
  });
});

describe('createSignUpFlow', () => {
  it('runs sign up → confirm → done through named events, with no React', async () => {
    const onConfirmed = vi.fn();
    const { flow, events, operations } = setup(
      { ConfirmSignUp: { Session: CONFIRM_SESSION } },
      { onConfirmed },
    );
    const seen: string[] = [];
    flow.subscribe(() => seen.push(flow.getState().step));
    await flow.signUp(input);
    expect(flow.getState()).toMatchObject({
      step: 'confirm',
      username: 'alice',
      status: 'success',
    });
    await flow.confirm(' 123 456 ');
    expect(flow.getState().step).toBe('done');
    expect(events).toEqual(['started', 'signUpSucceeded', 'started', 'confirmed']);
    expect(seen.at(-1)).toBe('done');
    expect(operations()).toEqual(['SignUp', 'ConfirmSignUp']);
    // Only ConfirmSignUp's Session can sign in; SignUp's is dropped from state once used.
    expect(onConfirmed).toHaveBeenCalledWith({ username: 'alice', session: CONFIRM_SESSION });
    expect(flow.getState().result?.Session).toBeUndefined();
  });

  it('never sends a Session outside 20-2048 characters', async () => {
    const { flow, transport } = setup({ SignUp: { ...unconfirmed, Session: 'short' } });
    await flow.signUp(input);
    await flow.confirm('123456');
    expect(transport.calls[1]?.request).not.toHaveProperty('Session');

    const long = setup({ SignUp: { ...unconfirmed, Session: 'x'.repeat(2049) } });
    await long.flow.signUp(input);
    await long.flow.confirm('123456');
    expect(long.transport.calls[1]?.request).not.toHaveProperty('Session');
  });

  it('shows an error for a field the step does not render at form level', async () => {
    const { flow } = setup({ ConfirmSignUp: cognitoError('UserNotFoundException') });
    await flow.signUp(input);
    await flow.confirm('123456');
    const state = flow.getState();
    expect(state.error?.code).toBe('UserNotFoundException');
    expect(state.error?.field).toBe('username');
    expect(state.errorField).toBeUndefined();
  });

  it('places errors on the fields the sign-up step renders', async () => {
    const { flow } = setup(
      { SignUp: cognitoError('InvalidParameterException', 'Invalid email address format.') },
      { signUpFields: ['username', 'email', 'password'] },
    );
    await flow.signUp(input);
    expect(flow.getState().errorField).toBe('email');
  });

  it.each(['LimitExceededException', 'CodeDeliveryFailureException'])(
    'continues with the account a SignUp answered %s may have created',
    async (code) => {
      let attempts = 0;
      const { flow, operations } = setup({
        SignUp: () => {
          attempts += 1;
          if (attempts === 1) return cognitoError(code)();
          return cognitoError('UsernameExistsException')();
        },
        ResendConfirmationCode: { CodeDeliveryDetails: unconfirmed.CodeDeliveryDetails },
      });
      await flow.signUp(input);
      expect(flow.getState()).toMatchObject({ step: 'signUp', status: 'error' });
      await flow.signUp(input);
      expect(flow.getState()).toMatchObject({ step: 'confirm', username: 'alice' });
      expect(operations()).toEqual(['SignUp', 'SignUp', 'ResendConfirmationCode']);
    },
  );

  it('reaches the confirm step with resend open when the recovered account still gets no code', async () => {
    let attempts = 0;
    const { flow } = setup({
      SignUp: () => {
        attempts += 1;
        return cognitoError(
          attempts === 1 ? 'LimitExceededException' : 'UsernameExistsException',
        )();
      },
      ResendConfirmationCode: cognitoError('LimitExceededException'),
    });
    await flow.signUp(input);
    await flow.signUp(input);
    expect(flow.getState()).toMatchObject({
      step: 'confirm',
      resendAvailableIn: 0,
      status: 'error',
      errorField: undefined,
    });
    expect(flow.getState().error?.code).toBe('LimitExceededException');
  });

  it('is done when a retried ConfirmSignUp hears that the account is already confirmed', async () => {
    const onConfirmed = vi.fn();
    let attempts = 0;
    const { flow } = setup(
      {
        ConfirmSignUp: () => {
          attempts += 1;
          // The first answer is lost; the retry meets the account it confirmed.
          if (attempts === 1) throw Object.assign(new Error('t'), { name: 'TimeoutError' });
          return cognitoError(
            'NotAuthorizedException',
            'User cannot be confirmed. Current status is CONFIRMED',
          )();
        },
      },
      { onConfirmed },
    );
    await flow.signUp(input);
    await flow.confirm('123456');
    expect(flow.getState().error?.code).toBe('TimeoutError');
    await flow.confirm('123456');
    expect(flow.getState()).toMatchObject({ step: 'done', status: 'success', error: undefined });
    expect(onConfirmed).toHaveBeenCalledWith({ username: 'alice', session: undefined });
  });

  it('is done when a resend hears that the account is already confirmed', async () => {
    const { flow } = setup(
      {
        ResendConfirmationCode: cognitoError(
          'InvalidParameterException',
          'User is already confirmed.',
        ),
      },
      { resendCooldown: 0 },
    );
    await flow.signUp(input);
    await flow.resend();
    expect(flow.getState().step).toBe('done');
  });

  it('sends ClientMetadata (static and from fields) with ConfirmSignUp and ResendConfirmationCode', async () => {
    const { flow, transport } = setup({}, { clientMetadata: { app: 'web' }, resendCooldown: 0 });
    await flow.signUp({ ...input, clientMetadata: { app: 'web', referral: 'r1' } });
    await flow.resend();
    await flow.confirm('123456');
    const metadata = transport.calls.map(
      (c) => (c.request as { ClientMetadata?: unknown }).ClientMetadata,
    );
    expect(metadata).toEqual([
      { app: 'web', referral: 'r1' },
      { app: 'web', referral: 'r1' },
      { app: 'web', referral: 'r1' },
    ]);
  });

  it('retries a throttled request twice with backoff, then reports it', async () => {
    const { flow, operations } = setup({ SignUp: cognitoError('TooManyRequestsException') });
    await flow.signUp(input);
    expect(operations()).toEqual(['SignUp', 'SignUp', 'SignUp']);
    expect(flow.getState().error?.code).toBe('TooManyRequestsException');
  });

  it('succeeds when a retry of a throttled request goes through', async () => {
    let attempts = 0;
    const { flow } = setup({
      SignUp: () => {
        attempts += 1;
        return attempts < 3 ? cognitoError('TooManyRequestsException')() : unconfirmed;
      },
    });
    await flow.signUp(input);
    expect(flow.getState().step).toBe('confirm');
  });

  it('does not retry other errors, and stops retrying when aborted', async () => {
    const once = setup({ SignUp: cognitoError('InternalErrorException') });
    await once.flow.signUp(input);
    expect(once.operations()).toEqual(['SignUp']);

    const { flow, operations } = setup(
      { SignUp: cognitoError('TooManyRequestsException') },
      { retryDelay: 60_000 },
    );
    const running = flow.signUp(input);
    await vi.waitFor(() => expect(operations()).toHaveLength(1));
    flow.abort();
    await running;
    expect(operations()).toEqual(['SignUp']);
    expect(flow.getState().status).toBe('idle');
  });

  it('sends nothing from resend during the cooldown, however often it is called', async () => {
    const { flow, operations } = setup({}, { resendCooldown: 30 });
    await flow.signUp(input);
    const { resend } = flow;
    await Promise.all([resend(), resend(), resend(), resend(), resend()]);
    expect(operations()).toEqual(['SignUp']);
  });

  it('runs one request at a time', async () => {
    const { flow, operations } = setup({
      SignUp: () => new Promise((resolve) => setTimeout(() => resolve(unconfirmed), 20)),
    });
    await Promise.all([flow.signUp(input), flow.signUp(input), flow.signUp(input)]);
    expect(operations()).toEqual(['SignUp']);
  });

  it('applies no stale answer after a reset, and lets the next run start at once', async () => {
    const answers: Array<(value: SignUpResponse) => void> = [];
    const { flow, operations } = setup({
      SignUp: () => new Promise<SignUpResponse>((resolve) => answers.push(resolve)),
    });
    const first = flow.signUp(input);
    await vi.waitFor(() => expect(operations()).toHaveLength(1));
    flow.reset();
    const second = flow.signUp({ ...input, username: 'bob' });
    await vi.waitFor(() => expect(operations()).toHaveLength(2));
    // The first answer comes after the reset: it is ignored.
    answers[0]?.(unconfirmed);
    await first;
    expect(flow.getState()).toMatchObject({ step: 'signUp', status: 'submitting' });
    answers[1]?.(unconfirmed);
    await second;
    expect(flow.getState()).toMatchObject({ step: 'confirm', username: 'bob' });
  });

  it("a run's abort touches only its own run: a reset, then another sign-up at once, keeps the second password", async () => {
    const answers: Array<(value: SignUpResponse) => void> = [];
    const autoSignIn = vi.fn(async () => ({}));
    const { flow, operations } = setup(
      { SignUp: () => new Promise<SignUpResponse>((resolve) => answers.push(resolve)) },
      { autoSignIn, persist: true },
    );
    const storage = installSessionStorage();
    const first = flow.signUp(input);
    await vi.waitFor(() => expect(operations()).toHaveLength(1));
    flow.reset();
    const bob = { username: 'bob', password: `${PASSWORD}-bob` };
    const second = flow.signUp(bob);
    await first;
    await vi.waitFor(() => expect(operations()).toHaveLength(2));
    answers[1]?.(unconfirmed);
    await second;
    // The first run left nothing behind: only bob's confirmation is kept for a reload.
    expect([...storage.values()].join()).not.toContain('alice');
    await flow.confirm('123456');
    expect(autoSignIn).toHaveBeenCalledWith(
      expect.objectContaining({ username: 'bob', password: bob.password }),
    );
  });

  it('sends its static ClientMetadata and AnalyticsMetadata with SignUp, confirm and resend alike', async () => {
    const { flow, transport } = setup(
      { ConfirmSignUp: {} },
      { clientMetadata: { source: 'static' }, analyticsEndpointId: 'endpoint-1' },
    );
    await flow.signUp({ ...input, clientMetadata: { plan: 'pro' } });
    await flow.confirm('123456');
    const sent = transport.calls.map(({ operation, request }) => ({
      operation,
      ClientMetadata: (request as { ClientMetadata?: unknown }).ClientMetadata,
      AnalyticsMetadata: (request as { AnalyticsMetadata?: unknown }).AnalyticsMetadata,
    }));
    const both = { source: 'static', plan: 'pro' };
    const analytics = { AnalyticsEndpointId: 'endpoint-1' };
    expect(sent).toEqual([
      { operation: 'SignUp', ClientMetadata: both, AnalyticsMetadata: analytics },
      { operation: 'ConfirmSignUp', ClientMetadata: both, AnalyticsMetadata: analytics },
    ]);
  });

  it('"I already have a code": the confirm step for an existing username, resend open', async () => {
    const { flow, operations } = setup({}, { resendCooldown: 30 });
    flow.startConfirmation('alice');
    expect(flow.getState()).toMatchObject({
      step: 'confirm',
      username: 'alice',
      resendAvailableIn: 0,
    });
    await flow.resend();
    expect(operations()).toEqual(['ResendConfirmationCode']);
  });

  it('refuses to start a confirmation for a username Cognito would refuse', () => {
    const { flow } = setup();
    flow.startConfirmation('');
    expect(flow.getState()).toMatchObject({ step: 'signUp', errorField: 'username' });
    flow.startConfirmation('has space');
    expect(flow.getState().error?.code).toBe('ValidationError');
  });

  it('runs the cooldown clock only while someone listens', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const { flow } = setup({}, { resendCooldown: 3 });
    await flow.signUp(input);
    expect(flow.getState().resendAvailableIn).toBe(3);
    const stop = flow.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(3_100);
    expect(flow.getState().resendAvailableIn).toBe(0);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('createSignUpFlow: persistence', () => {
  beforeEach(() => {
    installSessionStorage();
  });

  it('resumes a stored confirmation, without password or Session in storage', async () => {
    const data = installSessionStorage();
    const { flow } = setup({}, { persist: true });
    await flow.signUp(input);
    const stored = [...data.values()].join('');
    expect(stored).toContain('alice');
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toContain(SIGNUP_SESSION);

    const again = setup({}, { persist: true });
    again.flow.resume();
    expect(again.flow.getState()).toMatchObject({ step: 'confirm', username: 'alice' });
  });

  it('checks what it reads back like input: username limits, destination length, cooldown clamp', () => {
    const data = installSessionStorage();
    const key = 'react-cognito-signup:pending:client1';
    const store = (value: unknown) => data.set(key, JSON.stringify(value));
    const resumed = () => {
      const { flow } = setup({}, { persist: true, resendCooldown: 30 });
      flow.resume();
      return flow.getState();
    };

    store({ username: 'a'.repeat(129) });
    expect(resumed().step).toBe('signUp');
    store({ username: 'has space' });
    expect(resumed().step).toBe('signUp');

    store({ username: 'alice', codeDeliveryDetails: { Destination: 'x'.repeat(100_000) } });
    expect(resumed().codeDeliveryDetails?.Destination).toBeUndefined();

    store({ username: 'alice', resendAvailableAt: Date.now() + 10 * 365 * 86_400_000 });
    expect(resumed().resendAvailableIn).toBeLessThanOrEqual(30);
  });
});

describe('createSignUpFlow: auto sign-in and passwordless sign-up', () => {
  const signedIn = { username: 'alice', tokens: { idToken: 'i', accessToken: 'a' } };

  it('hands autoSignIn the Session ConfirmSignUp returned and the password, once, then ends signedIn', async () => {
    const autoSignIn = vi.fn(async () => ({ signedIn }));
    const onConfirmed = vi.fn();
    const { flow, events } = setup(
      { ConfirmSignUp: { Session: CONFIRM_SESSION } },
      { autoSignIn, onConfirmed },
    );
    await flow.signUp(input);
    await flow.confirm('123456');
    expect(autoSignIn).toHaveBeenCalledTimes(1);
    expect(autoSignIn).toHaveBeenCalledWith(
      expect.objectContaining({ username: 'alice', session: CONFIRM_SESSION, password: PASSWORD }),
    );
    expect(flow.getState()).toMatchObject({ step: 'signedIn', signedIn });
    expect(events.slice(-1)).toEqual(['confirmed']);
    expect(onConfirmed).toHaveBeenCalledWith(
      expect.objectContaining({ username: 'alice', signedIn }),
    );
  });

  it('does not keep the password without autoSignIn, and forgets it after a reset', async () => {
    const autoSignIn = vi.fn(async () => ({ challenge: 'MFA_SETUP' }));
    const { flow } = setup({}, { autoSignIn });
    await flow.signUp(input);
    flow.reset();
    flow.startConfirmation('alice');
    await flow.confirm('123456');
    expect(autoSignIn).toHaveBeenCalledWith(expect.objectContaining({ password: undefined }));
  });

  it('signs in the account an earlier attempt created (recovered), with the password typed', async () => {
    let attempts = 0;
    const autoSignIn = vi.fn(async () => ({ signedIn }));
    const { flow } = setup(
      {
        SignUp: () => {
          attempts += 1;
          return cognitoError(
            attempts === 1 ? 'LimitExceededException' : 'UsernameExistsException',
          )();
        },
        ResendConfirmationCode: { CodeDeliveryDetails: unconfirmed.CodeDeliveryDetails },
      },
      { autoSignIn },
    );
    await flow.signUp(input);
    await flow.signUp(input);
    await flow.confirm('123456');
    expect(autoSignIn).toHaveBeenCalledWith(expect.objectContaining({ password: PASSWORD }));
    expect(flow.getState().step).toBe('signedIn');
  });

  it('ends at done when an auto sign-in of your own throws, its error scrubbed', async () => {
    const onConfirmed = vi.fn();
    const { flow } = setup(
      {},
      {
        autoSignIn: () => Promise.reject(new Error(`could not use ${PASSWORD}`)),
        onConfirmed,
      },
    );
    await flow.signUp(input);
    await flow.confirm('123456');
    expect(flow.getState()).toMatchObject({ step: 'done', error: undefined });
    expect(onConfirmed).toHaveBeenCalledTimes(1);
    const { error } = (onConfirmed.mock.calls[0]?.[0] ?? {}) as { error: Error };
    expect(error).toBeInstanceOf(Error);
    expect(`${error.message} ${String(error.cause)}`).not.toContain(PASSWORD);
  });

  it('ends at done, naming the challenge, when auto sign-in meets one', async () => {
    const onConfirmed = vi.fn();
    const { flow } = setup(
      {},
      { autoSignIn: async () => ({ challenge: 'NEW_PASSWORD_REQUIRED' }), onConfirmed },
    );
    await flow.signUp(input);
    await flow.confirm('123456');
    expect(flow.getState()).toMatchObject({ step: 'done', signedIn: undefined });
    expect(onConfirmed).toHaveBeenCalledWith(
      expect.objectContaining({ challenge: 'NEW_PASSWORD_REQUIRED' }),
    );
  });

  it('signs in with SignUp’s Session when SignUp confirmed the user', async () => {
    const autoSignIn = vi.fn(async () => ({ signedIn }));
    const { flow, events } = setup(
      { SignUp: { ...unconfirmed, UserConfirmed: true } },
      { autoSignIn },
    );
    await flow.signUp(input);
    expect(autoSignIn).toHaveBeenCalledWith(expect.objectContaining({ session: SIGNUP_SESSION }));
    expect(flow.getState().step).toBe('signedIn');
    expect(events).toEqual(['started', 'signUpSucceeded', 'confirmed']);
  });

  it('sends SignUp without Password when passwordless, and calls a refusal a configuration error', async () => {
    const onError = vi.fn();
    const { flow, transport } = setup(
      {
        SignUp: cognitoError(
          'InvalidParameterException',
          'Password is required: this user pool does not allow sign-in with one-time passwords.',
        ),
      },
      { passwordless: true, onError },
    );
    await flow.signUp({ username: 'alice' });
    expect(transport.calls[0]?.request).not.toHaveProperty('Password');
    expect(flow.getState().error?.code).toBe('ConfigurationError');
    expect(flow.getState().errorField).toBeUndefined();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'ConfigurationError' }));
  });
});

describe('autoSignIn (react-cognito-signup/sign-in) before it talks to anyone', () => {
  const base = { username: 'alice', signal: new AbortController().signal };

  it('does nothing, quietly, with neither a Session nor a password (a reload)', async () => {
    const onError = vi.fn();
    const transport = createFakeTransport({});
    const result = await autoSignIn()({ ...base, config: { clientId: 'c', transport, onError } });
    expect(result).toEqual({});
    expect(onError).not.toHaveBeenCalled();
    expect(transport.calls).toHaveLength(0);
  });

  it('refuses a missing userPoolId before the single-use Session is spent', async () => {
    const onError = vi.fn();
    const transport = createFakeTransport({});
    const result = await autoSignIn()({
      ...base,
      session: CONFIRM_SESSION,
      config: { clientId: 'c', transport, onError },
    });
    expect(result).toMatchObject({ error: { code: 'ConfigurationError' } });
    // The flow owns its callbacks: it tells onError of the result (core/signInChecks.test.ts).
    expect(onError).not.toHaveBeenCalled();
    expect(transport.calls).toHaveLength(0);
  });
});
