import type { SignUpResponse } from '../cognitoOperations.js';
import type { SignUpError } from '../errors/index.js';
import type { UsernameMode } from '../fields/index.js';
import type { CognitoConfig, SignUpInput } from '../wire/index.js';
import type { SignedIn } from './signedIn.js';
import type { SignUpFlowEvent, SignUpFlowState } from './signUpFlowReducer.js';

export type { SignedIn, SignInTokens } from './signedIn.js';

/** What auto sign-in is given, once, right after confirmation. */
export interface AutoSignInRequest {
  /** The flow's options (the Cognito configuration among them). */
  config: SignUpFlowOptions;
  username: string;
  /** ConfirmSignUp's Session (or SignUp's, when it confirmed the user): single use. */
  session?: string;
  /**
   * The password, in memory only, when the user typed it in this page for this username (none
   * after a reload, a failed SignUp, or "I already have a code" for another username).
   */
  password?: string;
  clientMetadata?: Record<string, string>;
  signal: AbortSignal;
}

/**
 * Signed in; or the challenge Cognito asks for next (MFA, a new password), which the flow does
 * not handle; or the error that stopped sign-in; or nothing. All but the first end at `done`.
 */
export type AutoSignInResult =
  | { signedIn: SignedIn }
  | { challenge: string }
  | { error: SignUpError }
  /** Nothing to sign in with (no Session, no password: a reload on the confirm step). */
  | Record<string, never>;

/**
 * Signs the user in after sign-up: `autoSignIn()` from `react-cognito-signup/sign-in`. Never
 * rejects; it calls `config.onSignedIn` or `config.onError` itself.
 */
export type AutoSignIn = ((request: AutoSignInRequest) => Promise<AutoSignInResult>) & {
  /** The English of the signed-in step's messages (`autoSignIn()` ships them). */
  messages?: Partial<Record<string, string>>;
  /**
   * Throws a ConfigurationError when sign-in could not work with the flow's configuration (a
   * pool of the app's own that is not the flow's): run on mount, before any request.
   */
  checkConfiguration?: (config: CognitoConfig) => void;
};

/** What `beforeSignUp` returns: additions to the request, or a cancellation. */
export interface BeforeSignUpResult {
  /** Added to the request's ClientMetadata (the pre sign-up trigger reads it). */
  clientMetadata?: Record<string, string>;
  /** Added to the request's ValidationData (the pre sign-up trigger reads it; not stored). */
  validationData?: Record<string, string>;
  /**
   * A non-empty text stops this sign-up before anything is sent: it is shown to the user (form
   * level) as a `SignUpCancelled` error; what they typed stays.
   */
  cancel?: string;
}

/** Options of {@link createSignUpFlow}. `setOptions` replaces them; each request reads the latest. */
export interface SignUpFlowOptions extends CognitoConfig {
  /** Static ClientMetadata, sent with SignUp, ConfirmSignUp and ResendConfirmationCode. */
  clientMetadata?: Record<string, string>;
  /** Amazon Pinpoint endpoint id, sent as AnalyticsMetadata. */
  analyticsEndpointId?: string;
  /** Seconds before a code can be requested again (default 30). */
  resendCooldown?: number;
  /** Keep the confirm step across reloads in sessionStorage (default true). */
  persist?: boolean;
  /** Which attribute the username is, so errors about it land on the username field. */
  usernameMode?: UsernameMode;
  /** The fields the sign-up step renders (errors for others show at form level). Default username and password. */
  signUpFields?: readonly string[];
  /** Base delay in milliseconds of the backoff before retrying a throttled request (default 500). */
  retryDelay?: number;
  /**
   * Signs the user in once the account is confirmed, ending at the `signedIn` step:
   * `autoSignIn()` from `react-cognito-signup/sign-in`. Off by default.
   */
  autoSignIn?: AutoSignIn;
  /**
   * Called after validation, right before SignUp (e.g. to get a CAPTCHA token): returns entries
   * to add to the request's ClientMetadata or ValidationData, or `cancel` with a text for the user;
   * nothing: the request goes as it is.
   */
  beforeSignUp?: (
    input: SignUpInput,
    context: { signal: AbortSignal },
    // biome-ignore lint/suspicious/noConfusingVoidType: a callback that returns nothing (`async () => {}`) is allowed
  ) => BeforeSignUpResult | void | Promise<BeforeSignUpResult | void>;
  /** Sign-up without a password, for pools whose sign-in allows email or SMS one-time passwords. */
  passwordless?: boolean;
  /** After auto sign-in: the tokens, and the `CognitoUser` and `CognitoUserSession`. */
  onSignedIn?: (signedIn: SignedIn) => void;
  /** After SignUp succeeded (before confirmation when one is needed). */
  onSignUp?: (result: SignUpResponse & { username: string }) => void;
  /**
   * After the account is confirmed; `session` is the one ConfirmSignUp returned (or SignUp's,
   * when it confirmed; spent when auto sign-in used it). With auto sign-in, also its result:
   * `signedIn`, or the `challenge` Cognito asked for, or the `error` that stopped it.
   */
  onConfirmed?: (
    result: { username: string; session?: string } & Partial<
      { signedIn: SignedIn } & { challenge: string } & { error: SignUpError }
    >,
  ) => void;
  /** After any failed request or refused input. */
  onError?: (error: SignUpError) => void;
  /** Every state change, with the named event that caused it. */
  onStateChange?: (event: SignUpFlowEvent, state: SignUpFlowState) => void;
}

/** The sign-up → confirm → done flow as a store: state, subscription, actions. No React. */
export interface SignUpFlow {
  /** The current state (the same object until something changes). */
  getState(): SignUpFlowState;
  /** Calls `listener` after every change; returns the unsubscribe. The cooldown clock runs while someone listens. */
  subscribe(listener: () => void): () => void;
  /** Replaces the options; the next request uses them. */
  setOptions(options: SignUpFlowOptions): void;
  /** Sends SignUp (one request at a time; ignored while one runs or off the sign-up step). */
  signUp(input: SignUpInput): Promise<void>;
  /** Sends ConfirmSignUp with `code` (spaces removed) on the confirm step. */
  confirm(code: string): Promise<void>;
  /** Sends ResendConfirmationCode; nothing during the cooldown or while a request runs. */
  resend(): Promise<void>;
  /**
   * "I already have a code": the confirm step for `username`, whose account already exists;
   * with the `session` of its SignUp when another tab of this browser hands it over (a
   * confirmation link's page), confirming signs in as on the tab that signed up.
   */
  startConfirmation(username: string, session?: string): void;
  /** Resumes a confirmation stored before a reload, if any (on the sign-up step only). */
  resume(): void;
  /** Reports an error found outside the flow (a refused configuration, your own check). */
  fail(error: SignUpError): void;
  /** Aborts the request in flight; its answer, if any, is ignored. */
  abort(): void;
  /** Aborts, forgets the pending confirmation, and returns to an empty sign-up step. */
  reset(): void;
}
