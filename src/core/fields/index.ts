/**
 * Fields and validation: the standard attributes, the field model of a form, validation against
 * the service limits and the password policy, values tidied before sending.
 */
export { asText } from './asText.js';
export type { AttributeSpec, InputKind, StandardAttributeName } from './attributeCatalog.js';
export {
  ATTRIBUTE_CATALOG,
  E164,
  isStandardAttribute,
  STANDARD_ATTRIBUTES,
} from './attributeCatalog.js';
export type {
  FieldConfig,
  FieldDestination,
  FieldInput,
  FieldOption,
  FieldProblem,
  FormField,
  FormOptions,
  FormValues,
  UsernameMode,
} from './fieldModel.js';
export { createField, resolveFields, toSignUpInput } from './fieldModel.js';
export type { PasswordCheck, PasswordPolicy, PasswordRule } from './passwordPolicy.js';
export {
  DEFAULT_PASSWORD_POLICY,
  passwordChecks,
  resolvePasswordPolicy,
} from './passwordPolicy.js';
export { tidyValues } from './tidyValues.js';
export { validateField, validateForm } from './validateField.js';
export { type ValuesFromUrlOptions, valuesFromUrl } from './valuesFromUrl.js';
