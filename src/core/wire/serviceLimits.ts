import type {
  ConfirmSignUpRequest,
  ResendConfirmationCodeRequest,
  SignUpRequest,
} from '../cognitoOperations.js';
import { type Problem, problem, type SignUpError, validationError } from '../errors/index.js';

/** A string limit of the service model: length bounds and a whole-value pattern. */
export interface StringLimit {
  min?: number;
  max: number;
  pattern?: RegExp;
}

const NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
/** AttributeNameType of the current model also allows tabs, line breaks and spaces. */
const ATTRIBUTE_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+$/u;

/**
 * The service model's limits (cognito-idp 2016-04-18, as botocore has it in 2026), checked
 * before anything is sent.
 * Patterns apply to the whole value. Lengths are counted in UTF-16 code units.
 */
export const LIMITS = {
  clientId: { min: 1, max: 128, pattern: /^[\w+]+$/ },
  secretHash: { min: 1, max: 128, pattern: /^[\w+=/]+$/ },
  username: { min: 1, max: 128, pattern: NAME },
  password: { min: 1, max: 256 },
  attributeName: { min: 1, max: 32, pattern: ATTRIBUTE_NAME },
  customAttributeName: { max: 20 },
  attributeValue: { max: 2048 },
  confirmationCode: { min: 1, max: 2048, pattern: /^\S+$/u },
  string: { max: 131_072 },
  session: { min: 20, max: 2048 },
} as const satisfies Record<string, StringLimit>;

type Issue = SignUpError | undefined;

/** The first limit `value` breaks (a lone surrogate breaks every limit), or `undefined`. */
export function limitProblem(value: unknown, limit: StringLimit): Problem | undefined {
  if (typeof value !== 'string' || (limit.min && !value)) return problem('required');
  if (limit.min && value.length < limit.min) return problem('tooShort', { min: limit.min });
  if (value.length > limit.max) return problem('tooLong', { max: limit.max });
  if (/\p{Cs}/u.test(value) || (limit.pattern && !limit.pattern.test(value)))
    return problem('pattern');
  return undefined;
}

function check(field: string, value: unknown, limit: StringLimit, optional?: boolean): Issue {
  if (optional && value === undefined) return undefined;
  const found = limitProblem(value, limit);
  return found && validationError(field, found.reason, found.values);
}

/** Password: required, at most 256, no leading or trailing white space (inner spaces are fine). */
export function passwordProblem(password: unknown): Problem | undefined {
  return (
    limitProblem(password, LIMITS.password) ??
    (/^\s|\s$/u.test(password as string) ? problem('whitespace') : undefined)
  );
}

/** {@link passwordProblem} as the SignUpError a request check gives. */
export function checkPassword(password: unknown): Issue {
  const found = passwordProblem(password);
  return found && validationError('password', found.reason, found.values);
}

/** Attribute name: 1-32 characters, `custom:` names 1-20 after the prefix. */
export function checkAttributeName(name: unknown): Issue {
  const field = String(name);
  const custom = field.startsWith('custom:') ? field.slice(7) : undefined;
  return (
    check(field, name, LIMITS.attributeName) ??
    (custom === undefined
      ? undefined
      : check(field, custom, { min: 1, ...LIMITS.customAttributeName }))
  );
}

function checkAttributes(list: SignUpRequest['UserAttributes'], field: string): Issue {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return validationError(field, 'required');
  const seen = new Set<string>();
  for (const entry of list) {
    const issue =
      (entry && typeof entry === 'object' ? undefined : validationError(field, 'required')) ??
      checkAttributeName(entry.Name) ??
      (seen.has(entry.Name) ? validationError(entry.Name, 'pattern') : undefined) ??
      check(entry.Name, entry.Value, LIMITS.attributeValue);
    if (issue) return issue;
    seen.add(entry.Name);
  }
  return undefined;
}

function checkCommon(request: ResendConfirmationCodeRequest): Issue {
  const metadata = request.ClientMetadata;
  if (metadata !== undefined && (metadata === null || typeof metadata !== 'object')) {
    return validationError('ClientMetadata', 'required');
  }
  for (const [key, value] of Object.entries(metadata ?? {})) {
    const issue = check('ClientMetadata', key, LIMITS.string) ?? check(key, value, LIMITS.string);
    if (issue) return issue;
  }
  return (
    check('clientId', request.ClientId, LIMITS.clientId) ??
    check('username', request.Username, LIMITS.username) ??
    check('secretHash', request.SecretHash, LIMITS.secretHash, true) ??
    check(
      'analyticsMetadata',
      request.AnalyticsMetadata?.AnalyticsEndpointId,
      LIMITS.string,
      true,
    ) ??
    check('userContextData', request.UserContextData?.EncodedData, LIMITS.string, true) ??
    check('userContextData', request.UserContextData?.IpAddress, LIMITS.string, true)
  );
}

/** The first limit a SignUp request breaks, or `undefined` when it may be sent. */
export function checkSignUpRequest(request: SignUpRequest): Issue {
  return (
    checkCommon(request) ??
    (request.Password === undefined ? undefined : checkPassword(request.Password)) ??
    checkAttributes(request.UserAttributes, 'UserAttributes') ??
    checkAttributes(request.ValidationData, 'ValidationData')
  );
}

/** The first limit a ConfirmSignUp request breaks, or `undefined`. */
export function checkConfirmSignUpRequest(request: ConfirmSignUpRequest): Issue {
  return (
    checkCommon(request) ??
    check('code', request.ConfirmationCode, LIMITS.confirmationCode) ??
    check('session', request.Session, LIMITS.session, true)
  );
}

/** The first limit a ResendConfirmationCode request breaks, or `undefined`. */
export function checkResendConfirmationCodeRequest(request: ResendConfirmationCodeRequest): Issue {
  return checkCommon(request);
}
