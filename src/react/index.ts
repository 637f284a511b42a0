/** The React layer: the headless hook and the components built only from it. */

export * from './components/index.js';
export type { FieldProps, StoredFieldError } from './fieldProps.js';
export {
  type ConfirmValues,
  type MessageOverrides,
  type PhoneSupport,
  type SignUpStatus,
  type SignUpStep,
  type UseSignUpOptions,
  type UseSignUpReturn,
  useSignUp,
} from './useSignUp.js';
