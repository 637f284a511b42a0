import { checkFormat } from './attributeCatalog.js';
import type { ValidationReason } from './errors.js';
import { type PasswordPolicy, passwordChecks } from './passwordPolicy.js';
import { checkPassword, LIMITS, limitProblem, problem } from './serviceLimits.js';
import type { FieldProblem, FormField, FormValues } from './signUpForm.js';

export function asText(value: unknown): string {
  return typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? ''
      : String(value);
}

/** The problem with one field's value, or `undefined`. `isPhone` overrides the E.164 shape check. */
export function validateField(
  field: FormField,
  values: FormValues,
  policy: PasswordPolicy,
  isPhone?: (value: string) => boolean,
): FieldProblem | undefined {
  const raw = values[field.name];
  if (field.kind === 'checkbox') {
    return field.required && raw !== true ? problem('required') : undefined;
  }
  const value = asText(raw);
  if (field.destination === 'password') {
    if (!value) return problem('required');
    const issue = checkPassword(value);
    if (issue)
      return problem(issue.messageKey.replace('validation.', '') as ValidationReason, issue.values);
    return passwordChecks(value, policy).every((c) => c.met)
      ? undefined
      : problem('passwordPolicy');
  }
  if (field.destination === 'confirmPassword') {
    if (!value) return problem('required');
    return value === asText(values.password) ? undefined : problem('mismatch');
  }
  if (value === '') return field.required ? problem('required') : undefined;
  if (field.destination === 'username') {
    const found = limitProblem(value, LIMITS.username);
    if (found?.reason === 'pattern' && /\s/u.test(value)) {
      // A space is the usual reason a username breaks the pattern: say so. An email or a
      // phone number as username gets its own format's message below.
      if (!field.format) return problem('spaces');
    } else if (found) return found;
  }
  const limit =
    field.destination === 'clientMetadata' ? LIMITS.string.max : LIMITS.attributeValue.max;
  const max = Math.min(field.maxLength ?? limit, limit);
  if (value.length > max) return problem('tooLong', { max });
  if (field.minLength !== undefined && value.length < field.minLength)
    return problem('tooShort', { min: field.minLength });
  if (/\p{Cs}/u.test(value)) return problem('pattern');
  if (field.kind === 'number') {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) return problem('number');
    if (field.min !== undefined && number < field.min) return problem('min', { min: field.min });
    if (field.max !== undefined && number > field.max) return problem('max', { max: field.max });
  }
  if (field.kind === 'select' && field.options && !field.options.some((o) => o.value === value)) {
    return problem('pattern');
  }
  if (field.format === 'phone' && isPhone) return isPhone(value) ? undefined : problem('phone');
  const format = checkFormat(field.format, value);
  if (format) return problem(format);
  if (field.pattern && !field.pattern.test(value)) return problem('pattern');
  return undefined;
}

/** Problems of every field, by name (empty when the form may be sent). */
export function validateForm(
  fields: readonly FormField[],
  values: FormValues,
  policy: PasswordPolicy,
  isPhone?: (value: string) => boolean,
): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const field of fields) {
    const found = validateField(field, values, policy, isPhone);
    if (found) problems[field.name] = found;
  }
  return problems;
}
