import type { FieldErrors, ResolverResult } from 'react-hook-form';
import type { Translate } from '../core/messages.js';
import type { PasswordPolicy } from '../core/passwordPolicy.js';
import { phoneCountryKey } from '../core/phoneNumbers.js';
import { LIMITS, limitProblem } from '../core/serviceLimits.js';
import type { FieldProblem, FormField, FormValues } from '../core/signUpForm.js';
import { tidyValues } from '../core/tidyValues.js';
import { validateForm } from '../core/validateField.js';
import type { ConfirmValues, UseSignUpOptions } from './useSignUp.types.js';

/** What the sign-up resolver reads at validation time (the latest render's). */
export interface FormModel {
  fields: readonly FormField[];
  policy: PasswordPolicy;
  t: Translate;
  /** `phone` support and the `breachedPassword` check, when given. */
  options: Pick<UseSignUpOptions, 'phone' | 'breachedPassword'>;
}

/**
 * Problems as react-hook-form errors: `message` is the translated text, as its docs describe.
 * A phone number read with a country chosen (`values`) is "not valid for the country chosen".
 */
export function toFieldErrors(
  problems: Record<string, FieldProblem>,
  t: Translate,
  values?: FormValues,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, { reason, values: placeholders }] of Object.entries(problems)) {
    const key =
      reason === 'phone' && values?.[phoneCountryKey(name)]
        ? 'phone.invalid'
        : `validation.${reason}`;
    errors[name] = { type: reason, message: t(key, placeholders) };
  }
  return errors;
}

/**
 * Validates the sign-up form, on the values as they will be sent (emails trimmed, phone
 * punctuation removed: `tidyValues`). With phone support, numbers typed in national format
 * become E.164 first and are checked against the numbering plan; without it, E.164 is required.
 * With the breached-password check, a validation of the whole form (a submit, never a
 * keystroke's revalidation of one field) looks a password that meets the policy up.
 */
export async function resolveSignUp(
  { fields, policy, t, options: { phone, breachedPassword } }: FormModel,
  values: FormValues,
  names: readonly string[] = [],
): Promise<ResolverResult<FormValues>> {
  let checked = tidyValues(fields, values);
  let isPhone: ((value: string) => boolean) | undefined;
  if (phone && fields.some((f) => f.format === 'phone')) {
    const tools = await phone.load();
    isPhone = tools.isPhone;
    checked = { ...checked };
    for (const field of fields) {
      const value = values[field.name];
      if (field.format !== 'phone' || typeof value !== 'string') continue;
      const country = values[phoneCountryKey(field.name)];
      checked[field.name] = tools.toE164(value, typeof country === 'string' ? country : undefined);
    }
  }
  const problems = validateForm(fields, checked, policy, isPhone);
  const password = checked.password;
  if (breachedPassword && typeof password === 'string' && !problems.password) {
    const breached =
      names.length > 1
        ? await breachedPassword.screen(password)
        : // Revalidating one field: what is known already, nothing looked up.
          breachedPassword.problem(password);
    if (breached) problems.password = breached;
  }
  return Object.keys(problems).length
    ? { values: {}, errors: toFieldErrors(problems, t, values) }
    : { values: checked, errors: {} };
}

/** Validates the confirmation code (pasted codes often carry spaces: they are removed). */
export async function resolveConfirm(
  t: Translate,
  values: ConfirmValues,
): Promise<ResolverResult<ConfirmValues>> {
  const code = (values.code ?? '').replace(/\s+/g, '');
  const found = limitProblem(code, LIMITS.confirmationCode);
  return found
    ? { values: {} as Record<string, never>, errors: toFieldErrors({ code: found }, t) }
    : { values: { code }, errors: {} };
}
