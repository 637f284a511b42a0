/**
 * One error type for everything that can go wrong in sign-up: Cognito's exceptions, the
 * network, the kit's own checks. UIs branch on `code`, put the error on `field`, and
 * translate `messageKey`; `message` is an English sentence for developers and logs.
 */

import type { ValidationReason } from './problem.js';

/** Exceptions the three operations can answer with, as named on the wire. */
export const SERVICE_ERROR_CODES = [
  'ResourceNotFoundException',
  'InvalidParameterException',
  'UnexpectedLambdaException',
  'UserLambdaValidationException',
  'NotAuthorizedException',
  'InvalidPasswordException',
  'InvalidLambdaResponseException',
  'UsernameExistsException',
  'TooManyRequestsException',
  'InternalErrorException',
  'LimitExceededException',
  'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException',
  'InvalidEmailRoleAccessPolicyException',
  'CodeDeliveryFailureException',
  'ForbiddenException',
  'TooManyFailedAttemptsException',
  'CodeMismatchException',
  'ExpiredCodeException',
  'AliasExistsException',
  'UserNotFoundException',
  'OperationNotEnabledException',
] as const;

/** Errors the kit raises itself (no Cognito answer behind them). */
export const CLIENT_ERROR_CODES = [
  /** The request never got an HTTP answer (offline, DNS, refused, CORS). */
  'NetworkError',
  /** No answer within the transport's timeout. */
  'TimeoutError',
  /** The caller's AbortSignal fired (e.g. the component unmounted). */
  'AbortError',
  /** An answer came, but not the JSON Cognito sends. */
  'InvalidResponseError',
  /** Input breaks a service limit or a form rule; nothing was sent. */
  'ValidationError',
  /** The developer's configuration cannot work (missing ids, a client secret in the browser). */
  'ConfigurationError',
  /** The app client has a secret: Cognito wants a SECRET_HASH the browser must not compute. */
  'SecretHashRequiredError',
  /** Your `beforeSignUp` stopped the sign-up; its text is the message the user sees. */
  'SignUpCancelled',
  /** Anything else. */
  'UnknownError',
] as const;

export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];
/** Every `code` a {@link SignUpError} can carry. */
export type SignUpErrorCode = ServiceErrorCode | ClientErrorCode;

/** Why a value failed validation; also the last part of its message key. */
export type { ValidationReason } from './problem.js';

export interface SignUpErrorInit {
  code: SignUpErrorCode;
  message: string;
  /** The form field it belongs to: `username`, `password`, `code`, or an attribute name. */
  field?: string;
  /** Translation key; defaults to `error.<code>`. */
  messageKey?: string;
  /** Values for the message's placeholders (`{max}`, `{lambdaMessage}`, …). */
  values?: Record<string, string | number>;
  /** The Lambda's own message from a UserLambdaValidationException. */
  lambdaMessage?: string;
  /** HTTP status, when an answer came. */
  statusCode?: number;
  /** Whether sending the same request again may succeed. */
  retryable?: boolean;
  cause?: unknown;
}

/** The one error type of the kit. Never contains the password. */
export class SignUpError extends Error {
  declare readonly name: 'SignUpError';
  // `declare`: set in the constructor, no class-field initializers emitted.
  declare readonly code: SignUpErrorCode;
  declare readonly field: string | undefined;
  declare readonly messageKey: string;
  declare readonly values: Record<string, string | number>;
  declare readonly lambdaMessage: string | undefined;
  declare readonly statusCode: number | undefined;
  declare readonly retryable: boolean;

  constructor(init: SignUpErrorInit) {
    const { code, field, messageKey, values, lambdaMessage, statusCode, retryable, cause } = init;
    super(init.message, cause === undefined ? undefined : { cause });
    Object.assign(this, {
      name: 'SignUpError',
      code,
      field,
      messageKey: messageKey ?? `error.${code}`,
      values: values ?? {},
      lambdaMessage,
      statusCode,
      retryable: retryable ?? RETRYABLE.has(code),
    });
  }
}

const RETRYABLE = new Set<SignUpErrorCode>([
  'NetworkError',
  'TimeoutError',
  'InvalidResponseError',
  'TooManyRequestsException',
  'InternalErrorException',
  'LimitExceededException',
  'CodeDeliveryFailureException',
  'UnknownError',
]);

/**
 * Developer-facing sentences for the failures whose server text, if any, is not enough.
 * Development-only: bundlers replace `process.env.NODE_ENV` (as React's own builds rely on)
 * and drop them from production bundles, where the message is the code or the server's text.
 */
export const ERROR_HINTS: Partial<Record<SignUpErrorCode, string | false>> =
  process.env.NODE_ENV === 'production'
    ? {}
    : {
        SecretHashRequiredError:
          'This app client has a client secret, so Cognito wants a SECRET_HASH. A secret must never ship to a browser: create an app client without a secret (a public client), or pass getSecretHash(username) that asks your backend to compute it.',
        NetworkError:
          'The request did not reach Cognito (offline, blocked, or the endpoint is wrong).',
        TimeoutError: 'Cognito did not answer in time.',
        AbortError: 'The request was aborted.',
        InvalidResponseError: 'The answer was not the JSON Cognito sends.',
      };

/** The exception name in a wire error type: `prefix#Name` (body) or `Name:detail` (header) → `Name`. */
export function errorName(type: string): string | undefined {
  return type.split('#').pop()?.split(':')[0];
}

/** A ConfigurationError: the developer's setup cannot work; `message` says why (the user sees a generic sentence). */
export function configurationError(message: string): SignUpError {
  return new SignUpError({ code: 'ConfigurationError', message });
}

/** True when `value` is a {@link SignUpError}. */
export function isSignUpError(value: unknown): value is SignUpError {
  return value instanceof SignUpError;
}

/** A validation error for `field`: message key `validation.<reason>`, e.g. `username: tooLong (max 128)`. */
export function validationError(
  field: string,
  reason: ValidationReason,
  values: Record<string, string | number> = {},
): SignUpError {
  return new SignUpError({
    code: 'ValidationError',
    field,
    // The field's name (never its value) and the rule: for developers and logs.
    message:
      process.env.NODE_ENV === 'production'
        ? reason
        : `${field.slice(0, 40)}: ${reason}${values.max === undefined && values.min === undefined ? '' : ` (${values.max === undefined ? `min ${values.min}` : `max ${values.max}`})`}`,
    messageKey: `validation.${reason}`,
    values,
  });
}
