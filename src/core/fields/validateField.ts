import { type Problem, problem } from '../errors/index.js';
import { LIMITS, limitProblem, passwordProblem } from '../wire/index.js';
import { asText } from './asText.js';
import { checkFormat } from './attributeCatalog.js';
import type { FormField, FormValues } from './fieldModel.js';
import { type PasswordPolicy, passwordChecks } from './passwordPolicy.js';

/** The problem with one field's value, or `undefined`. */
export function validateField(
  field: FormField,
  values: FormValues,
  policy: PasswordPolicy,
): Problem | undefined {
  const raw = values[field.name];
  if (field.kind === 'checkbox') {
    return field.required && raw !== true
      ? problem(field.consent ? 'consent' : 'required')
      : undefined;
  }
  const value = asText(raw);
  if (field.destination === 'password') {
    if (!value) return problem('required');
    const issue = passwordProblem(value);
    if (issue) return issue;
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
): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const field of fields) {
    const found = validateField(field, values, policy);
    if (found) problems[field.name] = found;
  }
  return problems;
}
