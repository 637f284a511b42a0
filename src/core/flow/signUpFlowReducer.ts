import type { CodeDeliveryDetails, SignUpResponse } from '../cognitoOperations.js';
import type { SignUpError } from '../errors/index.js';
import type { SignedIn } from './signedIn.js';

/** Which form the flow shows: `signedIn` is `done` with the user signed in (auto sign-in). */
export type SignUpStep = 'signUp' | 'confirm' | 'done' | 'signedIn';
/** What the last action is doing or did. */
export type SignUpStatus = 'idle' | 'submitting' | 'error' | 'success';
/** The operation a request runs. */
export type FlowOperation = 'SignUp' | 'ConfirmSignUp' | 'ResendConfirmationCode';

/** A sentence for the live region (and, after a resend, for the page): a message key and its values. */
export interface FlowNotice {
  /** A step change, a code sent again, or a resend allowed again (its cooldown over). */
  key: 'status.confirmStep' | 'status.done' | 'confirm.resent' | 'confirm.resend';
  values?: Record<string, string>;
}

/** Everything the flow knows; changed only by {@link signUpFlowReducer}. */
export interface SignUpFlowState {
  step: SignUpStep;
  status: SignUpStatus;
  /** The last error (normalized), until the next action. */
  error: SignUpError | undefined;
  /** The field of the current step the error belongs to; `undefined` means form level. */
  errorField: string | undefined;
  /** The latest step change or resend, for a live region. */
  notice: FlowNotice | undefined;
  /** The username being confirmed. */
  username: string | undefined;
  /** Where the current code went (updated by resend). */
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  /** The SignUp answer; its Session is dropped once ConfirmSignUp has used it. */
  result: SignUpResponse | undefined;
  /** Epoch milliseconds from which a new code may be requested (0: now). */
  resendAvailableAt: number;
  /** Whole seconds until a new code may be requested (0: now). */
  resendAvailableIn: number;
  /** The signed-in user after auto sign-in. */
  signedIn?: SignedIn;
}

/**
 * The named state changes of the flow. Apps observe them through `onStateChange`; only
 * {@link signUpFlowReducer} turns them into state.
 */
export type SignUpFlowEvent =
  /** A request started. */
  | { type: 'started'; operation: FlowOperation }
  /** SignUp answered: to confirm; when `UserConfirmed`, `confirmed` follows. */
  | {
      type: 'signUpSucceeded';
      username: string;
      response: SignUpResponse;
      resendAvailableAt: number;
      now: number;
    }
  /** A retried SignUp found the account an earlier attempt (whose answer was lost) created. */
  | {
      type: 'recovered';
      username: string;
      codeDeliveryDetails?: CodeDeliveryDetails;
      resendAvailableAt: number;
      now: number;
    }
  /** "I already have a code": the confirm step for an existing username. */
  | { type: 'confirmationStarted'; username: string }
  /** A confirmation pending from before a reload. */
  | {
      type: 'resumed';
      username: string;
      codeDeliveryDetails?: CodeDeliveryDetails;
      resendAvailableAt: number;
      now: number;
    }
  /** The account is confirmed (ConfirmSignUp, or Cognito says it already was); `signedIn` after auto sign-in. */
  | { type: 'confirmed'; signedIn?: SignedIn }
  /** A new code was sent. */
  | {
      type: 'resent';
      codeDeliveryDetails?: CodeDeliveryDetails;
      resendAvailableAt: number;
      now: number;
    }
  /** A request or a check failed; `field` is where the error shows (`undefined`: form level). */
  | { type: 'failed'; error: SignUpError; field: string | undefined }
  /** The request was aborted before it answered; nothing changed. */
  | { type: 'aborted' }
  /** The cooldown clock. */
  | { type: 'tick'; now: number }
  /** Back to an empty sign-up step. */
  | { type: 'reset' };

/** The state before anything happened. */
export const initialSignUpFlowState: SignUpFlowState = {
  step: 'signUp',
  status: 'idle',
  error: undefined,
  errorField: undefined,
  notice: undefined,
  username: undefined,
  codeDeliveryDetails: undefined,
  result: undefined,
  resendAvailableAt: 0,
  resendAvailableIn: 0,
};

function secondsUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Where the confirm step starts: whose, where the code went, and when resend opens. */
interface ConfirmStep {
  username: string;
  codeDeliveryDetails?: CodeDeliveryDetails;
  resendAvailableAt: number;
  /** The time the cooldown runs from. */
  now: number;
}

/** The confirm step, with the cooldown running from `now`. */
function toConfirm(
  state: SignUpFlowState,
  { username, codeDeliveryDetails, resendAvailableAt, now }: ConfirmStep,
): SignUpFlowState {
  return {
    ...state,
    step: 'confirm',
    status: 'success',
    username,
    codeDeliveryDetails,
    resendAvailableAt,
    resendAvailableIn: secondsUntil(resendAvailableAt, now),
    notice: { key: 'status.confirmStep' },
  };
}

const cleared = { error: undefined, errorField: undefined } as const;

/** The flow's pure reducer: one `switch` over the named events. */
export function signUpFlowReducer(state: SignUpFlowState, event: SignUpFlowEvent): SignUpFlowState {
  switch (event.type) {
    case 'started':
      return { ...state, ...cleared, status: 'submitting', notice: undefined };
    case 'signUpSucceeded': {
      const { response } = event;
      const next = { ...state, ...cleared, result: response };
      // Confirmed already: `confirmed` (after auto sign-in, if any) follows and ends the flow.
      return response.UserConfirmed
        ? { ...next, username: event.username, codeDeliveryDetails: response.CodeDeliveryDetails }
        : toConfirm(next, { ...event, codeDeliveryDetails: response.CodeDeliveryDetails });
    }
    case 'recovered':
    case 'resumed':
      return toConfirm({ ...state, ...cleared }, event);
    case 'confirmationStarted':
      return toConfirm(
        { ...state, ...cleared },
        { username: event.username, resendAvailableAt: 0, now: 0 },
      );
    case 'confirmed':
      return {
        ...state,
        ...cleared,
        step: event.signedIn ? 'signedIn' : 'done',
        status: 'success',
        signedIn: event.signedIn,
        result: state.result && { ...state.result, Session: undefined },
        resendAvailableAt: 0,
        resendAvailableIn: 0,
        notice: { key: 'status.done' },
      };
    case 'resent': {
      const details = event.codeDeliveryDetails ?? state.codeDeliveryDetails;
      return {
        ...state,
        ...cleared,
        status: 'success',
        codeDeliveryDetails: details,
        resendAvailableAt: event.resendAvailableAt,
        resendAvailableIn: secondsUntil(event.resendAvailableAt, event.now),
        notice: { key: 'confirm.resent', values: { destination: details?.Destination ?? '' } },
      };
    }
    case 'failed':
      return { ...state, status: 'error', error: event.error, errorField: event.field };
    case 'aborted':
      return state.status === 'submitting' ? { ...state, status: 'idle' } : state;
    case 'tick': {
      const resendAvailableIn = secondsUntil(state.resendAvailableAt, event.now);
      // The cooldown over: said once as a notice (a live region), so the button's name never ticks.
      return resendAvailableIn === state.resendAvailableIn
        ? state
        : {
            ...state,
            resendAvailableIn,
            notice: resendAvailableIn ? state.notice : { key: 'confirm.resend' },
          };
    }
    case 'reset':
      return initialSignUpFlowState;
  }
}
