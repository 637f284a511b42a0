/**
 * Wire shapes of the Cognito user-pool operations sign-up uses (service model 2016-04-18):
 * the three of sign-up, and InitiateAuth for signing in with a sign-up's Session. Field names
 * match the JSON the service speaks.
 */

/** A name/value pair: a user attribute or a ValidationData entry. */
export interface AttributeType {
  Name: string;
  Value: string;
}

/** Where Cognito sent the confirmation code. */
export interface CodeDeliveryDetails {
  /** Masked destination on real Cognito (`a***@e***`), plain on cognito-local. */
  Destination?: string;
  DeliveryMedium?: 'EMAIL' | 'SMS';
  /** The attribute the code verifies, e.g. `email` or `phone_number`. */
  AttributeName?: string;
}

/** `AnalyticsMetadata`: the Amazon Pinpoint endpoint to record the event against. */
export interface AnalyticsMetadata {
  AnalyticsEndpointId?: string;
}

/** `UserContextData`: Cognito's advanced-security fingerprint, or an IP address (server side). */
export interface UserContextData {
  EncodedData?: string;
  IpAddress?: string;
}

export interface SignUpRequest {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  Password?: string;
  UserAttributes?: AttributeType[];
  ValidationData?: AttributeType[];
  AnalyticsMetadata?: AnalyticsMetadata;
  UserContextData?: UserContextData;
  ClientMetadata?: Record<string, string>;
}

export interface SignUpResponse {
  UserConfirmed: boolean;
  UserSub: string;
  CodeDeliveryDetails?: CodeDeliveryDetails;
  /** Lets the app sign the user in right after confirmation (newer pools). */
  Session?: string;
}

export interface ConfirmSignUpRequest {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  ConfirmationCode: string;
  ForceAliasCreation?: boolean;
  AnalyticsMetadata?: AnalyticsMetadata;
  UserContextData?: UserContextData;
  ClientMetadata?: Record<string, string>;
  Session?: string;
}

export interface ConfirmSignUpResponse {
  Session?: string;
}

export interface ResendConfirmationCodeRequest {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  AnalyticsMetadata?: AnalyticsMetadata;
  UserContextData?: UserContextData;
  ClientMetadata?: Record<string, string>;
}

export interface ResendConfirmationCodeResponse {
  CodeDeliveryDetails?: CodeDeliveryDetails;
}

export interface InitiateAuthRequest {
  AuthFlow: 'USER_AUTH';
  ClientId: string;
  AuthParameters: { USERNAME: string; SECRET_HASH?: string };
  Session?: string;
  AnalyticsMetadata?: AnalyticsMetadata;
  UserContextData?: UserContextData;
  ClientMetadata?: Record<string, string>;
}

/** Tokens of a signed-in user. */
export interface AuthenticationResultType {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
}

export interface InitiateAuthResponse {
  /** Present when signed in. */
  AuthenticationResult?: AuthenticationResultType;
  /** Present when Cognito asks for more (MFA, a new password, …). */
  ChallengeName?: string;
  Session?: string;
}

/** Request and response type of each operation, by its wire name. */
export interface Operations {
  SignUp: { request: SignUpRequest; response: SignUpResponse };
  ConfirmSignUp: { request: ConfirmSignUpRequest; response: ConfirmSignUpResponse };
  ResendConfirmationCode: {
    request: ResendConfirmationCodeRequest;
    response: ResendConfirmationCodeResponse;
  };
  InitiateAuth: { request: InitiateAuthRequest; response: InitiateAuthResponse };
  /** Passkeys (`react-cognito-signup/passkey`): options to create a credential with. */
  StartWebAuthnRegistration: {
    request: { AccessToken: string };
    response: { CredentialCreationOptions?: unknown };
  };
  /** Passkeys: the created credential, as WebAuthn JSON. */
  CompleteWebAuthnRegistration: {
    request: { AccessToken: string; Credential: unknown };
    response: Record<string, never>;
  };
  /** Social sign-up's "complete your profile" (`react-cognito-signup/social`). */
  UpdateUserAttributes: {
    request: {
      AccessToken: string;
      UserAttributes: AttributeType[];
      ClientMetadata?: Record<string, string>;
    };
    response: { CodeDeliveryDetailsList?: CodeDeliveryDetails[] };
  };
  /** Social sign-up: the code sent to verify a changed email or phone number. */
  VerifyUserAttribute: {
    request: { AccessToken: string; AttributeName: string; Code: string };
    response: Record<string, never>;
  };
}

export type OperationName = keyof Operations;
