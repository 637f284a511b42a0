/** The React layer: the headless hook and the components built only from it. */

export * from './components/index.ts';
export type { FieldProps, StoredFieldError } from './fieldProps.ts';
export {
  type ConfirmValues,
  type MessageOverrides,
  type SignUpStatus,
  type SignUpStep,
  type UseSignUpOptions,
  type UseSignUpReturn,
  useSignUp,
} from './useSignUp.ts';
