/** The types of social sign-up (`createSocialSignUp`): its options, its context, its state. */
import type { CognitoUserPool, ICognitoStorage } from 'amazon-cognito-identity-js';
import type { SignUpError } from '../errors/index.js';
import type { FieldInput, FormField, FormValues } from '../fields/index.js';
import type { SignedIn } from '../flow/index.js';
import type { PasskeyOffer } from '../passkey/index.js';
import type { CognitoConfig } from '../wire/index.js';

/** An identity provider of the pool: its name as Cognito knows it, and the name people read. */
export interface SocialProvider {
  /** `Google`, `Facebook`, `LoginWithAmazon`, `SignInWithApple`, or an OIDC / SAML provider's name. */
  name: string;
  /** The button's provider name ("Continue with {label}"); default: the brand of a known provider, else `name`. */
  label?: string;
}

/** Options of {@link socialSignUp}. */
export interface SocialSignUpOptions {
  /**
   * The user pool domain: `myapp.auth.eu-west-1.amazoncognito.com`, a custom domain
   * (`https://auth.example.com`), or the local Cognito's address (`http://127.0.0.1:9229`).
   */
  domain: string;
  /** The providers to offer, in order: names, or `{ name, label }`. */
  providers: ReadonlyArray<string | SocialProvider>;
  /**
   * Where the domain sends the person back: one of the app client's callback URLs, exactly.
   * Default: this page (`location.origin + location.pathname`).
   */
  redirectUri?: string;
  /**
   * OAuth scopes. Default `openid email profile`, and `aws.cognito.signin.user.admin` when
   * `profileFields` are given (UpdateUserAttributes needs it).
   */
  scopes?: readonly string[];
  /**
   * Attributes the app needs that a provider may not share (`custom:plan`, a terms checkbox
   * kept as `custom:terms`): asked once, after the provider, when the ID token lacks them.
   */
  profileFields?: readonly FieldInput[];
  /** The app's `CognitoUserPool`: the session is cached in its storage. */
  userPool?: CognitoUserPool;
  /** Where the session is cached without `userPool` (default: localStorage). */
  storage?: ICognitoStorage;
  /** Offers a passkey once signed in (`offerPasskey()` from `react-cognito-signup/passkey`). */
  passkey?: PasskeyOffer;
  /** How the browser goes to the authorize URL (default `location.assign`); tests replace it. */
  navigate?: (url: string) => void;
}

/** What the form around social sign-up gives it: where the pool is, and what to tell. */
export interface SocialSignUpContext extends CognitoConfig {
  /** Static ClientMetadata, sent with UpdateUserAttributes as with every request of the form. */
  clientMetadata?: Record<string, string>;
  onSignedIn?: (signedIn: SignedIn) => void;
  onError?: (error: SignUpError) => void;
}

/** Where a social sign-up is. */
export type SocialStatus =
  /** The buttons, ready. */
  | 'idle'
  /** On the way to the provider. */
  | 'redirecting'
  /** Back from the provider: the code is exchanged and checked. */
  | 'completing'
  /** Signed in, but fields the app needs are missing: {@link SocialState.fields}. */
  | 'profile'
  /** A changed email or phone number awaits its code: {@link SocialState.destination}. */
  | 'verifying'
  /** Done: {@link SocialState.signedIn}. */
  | 'signedIn';

/** A social sign-up's outcome in words: an error with `messageKey` and its `values` (`provider`, `attribute`). */
export interface SocialState {
  status: SocialStatus;
  /** The provider of the sign-up under way (its label). */
  provider?: string;
  /** What went wrong; the buttons and the form stay offered. */
  error?: SignUpError;
  /** The fields to complete (status `profile`). */
  fields: FormField[];
  /** Where a verification code went (status `verifying`). */
  destination?: string;
  signedIn?: SignedIn;
}

/** The social sign-up store `<SocialSignUp>` and `useSocialSignUp` drive. */
export interface SocialSignUpStore {
  getState(): SocialState;
  subscribe(listener: () => void): () => void;
  /** Sends the person to `provider` (a name of `providers`). */
  start(provider: string): Promise<void>;
  /**
   * On the callback route: reads the code or error in `href` (default: this page), removes it
   * from the address bar and history at once, checks `state`, exchanges the code and signs in.
   * Resolves to false when `href` is no callback.
   */
  complete(href?: string): Promise<boolean>;
  /** Sends the completed profile (status `profile`); answers the problems of fields, if any. */
  submitProfile(values: FormValues): Promise<Record<string, { reason: string }> | undefined>;
  /** Confirms a changed email or phone number with its code (status `verifying`). */
  verify(code: string): Promise<void>;
  /** Back to the buttons and the form, the error cleared (a profile left incomplete: signed out). */
  reset(): void;
  /** Stops what is under way (an unmount): nothing more is told. */
  abort(): void;
  /** The form's latest configuration (each request reads it). */
  setContext(next: SocialSignUpContext): void;
}
