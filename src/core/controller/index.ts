/**
 * The controller: createSignUpForm, the framework-free form useSignUp adapts (model, validation,
 * texts, the flow, actions over any FormStore).
 */

export { CODE_FIELD, createSignUpForm, type SignUpFormController } from './createSignUpForm.js';
export type {
  FieldError,
  FormExtension,
  FormStore,
  SignUpFormModel,
  SignUpFormOptions,
  Validation,
} from './createSignUpForm.types.js';
