/** The signed-in user after sign-up: what auto sign-in gives the flow and the app. */
import type { PasskeyStep } from '../passkey/index.js';

/** Tokens of the signed-in user, as Cognito returned them. */
export interface SignInTokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  /** Seconds the access token is valid for. */
  expiresIn?: number;
}

/** The user, signed in after sign-up. */
export interface SignedIn {
  username: string;
  tokens: SignInTokens;
  /** amazon-cognito-identity-js's `CognitoUser`, its session cached in the pool's storage. */
  user?: unknown;
  /** amazon-cognito-identity-js's `CognitoUserSession`. */
  session?: unknown;
  /** The passkey step, when `autoSignIn({ passkey })` offers one and it can work here. */
  passkey?: PasskeyStep;
}
