import type { OperationName } from '../cognitoOperations.js';
import { en } from '../locales/en.js';
import {
  ERROR_HINTS,
  errorName,
  type ServiceErrorCode,
  SignUpError,
  type SignUpErrorCode,
} from './errors.js';
import { redact } from './redact.js';
import { warnOnce } from './warnOnce.js';

/** What the caller knows that helps to place the error. */
export interface NormalizeContext {
  /** Which operation failed (affects the field an error belongs to). */
  operation?: OperationName;
  /** Strings that must never appear in the result (the password). */
  secrets?: ReadonlyArray<string | undefined>;
}

/**
 * The codes kept as they come: those the kit has a message for, its own or another's (every
 * operation's exception, the kit's own failures). Others are `UnknownError`.
 */
function known(name: string | undefined): name is SignUpErrorCode {
  return (
    !!name &&
    /^[A-Z]\w+(Exception|Error)$/.test(name) &&
    (Object.hasOwn(en, `error.${name}`) || Object.hasOwn(SAME_MESSAGE_AS, name))
  );
}

/** Field an exception belongs to, when it always belongs to one. */
const FIELD_OF: Partial<Record<ServiceErrorCode, string>> = {
  UsernameExistsException: 'username',
  InvalidPasswordException: 'password',
  CodeMismatchException: 'code',
  ExpiredCodeException: 'code',
  TooManyFailedAttemptsException: 'code',
};

/**
 * Errors whose message is another's: a pool or app client set up wrong reads, to the user,
 * as any configuration error ("Sign-up is not set up correctly."); a Lambda's bad answer as
 * a Lambda's failure.
 */
const SAME_MESSAGE_AS: Partial<Record<SignUpErrorCode, SignUpErrorCode>> = {
  ResourceNotFoundException: 'ConfigurationError',
  InvalidSmsRoleAccessPolicyException: 'ConfigurationError',
  InvalidSmsRoleTrustRelationshipException: 'ConfigurationError',
  InvalidEmailRoleAccessPolicyException: 'ConfigurationError',
  SecretHashRequiredError: 'ConfigurationError',
  InvalidLambdaResponseException: 'UnexpectedLambdaException',
};

/**
 * Turns anything a Cognito call can throw (a service answer, a fetch failure, an abort, a
 * non-JSON body, a thrown string) into a {@link SignUpError}. Never throws; strips every
 * string in `context.secrets` from the message and the kept `cause`.
 */
export function normalizeCognitoError(raw: unknown, context: NormalizeContext = {}): SignUpError {
  const secrets = (context.secrets ?? []).filter((s): s is string => !!s);
  const clean = (text: string) => redact(text, secrets);
  try {
    if (raw instanceof SignUpError) return secrets.length ? rebuild(raw, clean) : raw;
    const info = describe(raw);
    const serverMessage = truncate(clean(info.message));
    const cause = sanitizedCause(info, clean);
    const code = classify(info);
    if (code === 'UserLambdaValidationException') {
      const lambdaMessage = extractLambdaMessage(serverMessage);
      return new SignUpError({
        code,
        message:
          serverMessage ||
          (process.env.NODE_ENV === 'production'
            ? code
            : 'A sign-up trigger rejected the request.'),
        lambdaMessage,
        // Without the trigger's own words, a sentence of ours: never an empty message.
        messageKey: lambdaMessage ? undefined : 'error.lambdaRejected',
        values: { lambdaMessage: lambdaMessage ?? '' },
        statusCode: info.statusCode,
        cause,
      });
    }
    const shared = SAME_MESSAGE_AS[code];
    // The pool verifies an email (or phone) the user left out: say so, on the email field.
    const contactMissing =
      code === 'InvalidParameterException' && /auto verified/i.test(serverMessage);
    if (process.env.NODE_ENV !== 'production' && contactMissing) {
      warnOnce(
        'The user pool verifies an email (or phone number) and this sign-up sent none: the user cannot get a code. Collect it as required, e.g. fields: [{ name: "email", required: true }], not as an optional field.',
      );
    }
    return new SignUpError({
      code,
      message:
        (process.env.NODE_ENV !== 'production' && ERROR_HINTS[code]) || serverMessage || code,
      messageKey: contactMissing ? 'error.verifiedContactMissing' : shared && `error.${shared}`,
      field: contactMissing ? 'email' : fieldOf(code, serverMessage, context.operation),
      statusCode: info.statusCode,
      cause,
    });
  } catch {
    return new SignUpError({
      code: 'UnknownError',
      message:
        process.env.NODE_ENV === 'production' ? 'UnknownError' : 'An unknown error occurred.',
    });
  }
}

interface RawInfo {
  code: string | undefined;
  name: string | undefined;
  message: string;
  statusCode: number | undefined;
}

function describe(raw: unknown): RawInfo {
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const type = text(record.__type) ?? text(record.code);
  return {
    code: type === undefined ? undefined : errorName(type),
    name: text(record.name),
    message:
      raw === record
        ? (text(record.message) ?? text(record.Message) ?? '')
        : raw == null
          ? ''
          : String(raw),
    statusCode: typeof record.statusCode === 'number' ? record.statusCode : undefined,
  };
}

function classify(info: RawInfo): SignUpErrorCode {
  const code = info.code ?? '';
  if (code === 'NotAuthorizedException' && /secret[_ ]?hash/i.test(info.message)) {
    return 'SecretHashRequiredError';
  }
  // Cognito sometimes omits the suffix (`UsernameExists`); an abort or a timeout is its name.
  for (const candidate of [code, `${code}Exception`, info.name]) {
    if (known(candidate)) return candidate;
  }
  return info.message === 'Network error' ? 'NetworkError' : 'UnknownError';
}

function fieldOf(
  code: SignUpErrorCode,
  message: string,
  operation: NormalizeContext['operation'],
): string | undefined {
  const fixed = FIELD_OF[code as ServiceErrorCode];
  if (fixed) return fixed;
  if (code === 'UserNotFoundException') return operation === 'SignUp' ? undefined : 'username';
  if (code !== 'InvalidParameterException') return undefined;
  // Cognito's InvalidParameterException messages name the culprit in a few known shapes.
  const member = /Value at '([A-Za-z]+)'/.exec(message)?.[1];
  if (member === 'username' || member === 'password') return member;
  if (member === 'confirmationCode') return 'code';
  const schema = /schema:\s*([\w:]+)\s*:/i.exec(message)?.[1];
  if (schema) return schema;
  if (/phone number/i.test(message)) return 'phone_number';
  if (/email/i.test(message)) return 'email';
  if (/password/i.test(message)) return 'password';
  return undefined;
}

/** `PreSignUp failed with error <message>.` → `<message>`. */
export function extractLambdaMessage(message: string): string | undefined {
  const match = /failed with error ([\s\S]*?)\.?$/.exec(message);
  const extracted = match?.[1]?.trim();
  return extracted ? extracted : undefined;
}

/** `error` with its texts scrubbed and its `cause` (a custom transport's, say) replaced by a scrubbed copy. */
function rebuild(error: SignUpError, clean: (text: string) => string): SignUpError {
  // Its own fields (code, field, messageKey, statusCode, retryable) as they are; texts scrubbed.
  return new SignUpError({
    ...error,
    message: clean(error.message),
    values: Object.fromEntries(
      Object.entries(error.values).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v]),
    ),
    lambdaMessage: error.lambdaMessage && clean(error.lambdaMessage),
    cause: error.cause === undefined ? undefined : sanitizedCause(describe(error.cause), clean),
  });
}

/** A plain copy of the original error with secrets removed, kept as `cause`. */
function sanitizedCause(info: RawInfo, clean: (text: string) => string): Error {
  const copy = new Error(truncate(clean(info.message)));
  copy.name = info.name ?? info.code ?? 'Error';
  return Object.assign(copy, { code: info.code, statusCode: info.statusCode });
}

function truncate(text: string): string {
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}
