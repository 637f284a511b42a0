import { describe, expect, it } from 'vitest';
import { normalizeCognitoError, SERVICE_ERROR_CODES, SignUpError } from '../../src/core/index.ts';
import { en } from '../../src/core/locales/en.ts';

const PASSWORD = 'Sup3r$ecret!';

/** Every string reachable from the error: message, values, cause chain, own properties. */
function everyString(error: unknown, seen = new Set<unknown>()): string[] {
  if (error === null || error === undefined || seen.has(error)) return [];
  if (typeof error === 'string') return [error];
  if (typeof error !== 'object') return [String(error)];
  seen.add(error);
  const out: string[] = [];
  for (const key of Object.getOwnPropertyNames(error)) {
    out.push(...everyString((error as Record<string, unknown>)[key], seen));
  }
  return out;
}

describe('normalizeCognitoError', () => {
  /** A pool or app client set up wrong reads as any setup problem; a bad Lambda answer as a Lambda failure. */
  const SHARED: Record<string, string> = {
    ResourceNotFoundException: 'error.ConfigurationError',
    InvalidSmsRoleAccessPolicyException: 'error.ConfigurationError',
    InvalidSmsRoleTrustRelationshipException: 'error.ConfigurationError',
    InvalidEmailRoleAccessPolicyException: 'error.ConfigurationError',
    InvalidLambdaResponseException: 'error.UnexpectedLambdaException',
  };

  it.each(SERVICE_ERROR_CODES)('keeps %s as a typed code with a message key en has', (code) => {
    const message =
      code === 'UserLambdaValidationException' ? 'PreSignUp failed with error No.' : 'server text';
    const error = normalizeCognitoError({ code, name: code, message });
    expect(error).toBeInstanceOf(SignUpError);
    expect(error.code).toBe(code);
    expect(error.messageKey).toBe(SHARED[code] ?? `error.${code}`);
    expect(en).toHaveProperty([error.messageKey]);
  });

  it('shows an app client with a secret as a setup problem', () => {
    const error = normalizeCognitoError({
      __type: 'NotAuthorizedException',
      message: 'Unable to verify secret hash for client abc',
    });
    expect(error.code).toBe('SecretHashRequiredError');
    expect(error.messageKey).toBe('error.ConfigurationError');
  });

  it.each([
    'PreSignUp invocation failed due to error AccessDeniedException.',
    'PreSignUp failed with error .',
    '',
  ])('gives a Lambda rejection without its own words (%j) a sentence of ours', (message) => {
    const error = normalizeCognitoError({ __type: 'UserLambdaValidationException', message });
    expect(error.code).toBe('UserLambdaValidationException');
    expect(error.lambdaMessage).toBeUndefined();
    expect(error.messageKey).toBe('error.lambdaRejected');
  });

  it('reads `__type` with a namespace prefix, as the raw service JSON has it', () => {
    expect(
      normalizeCognitoError({ __type: 'com.amazonaws#UsernameExistsException', message: 'x' }).code,
    ).toBe('UsernameExistsException');
  });

  it.each([
    ['UsernameExistsException', 'username'],
    ['InvalidPasswordException', 'password'],
    ['CodeMismatchException', 'code'],
    ['ExpiredCodeException', 'code'],
    ['TooManyFailedAttemptsException', 'code'],
  ])('puts %s on the %s field', (code, field) => {
    expect(normalizeCognitoError({ code, message: 'x' }).field).toBe(field);
  });

  it.each([
    ["1 validation error detected: Value at 'username' failed to satisfy constraint", 'username'],
    ["Value at 'password' failed to satisfy constraint", 'password'],
    ['Invalid email address format.', 'email'],
    ['Invalid phone number format.', 'phone_number'],
    [
      'Attributes did not conform to the schema: custom:plan: Attribute does not exist',
      'custom:plan',
    ],
  ])('places InvalidParameterException "%s" on %s', (message, field) => {
    expect(normalizeCognitoError({ code: 'InvalidParameterException', message }).field).toBe(field);
  });

  it('puts UserNotFoundException on the username while confirming', () => {
    expect(
      normalizeCognitoError({ code: 'UserNotFoundException' }, { operation: 'ConfirmSignUp' })
        .field,
    ).toBe('username');
  });

  it("extracts the Lambda's own message", () => {
    const error = normalizeCognitoError({
      code: 'UserLambdaValidationException',
      message: 'PreSignUp failed with error Sign-ups from this domain are closed.',
    });
    expect(error.code).toBe('UserLambdaValidationException');
    expect(error.lambdaMessage).toBe('Sign-ups from this domain are closed');
    expect(error.values.lambdaMessage).toBe('Sign-ups from this domain are closed');
    expect(error.field).toBeUndefined();
  });

  it('turns the SECRET_HASH complaint into advice for the developer', () => {
    const error = normalizeCognitoError({
      code: 'NotAuthorizedException',
      message: 'Unable to verify secret hash for client abc',
    });
    expect(error.code).toBe('SecretHashRequiredError');
    expect(error.message).toMatch(/without a secret/);
    expect(error.message).toMatch(/getSecretHash/);
  });

  it.each([
    [{ code: 'NetworkError', message: 'Network error' }, 'NetworkError'],
    [Object.assign(new Error('aborted'), { name: 'AbortError' }), 'AbortError'],
    [Object.assign(new Error('t'), { name: 'TimeoutError' }), 'TimeoutError'],
    [{ code: 'InvalidResponseError' }, 'InvalidResponseError'],
    [{ __type: 'SomethingNewException' }, 'UnknownError'],
    // Names of catalog keys that are not codes a server may send.
    [{ __type: 'SignUpCancelled' }, 'UnknownError'],
    [{ __type: 'lambdaRejected' }, 'UnknownError'],
    [{ __type: 'UsernameExistsException.email' }, 'UnknownError'],
    [{ __type: 'constructor' }, 'UnknownError'],
    ['a string', 'UnknownError'],
    [null, 'UnknownError'],
    [undefined, 'UnknownError'],
    [42, 'UnknownError'],
    [{ code: 7, message: { nested: true } }, 'UnknownError'],
  ])('normalizes %o to %s', (raw, code) => {
    expect(normalizeCognitoError(raw).code).toBe(code);
  });

  it('keeps the original error as a sanitized cause', () => {
    const error = normalizeCognitoError(
      Object.assign(new Error('bad'), { code: 'TooManyRequestsException', statusCode: 400 }),
    );
    expect(error.cause).toMatchObject({
      message: 'bad',
      code: 'TooManyRequestsException',
      statusCode: 400,
    });
    expect(error.retryable).toBe(true);
    expect(error.statusCode).toBe(400);
  });

  it('never contains the password, wherever the server echoed it', () => {
    const raw = Object.assign(new Error(`Password ${PASSWORD} is weak`), {
      code: 'InvalidPasswordException',
      extra: PASSWORD,
    });
    const lambda = {
      code: 'UserLambdaValidationException',
      message: `PreSignUp failed with error ${PASSWORD}.`,
    };
    const ours = new SignUpError({
      code: 'UnknownError',
      message: `oops ${PASSWORD}`,
      values: { p: PASSWORD },
    });
    for (const input of [raw, lambda, ours, `text ${PASSWORD}`]) {
      const error = normalizeCognitoError(input, { secrets: [PASSWORD] });
      for (const text of everyString(error)) expect(text).not.toContain(PASSWORD);
      expect(JSON.stringify(error)).not.toContain(PASSWORD);
      expect(String(error)).not.toContain(PASSWORD);
    }
  });
});
