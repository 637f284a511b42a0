export {
  ConfirmInstructions,
  ConfirmSignUpForm,
  type ConfirmSignUpFormProps,
  ResendButton,
  StartOverButton,
} from './ConfirmSignUpForm.tsx';
export { SignUpContext, useFieldContext, useSignUpContext } from './context.ts';
export { PasswordChecklist, PasswordInput } from './PasswordField.tsx';
export { PhoneInput, type PhoneInputProps } from './PhoneField.tsx';
export {
  DefaultFieldBody,
  ErrorMessage,
  Field,
  type FieldPartProps,
  Hint,
  Input,
  Label,
  Select,
  Status,
  Submit,
} from './parts.tsx';
export {
  SignUp,
  type SignUpComponents,
  SignUpDone,
  type SignUpProps,
  SignUpProvider,
  type SignUpProviderProps,
  type SlotProps,
} from './SignUp.tsx';
export type { RenderField, SignUpFormProps } from './SignUpForm.tsx';

import { PasswordChecklist, PasswordInput } from './PasswordField.tsx';
import { PhoneInput } from './PhoneField.tsx';
import { ErrorMessage, Field, Hint, Input, Label, Select, Status, Submit } from './parts.tsx';
import { SignUpForm as Form } from './SignUpForm.tsx';

/** The sign-up step's form, with its parts as statics: `<SignUpForm.Field name="email" />`. */
export const SignUpForm = Object.assign(Form, {
  Field,
  Label,
  Input,
  Select,
  Hint,
  Error: ErrorMessage,
  Submit,
  Status,
  PasswordInput,
  PasswordChecklist,
  PhoneInput,
});
