/**
 * The phone support's framework-free half (`react-cognito-signup/phone`): numbers typed in
 * national format with a country chosen are sent in E.164, and checked against the numbering
 * plan, with the validation error speaking of the country chosen.
 */
import type { FormExtension } from '../controller/index.js';
import { problem } from '../errors/index.js';
import type { FormValues } from '../fields/index.js';
import { loadPhoneTools, phoneCountryKey } from './phoneNumbers.js';

/** The country chosen for the phone field `name`, if any. */
function countryOf(typed: FormValues, name: string): string | undefined {
  const country = typed[phoneCountryKey(name)];
  return typeof country === 'string' && country ? country : undefined;
}

/** The form extension of the phone support: `prepare` and `check` of its phone fields. */
export const phoneExtension: Required<Pick<FormExtension, 'prepare' | 'check'>> = {
  async prepare(values, typed, fields) {
    const phones = fields.filter((field) => field.format === 'phone');
    if (!phones.length) return values;
    const tools = await loadPhoneTools();
    const prepared = { ...values };
    for (const { name } of phones) {
      const value = typed[name];
      if (typeof value === 'string') prepared[name] = tools.toE164(value, countryOf(typed, name));
    }
    return prepared;
  },
  async check(problems, values, { typed, fields }) {
    const phones = fields.filter((field) => field.format === 'phone');
    if (!phones.length) return;
    const tools = await loadPhoneTools();
    for (const { name } of phones) {
      const value = values[name];
      // The E.164 shape is checked already; the numbering plan here.
      if (!problems[name] && typeof value === 'string' && value && !tools.isPhone(value))
        problems[name] = problem('phone');
      // With a country chosen, "not valid for the country chosen", not "add the country code".
      if (problems[name]?.reason === 'phone' && countryOf(typed, name))
        problems[name] = { ...problems[name], messageKey: 'phone.invalid' };
    }
  },
};
