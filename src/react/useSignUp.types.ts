import type { ButtonHTMLAttributes, ComponentType, FormHTMLAttributes } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CodeDeliveryDetails, SignUpResponse } from '../core/cognitoOperations.js';
import type { FormExtension, SignUpFormOptions } from '../core/controller/index.js';
import type { SignUpError } from '../core/errors/index.js';
import type { BreachedPasswordCheck, PhoneTools } from '../core/extensions/index.js';
import type { FormField, FormValues, PasswordCheck, PasswordPolicy } from '../core/fields/index.js';
import type { FlowNotice, SignedIn, SignUpStatus, SignUpStep } from '../core/flow/index.js';
import type { PhoneMessageKey } from '../core/locales/en.js';
import type { Messages, Translate } from '../core/messages/index.js';
import type { FieldProps, InputPropsIn } from './fieldProps.js';

export type { SignUpStatus, SignUpStep };

/** Message keys of your own fields and their options: `field.custom:plan.label`, `option.custom:plan.pro`. */
export type OwnMessageKey = `field.${string}.${'label' | 'hint'}` | `option.${string}.${string}`;

/**
 * Message overrides: any catalog key, plus keys for your own fields. Any other key is a type
 * error (`'signUp.titel'`), and a development warning names the nearest key.
 */
export type MessageOverrides = Partial<Messages> & Partial<Record<OwnMessageKey, string>>;

/**
 * Phone number support: `import { phone } from 'react-cognito-signup/phone'`. Opt-in, so forms
 * without a phone field carry none of it; libphonenumber-js still loads only when a form has one.
 */
export interface PhoneSupport extends FormExtension {
  /** Loads (once) the phone number tools. */
  load: () => Promise<PhoneTools>;
  /**
   * A phone field's parts (inside `<Field>`): label, country list and number, and a hint and a
   * validation error that speak of the country chosen.
   */
  FieldBody: ComponentType;
  /** The country preselected in every phone field without one of its own. */
  defaultCountry?: string;
  /**
   * The English of the phone messages (the bundled catalogs translate them): the hint and the
   * validation error of a phone field with a country list.
   */
  messages: Record<PhoneMessageKey, string>;
}

/**
 * Options of {@link useSignUp}: the controller's (`SignUpFormOptions`), with the React parts of
 * the phone support, message overrides checked against the catalog's keys, and initial values.
 * All of them may change after mount and take effect.
 */
export interface UseSignUpOptions
  extends Omit<SignUpFormOptions, 'messages' | 'phone' | 'breachedPassword'> {
  /** Initial values by field name. */
  defaultValues?: FormValues;
  /** Overrides of single messages, on top of the catalog. */
  messages?: MessageOverrides;
  /**
   * Phone number support (`import { phone } from 'react-cognito-signup/phone'`): a country
   * picker, national numbers turned into E.164, numbering-plan validation. Without it a phone
   * field takes E.164 numbers (`+12015550123`) only.
   */
  phone?: PhoneSupport;
  /**
   * A breached-password check (`checkBreachedPassword()` from
   * `react-cognito-signup/breached-password`): the password is looked up on blur and at submit,
   * never per keystroke.
   */
  breachedPassword?: BreachedPasswordCheck;
}

/** Values of the confirm form. */
export interface ConfirmValues {
  code: string;
}

/** What {@link useSignUp} returns: state, prop getters and actions. */
export interface UseSignUpReturn {
  step: SignUpStep;
  status: SignUpStatus;
  /** The last error (normalized), until the next action. */
  error: SignUpError | undefined;
  /** The translated form-level error (not placed on a field), for a live region. */
  formError: string | undefined;
  /** A translated sentence announcing the latest step change or resend, for a live region. */
  announcement: string | undefined;
  /** What `announcement` says, as a message key and values (`confirm.resent` after a resend). */
  notice: FlowNotice | undefined;
  /** The SignUp answer: UserSub, UserConfirmed, CodeDeliveryDetails, Session. */
  result: SignUpResponse | undefined;
  /** The username being confirmed. */
  username: string | undefined;
  /** After auto sign-in (the `signedIn` step): the tokens, the `CognitoUser` and its session. */
  signedIn?: SignedIn;
  /** Where the current code went (updated by resend). */
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  /** The fields of the current step, in order. */
  fields: FormField[];
  /** Props for the `<form>` of the current step. */
  getFormProps: (
    props?: FormHTMLAttributes<HTMLFormElement>,
  ) => FormHTMLAttributes<HTMLFormElement>;
  /**
   * Label, input, hint and error props for one field (of the current step, else of the form it
   * belongs to). Your input props are merged in: handlers chained (yours first; calling
   * `preventDefault()` skips ours), refs composed.
   */
  getFieldProps: (name: string, props?: InputPropsIn) => FieldProps;
  /** Props for the submit button of the current step. */
  getSubmitProps: (
    props?: ButtonHTMLAttributes<HTMLButtonElement>,
  ) => ButtonHTMLAttributes<HTMLButtonElement> & {
    'data-status': SignUpStatus;
    /** Present while a request runs (the button stays focusable: `aria-disabled`, not `disabled`). */
    'data-disabled'?: true;
  };
  /**
   * Each password rule, met or not, and the breached-password check's once the password was
   * looked up. Reading it re-renders on password keystrokes.
   */
  readonly passwordChecks: PasswordCheck[];
  /** Submits the current step's form, as its submit button would; resolves when done. */
  submit: () => Promise<void>;
  /** Confirms with `code`, or with the confirm form's value. */
  confirm: (code?: string) => Promise<void>;
  /** Requests a new code; does nothing during the cooldown. */
  resend: () => Promise<void>;
  /** Seconds until `resend` is allowed (0 = now). */
  resendAvailableIn: number;
  /** When `resend` is allowed (epoch milliseconds; 0 before any cooldown). */
  resendAvailableAt: number;
  /**
   * "I already have a code": goes to the confirm step for `username` (default: the username
   * typed in the form), to finish an account that was left unconfirmed.
   */
  startConfirmation: (username?: string) => Promise<void>;
  /** Back to an empty sign-up form; forgets the pending confirmation. */
  reset: () => void;
  /** The message translator in use. */
  t: Translate;
  /** The phone support passed in the options, if any. */
  phone: PhoneSupport | undefined;
  /** The rules for `password` as `passwordChecks` lists them (for a checklist that watches the password itself). */
  passwordChecksFor: (password: string) => PasswordCheck[];
  /** The password policy in force. */
  passwordPolicy: PasswordPolicy;
  /** react-hook-form's sign-up form, for `Controller` and third-party inputs. */
  form: UseFormReturn<FormValues>;
  /** react-hook-form's confirm form. */
  confirmForm: UseFormReturn<ConfirmValues>;
}
