/**
 * The three operations of sign-up: their inputs, the request each sends (pure), and the calls.
 */

import type {
  AttributeType,
  ConfirmSignUpRequest,
  ConfirmSignUpResponse,
  ResendConfirmationCodeRequest,
  ResendConfirmationCodeResponse,
  SignUpRequest,
  SignUpResponse,
} from '../cognitoOperations.js';
import {
  type CallOptions,
  type CognitoConfig,
  callCognito,
  compact,
  type ResolvedExtras,
} from './callCognito.js';
import { field, parseDelivery, parseSignUpResponse, stringOr } from './parseAnswer.js';
import {
  checkConfirmSignUpRequest,
  checkResendConfirmationCodeRequest,
  checkSignUpRequest,
} from './serviceLimits.js';

/** Values shared by the three operations. */
interface CommonInput {
  username: string;
  clientMetadata?: Record<string, string>;
  analyticsEndpointId?: string;
}

export interface SignUpInput extends CommonInput {
  /** Left out for passwordless sign-up (pools whose sign-in allows email or SMS one-time passwords). */
  password?: string;
  /** User attributes, e.g. `{ email: 'a@b.c', 'custom:plan': 'pro' }`. */
  attributes?: Record<string, string> | AttributeType[];
  /** Values for the pre sign-up Lambda only (not stored). */
  validationData?: Record<string, string> | AttributeType[];
}

export interface ConfirmSignUpInput extends CommonInput {
  code: string;
  forceAliasCreation?: boolean;
  /** The Session SignUp returned, passed back so sign-in can follow confirmation. */
  session?: string;
}

export type ResendConfirmationCodeInput = CommonInput;

function toAttributeList(value: Record<string, string> | AttributeType[] | undefined) {
  if (value === undefined) return undefined;
  const list = Array.isArray(value)
    ? value.map(({ Name, Value }) => ({ Name, Value }))
    : Object.entries(value).map(([Name, Value]) => ({ Name, Value }));
  return list.length ? list : undefined;
}

function nonEmpty<T extends object>(value: T | undefined): T | undefined {
  return value && Object.keys(value).length ? value : undefined;
}

function commonFields(clientId: string, input: CommonInput, extras: ResolvedExtras) {
  return {
    ClientId: clientId,
    SecretHash: extras.secretHash,
    Username: input.username,
    AnalyticsMetadata:
      input.analyticsEndpointId === undefined
        ? undefined
        : { AnalyticsEndpointId: input.analyticsEndpointId },
    UserContextData: extras.userContextData,
    ClientMetadata: nonEmpty(input.clientMetadata),
  };
}

/** The SignUp request body for `input` (pure: no I/O, no validation). */
export function buildSignUpRequest(
  clientId: string,
  input: SignUpInput,
  extras: ResolvedExtras = {},
): SignUpRequest {
  return compact<SignUpRequest>({
    ...commonFields(clientId, input, extras),
    Password: input.password,
    UserAttributes: toAttributeList(input.attributes),
    ValidationData: toAttributeList(input.validationData),
  });
}

/** The ConfirmSignUp request body for `input` (pure). */
export function buildConfirmSignUpRequest(
  clientId: string,
  input: ConfirmSignUpInput,
  extras: ResolvedExtras = {},
): ConfirmSignUpRequest {
  return compact<ConfirmSignUpRequest>({
    ...commonFields(clientId, input, extras),
    ConfirmationCode: input.code,
    ForceAliasCreation: input.forceAliasCreation,
    Session: input.session,
  });
}

/** The ResendConfirmationCode request body for `input` (pure). */
export function buildResendConfirmationCodeRequest(
  clientId: string,
  input: ResendConfirmationCodeInput,
  extras: ResolvedExtras = {},
): ResendConfirmationCodeRequest {
  return compact<ResendConfirmationCodeRequest>(commonFields(clientId, input, extras));
}

/**
 * Registers a user (Cognito `SignUp`). In development, validates every field against the
 * service limits first (no request on a violation); in production Cognito is the judge, as
 * with the AWS SDK (`useSignUp`'s form checks what the user typed in every build). Rejects
 * with a {@link SignUpError}.
 */
export function signUp(
  config: CognitoConfig,
  input: SignUpInput,
  options: CallOptions = {},
): Promise<SignUpResponse> {
  return callCognito(
    config,
    {
      operation: 'SignUp',
      username: input.username,
      secrets: [input.password],
      build: (extras) => buildSignUpRequest(config.clientId, input, extras),
      check: process.env.NODE_ENV === 'production' ? undefined : checkSignUpRequest,
      parse: parseSignUpResponse,
    },
    options,
  );
}

/** Confirms a registration with the code Cognito sent (Cognito `ConfirmSignUp`). */
export function confirmSignUp(
  config: CognitoConfig,
  input: ConfirmSignUpInput,
  options: CallOptions = {},
): Promise<ConfirmSignUpResponse> {
  return callCognito(
    config,
    {
      operation: 'ConfirmSignUp',
      username: input.username,
      secrets: [input.code, input.session],
      build: (extras) => buildConfirmSignUpRequest(config.clientId, input, extras),
      check: process.env.NODE_ENV === 'production' ? undefined : checkConfirmSignUpRequest,
      parse: (data) => compact({ Session: stringOr(field(data, 'Session')) }),
    },
    options,
  );
}

/** Sends a new confirmation code (Cognito `ResendConfirmationCode`). */
export function resendConfirmationCode(
  config: CognitoConfig,
  input: ResendConfirmationCodeInput,
  options: CallOptions = {},
): Promise<ResendConfirmationCodeResponse> {
  return callCognito(
    config,
    {
      operation: 'ResendConfirmationCode',
      username: input.username,
      secrets: [],
      build: (extras) => buildResendConfirmationCodeRequest(config.clientId, input, extras),
      check: process.env.NODE_ENV === 'production' ? undefined : checkResendConfirmationCodeRequest,
      parse: (data) =>
        compact({ CodeDeliveryDetails: parseDelivery(field(data, 'CodeDeliveryDetails')) }),
    },
    options,
  );
}
