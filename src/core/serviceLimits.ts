import { type SignUpError, type ValidationReason, validationError } from './errors.js';
import type {
  AttributeType,
  ConfirmSignUpRequest,
  ResendConfirmationCodeRequest,
  SignUpRequest,
} from './types.js';

/**
 * The service model's limits (cognito-idp 2016-04-18), checked before anything is sent.
 * Patterns apply to the whole value. Lengths are counted in UTF-16 code units.
 */
export const LIMITS = {
  clientId: { min: 1, max: 128, pattern: /^[\w+]+$/ },
  secretHash: { min: 1, max: 128, pattern: /^[\w+=/]+$/ },
  username: { min: 1, max: 128, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u },
  password: { max: 256 },
  attributeName: { min: 1, max: 32, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u },
  customAttributeName: { max: 20 },
  attributeValue: { max: 2048 },
  confirmationCode: { min: 1, max: 2048, pattern: /^\S+$/u },
  string: { max: 131_072 },
  session: { max: 2048 },
} as const;

type Issue = SignUpError;

const LONE_SURROGATE = /\p{Cs}/u;

function fail(
  field: string,
  reason: ValidationReason,
  what: string,
  values: Record<string, number> = {},
): Issue {
  const detail: Record<ValidationReason, string> = {
    required: 'is required',
    tooLong: `is longer than ${values.max} characters`,
    tooShort: `is shorter than ${values.min} characters`,
    pattern: 'contains characters Cognito does not accept',
    whitespace: 'must not start or end with white space',
    email: 'is not an email address',
    phone: 'is not a phone number in E.164 format',
    date: 'is not a date in YYYY-MM-DD format',
    url: 'is not a URL',
    number: 'is not a number',
    min: `is below ${values.min}`,
    max: `is above ${values.max}`,
    passwordPolicy: 'does not meet the password policy',
    mismatch: 'does not match',
  };
  return validationError(field, reason, `${what} ${detail[reason]}.`, values);
}

interface StringRule {
  min?: number;
  max: number;
  pattern?: RegExp;
}

/** Checks one string against a rule; `undefined` means it passes. */
function checkString(
  field: string,
  what: string,
  value: unknown,
  rule: StringRule,
): Issue | undefined {
  if (typeof value !== 'string') return fail(field, 'required', what);
  if (rule.min !== undefined && value.length < rule.min) {
    return value.length === 0
      ? fail(field, 'required', what)
      : fail(field, 'tooShort', what, { min: rule.min });
  }
  if (value.length > rule.max) return fail(field, 'tooLong', what, { max: rule.max });
  if (LONE_SURROGATE.test(value)) return fail(field, 'pattern', what);
  if (rule.pattern && !rule.pattern.test(value)) return fail(field, 'pattern', what);
  return undefined;
}

function checkOptional(
  field: string,
  what: string,
  value: unknown,
  rule: StringRule,
): Issue | undefined {
  return value === undefined ? undefined : checkString(field, what, value, rule);
}

/** Password: required, at most 256, no leading or trailing white space (inner spaces are fine). */
export function checkPassword(password: unknown): Issue | undefined {
  const issue = checkString('password', 'The password', password, { min: 1, ...LIMITS.password });
  if (issue) return issue;
  if (/^\s|\s$/u.test(password as string)) return fail('password', 'whitespace', 'The password');
  return undefined;
}

/** Attribute name: 1-32 characters, `custom:` names at most 20 after the prefix. */
export function checkAttributeName(name: unknown, field = String(name)): Issue | undefined {
  const issue = checkString(
    field,
    `The attribute name "${String(name).slice(0, 40)}"`,
    name,
    LIMITS.attributeName,
  );
  if (issue) return issue;
  const n = name as string;
  if (n.startsWith('custom:') && n.length - 'custom:'.length > LIMITS.customAttributeName.max) {
    return fail(field, 'tooLong', `The custom attribute name "${n.slice(0, 40)}"`, {
      max: LIMITS.customAttributeName.max,
    });
  }
  if (n === 'custom:') return fail(field, 'required', 'The custom attribute name');
  return undefined;
}

function checkAttributeList(list: unknown, kind: string): Issue | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return fail(kind, 'required', kind);
  const seen = new Set<string>();
  for (const entry of list as AttributeType[]) {
    if (entry === null || typeof entry !== 'object') return fail(kind, 'required', kind);
    const nameIssue = checkAttributeName(entry.Name);
    if (nameIssue) return nameIssue;
    if (seen.has(entry.Name))
      return fail(entry.Name, 'pattern', `"${entry.Name}" appears twice in ${kind}; it`);
    seen.add(entry.Name);
    const valueIssue = checkString(entry.Name, `The value of ${entry.Name}`, entry.Value, {
      max: LIMITS.attributeValue.max,
    });
    if (valueIssue) return valueIssue;
  }
  return undefined;
}

function checkStringMap(map: unknown, field: string): Issue | undefined {
  if (map === undefined) return undefined;
  if (map === null || typeof map !== 'object' || Array.isArray(map))
    return fail(field, 'required', field);
  for (const [key, value] of Object.entries(map)) {
    const issue =
      checkString(field, `A ${field} key`, key, LIMITS.string) ??
      checkString(key, `The ${field} value "${key.slice(0, 40)}"`, value, LIMITS.string);
    if (issue) return issue;
  }
  return undefined;
}

type Common = Pick<
  SignUpRequest,
  | 'ClientId'
  | 'SecretHash'
  | 'Username'
  | 'AnalyticsMetadata'
  | 'UserContextData'
  | 'ClientMetadata'
>;

function checkCommon(request: Common): Issue | undefined {
  return (
    checkString('clientId', 'The app client id', request.ClientId, LIMITS.clientId) ??
    checkString('username', 'The username', request.Username, LIMITS.username) ??
    checkOptional('secretHash', 'The secret hash', request.SecretHash, LIMITS.secretHash) ??
    checkOptional(
      'analyticsMetadata',
      'The analytics endpoint id',
      request.AnalyticsMetadata?.AnalyticsEndpointId,
      LIMITS.string,
    ) ??
    checkOptional(
      'userContextData',
      'The user context data',
      request.UserContextData?.EncodedData,
      LIMITS.string,
    ) ??
    checkOptional(
      'userContextData',
      'The IP address',
      request.UserContextData?.IpAddress,
      LIMITS.string,
    ) ??
    checkStringMap(request.ClientMetadata, 'ClientMetadata')
  );
}

/** The first limit a SignUp request breaks, or `undefined` when it may be sent. */
export function checkSignUpRequest(request: SignUpRequest): Issue | undefined {
  return (
    checkCommon(request) ??
    checkPassword(request.Password) ??
    checkAttributeList(request.UserAttributes, 'UserAttributes') ??
    checkAttributeList(request.ValidationData, 'ValidationData')
  );
}

/** The first limit a ConfirmSignUp request breaks, or `undefined`. */
export function checkConfirmSignUpRequest(request: ConfirmSignUpRequest): Issue | undefined {
  return (
    checkCommon(request) ??
    checkString(
      'code',
      'The confirmation code',
      request.ConfirmationCode,
      LIMITS.confirmationCode,
    ) ??
    checkOptional('session', 'The session', request.Session, LIMITS.session)
  );
}

/** The first limit a ResendConfirmationCode request breaks, or `undefined`. */
export function checkResendConfirmationCodeRequest(
  request: ResendConfirmationCodeRequest,
): Issue | undefined {
  return checkCommon(request);
}
