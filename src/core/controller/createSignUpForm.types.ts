/** The types of the form controller (`createSignUpForm`): its options, model, extensions and the forms it drives. */

import type { Problem, SignUpError } from '../errors/index.js';
import type {
  FormField,
  FormOptions,
  FormValues,
  PasswordCheck,
  PasswordPolicy,
  UsernameMode,
} from '../fields/index.js';
import type { ConfirmationLink, SignUpFlowOptions, SignUpStep } from '../flow/index.js';
import type { Messages, Translate } from '../messages/index.js';

/**
 * What an opt-in entry adds to the form, framework-free: the phone support
 * (`react-cognito-signup/phone`) and the breached-password check
 * (`react-cognito-signup/breached-password`) are extensions.
 */
export interface FormExtension {
  /** The English of its messages (the bundled catalogs translate them). */
  messages?: Partial<Record<string, string>>;
  /**
   * The values as they will be checked and sent (`values`: tidied already), from what was
   * typed: the phone support's national numbers in E.164.
   */
  prepare?(
    values: FormValues,
    typed: FormValues,
    fields: readonly FormField[],
  ): Promise<FormValues>;
  /**
   * Adds or changes problems once every field was validated. `whole`: a validation of the whole
   * form (a submit), not one field's revalidation on a keystroke.
   */
  check?(
    problems: Record<string, Problem>,
    values: FormValues,
    context: { typed: FormValues; fields: readonly FormField[]; whole: boolean },
  ): void | Promise<void>;
  /** One more rule of the password checklist, when it has something to say about `password`. */
  rule?(password: string): PasswordCheck | undefined;
  /** When the person leaves the field `name`: a problem to show on it, if any. */
  blur?(name: string, value: string): Promise<Problem | undefined>;
  /**
   * Forget what it kept of what was typed (the breached-password check's verdicts): called
   * when SignUp went through and at Start over (`reset()`).
   */
  forget?(): void;
}

/** Options of {@link createSignUpForm}; `setOptions` replaces them, each action reads the latest. */
export interface SignUpFormOptions
  extends Omit<SignUpFlowOptions, 'signUpFields' | 'usernameMode'>,
    FormOptions {
  /** Static ValidationData sent with SignUp. */
  validationData?: Record<string, string>;
  /** The pool's password policy; Cognito's default where left out. */
  passwordPolicy?: Partial<PasswordPolicy>;
  /** A locale catalog; English by default. */
  catalog?: Partial<Messages>;
  /** Overrides of single messages, on top of the catalog. */
  messages?: Partial<Record<string, string>>;
  /** Phone number support (`react-cognito-signup/phone`). */
  phone?: FormExtension;
  /** A breached-password check (`react-cognito-signup/breached-password`). */
  breachedPassword?: FormExtension;
  /** Confirmation by link (`confirmationLink()` from `react-cognito-signup/link`). */
  link?: ConfirmationLink;
  /**
   * The confirmation code's length (default 6, Cognito's): the code input draws as many slots,
   * and a code of another length is refused before it is sent.
   */
  codeLength?: number;
  /** What the whole code must match (default digits only); refused before it is sent. */
  codePattern?: RegExp;
}

/** What the options resolve to: the same options give the same object. */
export interface SignUpFormModel {
  /** The sign-up step's fields, in order. */
  fields: FormField[];
  /** Configuration mistakes (a submit answers them with a ConfigurationError). */
  problems: string[];
  policy: PasswordPolicy;
  t: Translate;
  usernameMode: UsernameMode;
  /** The fields `step` renders: the sign-up step's, the code, or none. */
  fieldsOf(step: SignUpStep): FormField[];
  /**
   * The field called `name`, or the code field; an unknown name renders as a plain text field
   * (and development says so).
   */
  field(name: string): FormField;
  /**
   * The translated text of an error of the flow's, in the words of the username mode where the
   * catalog has them (`error.UsernameExistsException.email`: "An account with this email
   * already exists.").
   */
  errorText(error: SignUpError): string;
  /** Each password rule, met or not, then the extensions' (the breached-password check's). */
  passwordChecks(password: string): PasswordCheck[];
}

/**
 * What the controller needs of a form library's form, to drive it (react-hook-form's form is
 * one; a page of your own can give a small object over its inputs).
 */
export interface FormStore {
  getValues(): FormValues;
  getValues(name: string): unknown;
  setValue(name: string, value: string): void;
  setError(name: string, error: { type: string; message: string }): void;
  /** Focuses the field `name`; `shouldSelect` selects what it holds too. */
  setFocus(name: string, options?: { shouldSelect?: boolean }): void;
  clearErrors(): void;
  reset(values: FormValues): void;
  /** Validates one field as a submit would, showing its problem (and focusing it). */
  trigger(name: string, options: { shouldFocus: boolean }): Promise<boolean>;
  /** A submit handler: validates every field (through {@link validate}), then calls `onValid`. */
  handleSubmit(onValid: (values: FormValues) => Promise<void>): (event?: unknown) => Promise<void>;
}

/** A field's refusal as forms store it: the reason and the translated text. */
export interface FieldError {
  type: Problem['reason'];
  message: string;
}

/**
 * What validation says, in the shape form libraries take (react-hook-form's resolver result):
 * the values as they will be sent, or the error of each field that stops them.
 */
export type Validation =
  | { values: FormValues; errors: Record<string, never> }
  | { values: Record<string, never>; errors: Record<string, FieldError> };
