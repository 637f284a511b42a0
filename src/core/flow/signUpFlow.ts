import type { SignUpResponse } from '../cognitoOperations.js';
import {
  configurationError,
  normalizeCognitoError,
  SignUpError,
  validationError,
} from '../errors/index.js';
import {
  confirmSignUp,
  LIMITS,
  limitProblem,
  resendConfirmationCode,
  type SignUpInput,
  signUp,
} from '../wire/index.js';
import {
  clearPendingConfirmation,
  loadPendingConfirmation,
  type PendingConfirmation,
  savePendingConfirmation,
} from './confirmationState.js';
import type {
  BeforeSignUpResult,
  SignedIn,
  SignUpFlow,
  SignUpFlowOptions,
} from './signUpFlow.types.js';
import {
  type FlowOperation,
  initialSignUpFlowState,
  type SignUpFlowEvent,
  signUpFlowReducer,
} from './signUpFlowReducer.js';
import { isAlreadyConfirmed, NOT_SENT, retryThrottled, UNKNOWN_OUTCOME } from './signUpOutcomes.js';

/** `value` when it is a Session Cognito would accept (20-2048 characters), else `undefined`. */
function validSession(value: string | undefined): string | undefined {
  return value && !limitProblem(value, LIMITS.session) ? value : undefined;
}

/**
 * Creates the flow. Every transition goes through a pure reducer as a named event; the flow
 * owns the side effects: one request at a time, abort, persistence, the resend cooldown,
 * retries of throttled requests, recovery after an unknown outcome, and where errors show.
 */
export function createSignUpFlow(initialOptions: SignUpFlowOptions): SignUpFlow {
  let options = initialOptions;
  let state = initialSignUpFlowState;
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  /** The request in flight: only its own answer may change state. */
  let running: AbortController | undefined;
  /** The username of a SignUp whose outcome is unknown. */
  let uncertain: string | undefined;
  /** ClientMetadata of the SignUp (from fields and `beforeSignUp`), sent again with confirm and resend. */
  let signUpClientMetadata: Record<string, string> | undefined;
  /**
   * The password typed (in memory only, and only with autoSignIn) with the username it was typed
   * for: only that username signs in with it. A failed SignUp, "I already have a code" for
   * another username, a reset or the sign-in itself drop it.
   */
  let typedPassword: { username: string; password?: string } | undefined;
  /** A sign-up's Session handed over by the tab that signed up (a confirmation link's page). */
  let handedSession: string | undefined;
  /** The username left at the confirm step by "Start over": it exists, unconfirmed. */
  let leftUnconfirmed: { username: string; destination?: string } | undefined;

  const cooldownMs = () => (options.resendCooldown ?? 30) * 1000;

  function syncClock() {
    const wanted = listeners.size > 0 && state.resendAvailableIn > 0;
    if (wanted && !timer) {
      timer = setInterval(() => dispatch({ type: 'tick', now: Date.now() }), 250);
    } else if (!wanted && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  }

  function dispatch(event: SignUpFlowEvent) {
    const next = signUpFlowReducer(state, event);
    if (next === state) return;
    state = next;
    syncClock();
    options.onStateChange?.(event, state);
    for (const listener of listeners) listener();
  }

  /** Where `error` shows on the current step: one of its fields, or form level. */
  function placement(error: SignUpError): string | undefined {
    const field = error.field && error.field === options.usernameMode ? 'username' : error.field;
    const rendered =
      state.step === 'signUp'
        ? (options.signUpFields ?? ['username', 'password'])
        : state.step === 'confirm'
          ? ['code']
          : [];
    return field && rendered.includes(field) ? field : undefined;
  }

  function fail(error: SignUpError) {
    dispatch({ type: 'failed', error, field: placement(error) });
    options.onError?.(error);
  }

  function remember(pending: PendingConfirmation) {
    if (options.persist ?? true) savePendingConfirmation(options.clientId, pending);
  }

  /**
   * What every request of `username` carries: the static ClientMetadata (the flow owns it) under
   * the sign-up's own, and the AnalyticsMetadata endpoint.
   */
  function requestContext(username: string, ownClientMetadata = signUpClientMetadata) {
    const clientMetadata = { ...options.clientMetadata, ...ownClientMetadata };
    return {
      username,
      clientMetadata: Object.keys(clientMetadata).length ? clientMetadata : undefined,
      analyticsEndpointId: options.analyticsEndpointId,
    };
  }

  /**
   * Runs one request. `work` returns what to apply when it succeeds; nothing applies once
   * another run (or a reset) has taken over, or after an abort.
   */
  async function runExclusively(
    operation: FlowOperation,
    work: (signal: AbortSignal) => Promise<(() => void) | undefined>,
    /** Scrubbed from any error, whoever threw it (a `beforeSignUp` of the app's too). */
    secrets?: Array<string | undefined>,
  ): Promise<void> {
    if (running) return;
    const run = new AbortController();
    running = run;
    dispatch({ type: 'started', operation });
    try {
      const apply = await work(run.signal);
      if (running === run && !run.signal.aborted) apply?.();
    } catch (raw) {
      if (running !== run) return;
      if (run.signal.aborted) dispatch({ type: 'aborted' });
      else fail(normalizeCognitoError(raw, { operation, secrets }));
    } finally {
      if (running === run) running = undefined;
    }
  }

  /** The confirm step after a SignUp whose account exists: recovered, with or without a new code. */
  async function recover(username: string, signal: AbortSignal) {
    const now = Date.now();
    try {
      const answer = await resendConfirmationCode(options, requestContext(username), { signal });
      remember({
        username,
        codeDeliveryDetails: answer.CodeDeliveryDetails,
        resendAvailableAt: now + cooldownMs(),
      });
      return () =>
        dispatch({
          type: 'recovered',
          username,
          codeDeliveryDetails: answer.CodeDeliveryDetails,
          resendAvailableAt: now + cooldownMs(),
          now,
        });
    } catch (raw) {
      const error = raw as SignUpError;
      if (!NOT_SENT.has(error.code)) return undefined;
      // The account is there and unconfirmed, but no code went out: confirm, with resend open.
      remember({ username });
      return () => {
        dispatch({ type: 'recovered', username, resendAvailableAt: 0, now });
        fail(error);
      };
    }
  }

  function abort() {
    const run = running;
    running = undefined;
    run?.abort();
    if (run) dispatch({ type: 'aborted' });
    // The signed-in step's passkey goes with its form (unmount, Start over, reset).
    state.signedIn?.passkey?.abort();
  }

  /**
   * The account is confirmed: signs in first when asked to (within the run), then returns what
   * to apply. Auto sign-in never throws: a failed one ends at done (the user can sign in).
   */
  async function finish(username: string, session: string | undefined, signal: AbortSignal) {
    const { clientMetadata } = requestContext(username);
    const password = typedPassword?.username === username ? typedPassword.password : undefined;
    // An aborted run leaves the flow's memory to the run that took over.
    if (signal.aborted) return undefined;
    typedPassword = undefined;
    // Confirmed: nothing to resume any more, even if the page goes away during sign-in.
    clearPendingConfirmation(options.clientId);
    // The account is confirmed whatever sign-in does: a sign-in that throws ends at done too.
    const result =
      (await options
        .autoSignIn?.({
          config: options,
          username,
          session,
          password,
          clientMetadata,
          signal,
        })
        .catch((error: unknown) => ({
          error: normalizeCognitoError(error, { secrets: [password, session] }),
        }))) ?? {};
    const { signedIn, error } = result as { signedIn?: SignedIn; error?: SignUpError };
    return () => {
      dispatch({ type: 'confirmed', signedIn });
      if (signedIn) options.onSignedIn?.(signedIn);
      if (error) options.onError?.(error);
      options.onConfirmed?.({ username, session, ...result });
    };
  }

  /** SignUp, with what `beforeSignUp` adds; returns what to apply (see {@link runExclusively}). */
  async function runSignUp(input: SignUpInput, signal: AbortSignal) {
    // The static ClientMetadata and AnalyticsMetadata go with SignUp too (the flow owns them).
    const context = requestContext(input.username, input.clientMetadata);
    input = {
      ...input,
      clientMetadata: context.clientMetadata,
      analyticsEndpointId: input.analyticsEndpointId ?? context.analyticsEndpointId,
    };
    // `void` is what a hook that adds nothing returns: read as "nothing".
    const extra = (await options.beforeSignUp?.(input, { signal })) as
      | BeforeSignUpResult
      | undefined;
    if (extra?.cancel) {
      const message = extra.cancel;
      throw new SignUpError({ code: 'SignUpCancelled', message, values: { message } });
    }
    if (extra) {
      input = {
        ...input,
        clientMetadata: { ...input.clientMetadata, ...extra.clientMetadata },
        validationData: { ...input.validationData, ...extra.validationData },
      };
    }
    // A reset while `beforeSignUp` ran: this run is over, and the next one owns `typedPassword`.
    if (signal.aborted) return undefined;
    // Kept from submit to the sign-in after confirmation (the recovered account's too).
    typedPassword = { username: input.username, password: options.autoSignIn && input.password };
    let answer: SignUpResponse;
    try {
      answer = await retryThrottled(
        () => signUp(options, input, { signal }),
        signal,
        options.retryDelay,
      );
    } catch (raw) {
      // Aborted (a reset, an unmount): the run that took over owns the flow's memory now.
      if (signal.aborted) throw raw;
      const error = raw as SignUpError;
      if (error.code === 'UsernameExistsException' && uncertain === input.username) {
        // Our earlier attempt did create the account: go on with its confirmation.
        signUpClientMetadata = input.clientMetadata;
        const recovered = await recover(input.username, signal);
        if (recovered) {
          uncertain = undefined;
          return recovered;
        }
      }
      if (UNKNOWN_OUTCOME.has(error.code)) uncertain = input.username;
      // Not signed up: the password typed signs no one in (not another username later).
      typedPassword = undefined;
      if (
        error.code === 'UsernameExistsException' &&
        leftUnconfirmed?.username === input.username
      ) {
        // Not a dead end, and the truth: the account waits for the code already sent, to the
        // address it was sent to (a resend goes there too); another username signs up anew.
        // The error is the flow's own, fresh from normalization: only its words change.
        const destination = leftUnconfirmed.destination;
        Object.assign(error, {
          messageKey: `error.UsernameExistsException.unconfirmed${destination ? 'To' : ''}`,
          values: { ...error.values, username: input.username, destination: destination ?? '' },
        });
      }
      // A pool that requires passwords refuses a passwordless sign-up: a setup mistake.
      if (options.passwordless && error.field === 'password') {
        throw configurationError(
          process.env.NODE_ENV === 'production'
            ? 'passwordless'
            : 'This user pool refuses sign-up without a password: allow EMAIL_OTP or SMS_OTP in its sign-in (SignInPolicy.AllowedFirstAuthFactors), or leave passwordless off.',
        );
      }
      throw error;
    }
    if (signal.aborted) return undefined;
    uncertain = undefined;
    signUpClientMetadata = input.clientMetadata;
    const now = Date.now();
    const resendAvailableAt = now + cooldownMs();
    let signIn: (() => void) | undefined;
    if (answer.UserConfirmed) {
      signIn = await finish(input.username, validSession(answer.Session), signal);
    } else {
      remember({
        username: input.username,
        codeDeliveryDetails: answer.CodeDeliveryDetails,
        resendAvailableAt,
      });
    }
    return () => {
      const { username } = input;
      dispatch({ type: 'signUpSucceeded', username, response: answer, resendAvailableAt, now });
      options.onSignUp?.({ ...answer, username });
      signIn?.();
    };
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      syncClock();
      return () => {
        listeners.delete(listener);
        syncClock();
      };
    },
    setOptions(next) {
      options = next;
    },
    fail,

    signUp(input) {
      if (state.step !== 'signUp') return Promise.resolve();
      // The password is scrubbed from any error, a `beforeSignUp`'s own too.
      return runExclusively('SignUp', (signal) => runSignUp(input, signal), [input.password]);
    },

    confirm(code) {
      const { username, step, result } = state;
      if (step !== 'confirm' || !username) return Promise.resolve();
      return runExclusively('ConfirmSignUp', async (signal) => {
        const input = {
          ...requestContext(username),
          code: code.replace(/\s+/g, ''),
          session: validSession(result?.Session ?? handedSession),
        };
        let session: string | undefined;
        try {
          const answer = await retryThrottled(
            () => confirmSignUp(options, input, { signal }),
            signal,
            options.retryDelay,
          );
          session = validSession(answer.Session);
        } catch (raw) {
          // An earlier attempt whose answer was lost confirmed the account.
          if (!isAlreadyConfirmed(raw as SignUpError)) throw raw;
        }
        return finish(username, session, signal);
      });
    },

    resend() {
      const { username, step } = state;
      if (step !== 'confirm' || !username || Date.now() < state.resendAvailableAt) {
        return Promise.resolve();
      }
      return runExclusively('ResendConfirmationCode', async (signal) => {
        try {
          const answer = await retryThrottled(
            () => resendConfirmationCode(options, requestContext(username), { signal }),
            signal,
            options.retryDelay,
          );
          const now = Date.now();
          const resendAvailableAt = now + cooldownMs();
          const details = answer.CodeDeliveryDetails ?? state.codeDeliveryDetails;
          remember({ username, codeDeliveryDetails: details, resendAvailableAt });
          return () =>
            dispatch({ type: 'resent', codeDeliveryDetails: details, resendAvailableAt, now });
        } catch (raw) {
          if (isAlreadyConfirmed(raw as SignUpError)) return finish(username, undefined, signal);
          throw raw;
        }
      });
    },

    startConfirmation(username, session) {
      if (running || (state.step !== 'signUp' && state.step !== 'confirm')) return;
      const problem = limitProblem(username, LIMITS.username);
      if (problem) {
        fail(validationError('username', problem.reason, problem.values));
        return;
      }
      uncertain = undefined;
      signUpClientMetadata = undefined;
      // A password typed for another username never signs this one in.
      if (typedPassword?.username !== username) typedPassword = undefined;
      handedSession = session;
      remember({ username });
      dispatch({ type: 'confirmationStarted', username });
    },

    resume() {
      if (running || state.step !== 'signUp' || !(options.persist ?? true)) return;
      const pending = loadPendingConfirmation(options.clientId);
      if (!pending) return;
      const now = Date.now();
      dispatch({
        type: 'resumed',
        username: pending.username,
        codeDeliveryDetails: pending.codeDeliveryDetails,
        // A stored time beyond one cooldown from now was not written by us: clamp it.
        resendAvailableAt: Math.min(pending.resendAvailableAt ?? 0, now + cooldownMs()),
        now,
      });
    },

    abort,

    reset() {
      if (state.step === 'confirm' && state.username) {
        leftUnconfirmed = {
          username: state.username,
          destination: state.codeDeliveryDetails?.Destination,
        };
      }
      abort();
      uncertain = undefined;
      signUpClientMetadata = undefined;
      typedPassword = undefined;
      handedSession = undefined;
      clearPendingConfirmation(options.clientId);
      dispatch({ type: 'reset' });
    },
  };
}
