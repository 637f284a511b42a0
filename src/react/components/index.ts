export {
  ConfirmInstructions,
  ConfirmSignUpForm,
  type ConfirmSignUpFormProps,
  ResendButton,
  StartOverButton,
} from './ConfirmSignUpForm.js';
export { SignUpContext, useFieldContext, useSignUpContext } from './context.js';
export {
  ErrorMessage,
  Hint,
  Input,
  Label,
  Select,
  Status,
  Submit,
} from './elementParts.js';
export { DefaultFieldBody, Field, type FieldPartProps } from './Field.js';
export { PasswordChecklist, PasswordInput } from './PasswordField.js';
export {
  SignUp,
  type SignUpComponents,
  SignUpDone,
  type SignUpProps,
  SignUpProvider,
  type SignUpProviderProps,
  type SlotProps,
} from './SignUp.js';
export { HaveCodeButton, type RenderField, type SignUpFormProps } from './SignUpForm.js';

import { ErrorMessage, Hint, Input, Label, Select, Status, Submit } from './elementParts.js';
import { Field } from './Field.js';
import { PasswordChecklist, PasswordInput } from './PasswordField.js';
import { SignUpForm as Form, HaveCodeButton } from './SignUpForm.js';

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
  HaveCodeButton,
});
