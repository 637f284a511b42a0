/**
 * The sign-up form without a framework: the flow store (`createSignUpFlow`) and the form model
 * (fields, password policy, messages, validation, requests) in one controller. `useSignUp` is an
 * adapter over it; a page without React can run the whole flow with it.
 */

import type { Problem } from '../errors/index.js';
import { configurationError, type SignUpError, warnOnce } from '../errors/index.js';
import {
  asText,
  createField,
  type FormField,
  type FormValues,
  type PasswordCheck,
  passwordChecks,
  resolveFields,
  resolvePasswordPolicy,
  tidyValues,
  toSignUpInput,
  validateForm,
} from '../fields/index.js';
import type { SignUpStep } from '../flow/index.js';
import { createSignUpFlow, type SignUpFlowOptions } from '../flow/index.js';
import { createTranslator, type Messages } from '../messages/index.js';
import { assertConfig } from '../wire/index.js';
import type {
  FieldError,
  FormExtension,
  FormStore,
  SignUpFormModel,
  SignUpFormOptions,
  Validation,
} from './createSignUpForm.types.js';

/** The validation verdict for `values`, or for the `problems` found. */
function verdict(
  values: FormValues,
  problems: Record<string, Problem>,
  text: (problem: Problem) => string,
): Validation {
  const errors: Record<string, FieldError> = {};
  for (const [name, problem] of Object.entries(problems))
    errors[name] = { type: problem.reason, message: text(problem) };
  return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
}

/** A code of digits only (Cognito's codes are six digits). */
const DIGITS = /^\d+$/;

/** The confirmation code field (its length and pattern come from `codeLength` and `codePattern`). */
export const CODE_FIELD: FormField = {
  ...createField('code', 'code'),
  required: true,
  autoComplete: 'one-time-code',
};
const NO_FIELDS: FormField[] = [];

/** The options the model is made of: it is made again when one of them changes. */
const MODEL_OPTIONS = [
  'catalog',
  'messages',
  'phone',
  'breachedPassword',
  'link',
  'usernameMode',
  'preferredUsername',
  'fields',
  'confirmPassword',
  'passwordless',
  'passwordPolicy',
  'codeLength',
  'codePattern',
] as const;

/** The extensions `options` name, in the order they act. */
const extensionsOf = ({ phone, breachedPassword, link }: SignUpFormOptions): FormExtension[] =>
  [phone, breachedPassword, link].filter((extension) => extension !== undefined);

export type SignUpFormController = ReturnType<typeof createSignUpForm>;

/**
 * The field called `name` among `fields` (the code field among them); an unknown name renders as
 * a plain text field (and development says so).
 */
function fieldNamed(name: string, fields: readonly FormField[]): FormField {
  const found = fields.find((field) => field.name === name);
  if (!found && process.env.NODE_ENV !== 'production') {
    warnOnce(
      `getFieldProps("${name}") / <Field name="${name}">: no field "${name}" is configured (${fields.map((f) => f.name).join(', ')}). Add it to \`fields\`, or fix the name: it renders as an optional text field whose value goes nowhere Cognito reads.`,
    );
  }
  return found ?? createField(name, 'text');
}

/**
 * Creates the controller: the flow's store and actions, plus the form model for its options,
 * validation, the SignUp request built from values (static ClientMetadata, ValidationData and
 * the analytics endpoint included) and the texts of problems and errors.
 */
export function createSignUpForm(initialOptions: SignUpFormOptions) {
  /** The latest model and the option values it was resolved from. */
  let cached: { inputs: unknown[]; model: SignUpFormModel } | undefined;
  /**
   * The model for `options`, answering for itself (its fields, texts, password checks); pure
   * (memoized), so it may run while rendering: a render asks its own model, never the latest.
   */
  function resolve(options: SignUpFormOptions): SignUpFormModel {
    // Auto sign-in's messages, not the function: `autoSignIn={autoSignIn()}` is a new one each render.
    const inputs = [...MODEL_OPTIONS.map((key) => options[key]), options.autoSignIn?.messages];
    if (!cached || inputs.some((value, i) => value !== cached?.inputs[i])) {
      const extensions = extensionsOf(options);
      const t = createTranslator(
        options.catalog,
        options.messages as Partial<Messages>,
        Object.assign(
          {},
          options.autoSignIn?.messages,
          ...extensions.map((extension) => extension.messages),
        ),
      );
      const { fields, problems } = resolveFields({ ...options, nameOrder: t('locale.names') });
      const policy = resolvePasswordPolicy(options.passwordPolicy);
      const usernameMode = options.usernameMode ?? 'username';
      const length = options.codeLength ?? 6;
      const code: FormField = {
        ...CODE_FIELD,
        minLength: length,
        maxLength: length,
        pattern: options.codePattern ?? DIGITS,
      };
      const model: SignUpFormModel = {
        fields,
        problems,
        policy,
        t,
        usernameMode,
        fieldsOf: (step) => (step === 'signUp' ? fields : step === 'confirm' ? [code] : NO_FIELDS),
        field: (name) => fieldNamed(name, [...fields, code]),
        errorText({ messageKey, values }) {
          const key = `${messageKey}.${usernameMode}`;
          const text = t(key, values);
          return text === key ? t(messageKey, values) : text;
        },
        passwordChecks: (password) =>
          passwordChecks(
            password,
            policy,
            extensions.map((extension) => extension.rule?.(password)),
          ),
      };
      cached = { inputs, model };
    }
    return cached.model;
  }

  let options = initialOptions;
  let model = resolve(options);
  const flowOptions = (): SignUpFlowOptions => ({
    ...options,
    signUpFields: model.fields.map((f) => f.name),
  });
  const flow = createSignUpFlow(flowOptions());

  /** The values as they will be checked and sent, from what was typed. */
  async function prepare(typed: FormValues): Promise<FormValues> {
    let values = tidyValues(model.fields, typed);
    for (const { prepare } of extensionsOf(options))
      if (prepare) values = await prepare(values, typed, model.fields);
    return values;
  }

  /** The translated text of a problem (its `messageKey`, else `validation.<reason>`). */
  const problemText = ({ reason, values, messageKey }: Problem) =>
    model.t(messageKey ?? `validation.${reason}`, values);
  /**
   * When the person leaves the field `name`: what the extension that looks at fields then
   * (the breached-password check) finds, if any; `undefined` at once when none does.
   */
  const blur = (name: string, value: string): Promise<Problem | undefined> | undefined =>
    extensionsOf(options)
      .find((extension) => extension.blur)
      ?.blur?.(name, value);
  /** Extensions forget what they kept of what was typed (the breached-password check's verdicts). */
  const forgetTyped = () => {
    for (const extension of extensionsOf(options)) extension.forget?.();
  };
  /**
   * Sends SignUp for values that passed {@link validate}; a configuration with problems
   * fails instead. Resolves to true when the flow moved on (the password has done its job).
   */
  async function submit(values: FormValues): Promise<boolean> {
    const { fields, problems } = model;
    if (problems.length) flow.fail(configurationError(problems.join(' ')));
    else {
      // The flow adds the static ClientMetadata and AnalyticsMetadata (it sends them with every request).
      const { usernameMode, validationData } = options;
      await flow.signUp(toSignUpInput(fields, values, { usernameMode, validationData }));
    }
    const movedOn = flow.getState().step !== 'signUp';
    if (movedOn) forgetTyped();
    return movedOn;
  }
  /**
   * "I already have a code" for the username typed (`typed`: the form's values), as a submit
   * would send it: trimmed and prepared (with the phone support, in E.164).
   */
  async function startConfirmationFor(typed: FormValues): Promise<void> {
    const values = await prepare({ ...typed, username: asText(typed.username).trim() });
    flow.startConfirmation(asText(values.username));
  }

  const controller = {
    ...flow,
    /** Start over: the flow's reset, and extensions forget what they kept of what was typed. */
    reset() {
      flow.reset();
      forgetTyped();
    },
    resolve,
    problemText,
    blur,
    submit,
    startConfirmationFor,
    /**
     * Follows a confirmation link (`react-cognito-signup/link`) when the form has one: this
     * page's address, or another tab's that asks for the Session. Returns the cleanup.
     */
    followLink: () => options.link?.follow({ flow, clientId: options.clientId }),
    /** The model of the latest options. */
    get model() {
      return model;
    },
    setOptions(next: SignUpFormOptions) {
      options = next;
      model = resolve(next);
      flow.setOptions(flowOptions());
    },
    /**
     * Fails with a ConfigurationError when the options cannot work; in
     * development the console names each problem once.
     */
    checkConfiguration(): void {
      const { problems } = model;
      try {
        assertConfig(options);
        options.autoSignIn?.checkConfiguration?.(options);
        if (problems.length) throw configurationError(problems.join(' '));
      } catch (error) {
        if (!flow.getState().error) flow.fail(error as SignUpError);
        if (process.env.NODE_ENV !== 'production') {
          const { message } = error as Error;
          const found = message === problems.join(' ') ? problems : [message, ...problems];
          for (const text of found) warnOnce(text, 'error');
        }
      }
    },
    /** The fields `step` renders, by the latest model. */
    fieldsOf: (step: SignUpStep): FormField[] => model.fieldsOf(step),
    /** The field called `name` by the latest model (see {@link SignUpFormModel.field}). */
    field: (name: string): FormField => model.field(name),
    /** The text of an error of the flow's, by the latest model (see {@link SignUpFormModel.errorText}). */
    errorText: (error: SignUpError): string => model.errorText(error),
    /** Each password rule, met or not, then the extensions', by the latest model. */
    passwordChecks: (password: string): PasswordCheck[] => model.passwordChecks(password),
    /**
     * Validates what was typed as it will be sent (emails trimmed, phone punctuation removed,
     * what extensions prepare). `whole` (default): a validation of the whole form, a submit.
     */
    async validate(typed: FormValues, whole = true): Promise<Validation> {
      const { fields, policy } = model;
      const values = await prepare(typed);
      const problems = validateForm(fields, values, policy);
      for (const { check } of extensionsOf(options))
        await check?.(problems, values, { typed, fields, whole });
      return verdict(values, problems, problemText);
    },
    /**
     * Validates the confirmation code as it will be sent (pasted codes often carry spaces:
     * removed): a code of other characters or of another length is refused here, not sent.
     */
    validateCode(typed: string): Validation {
      const code = typed.replace(/\s+/g, '');
      const field = model.field('code');
      // Exactly `codeLength` characters; of digits (the default pattern), said as "a number".
      const problems = validateForm(
        [{ ...field, kind: field.pattern === DIGITS ? 'number' : field.kind }],
        { code },
        model.policy,
      );
      return verdict({ code }, problems, problemText);
    },
    /**
     * The actions of a page whose sign-up and confirm forms are `form` and `confirmForm`: one
     * submission at a time, the password out of the form once it has done its job, errors shown
     * on their fields. `drawn` is called when what an extension says on blur may change the page,
     * with what it found there (to be announced: focus has left that field).
     */
    bind(form: FormStore, confirmForm: FormStore, drawn: (found?: string) => void) {
      let busy = false;
      // One submission at a time, validation included, however often it is triggered.
      const once =
        <A extends unknown[]>(work: (...args: A) => Promise<void>) =>
        async (...args: A) => {
          if (busy) return;
          busy = true;
          try {
            await work(...args);
          } finally {
            busy = false;
          }
        };
      // The password has done its job (or is not the one that signs in): out of the form.
      const forgetPassword = () => {
        form.setValue('password', '');
        form.setValue('confirmPassword', '');
      };
      const submitCode = once((event?: unknown) =>
        confirmForm.handleSubmit(async ({ code }) => {
          await flow.confirm(code as string);
          if (flow.getState().step !== 'confirm') confirmForm.reset({ code: '' });
        })(event),
      );
      const submitSignUp = once((event?: unknown) =>
        form.handleSubmit(async (values) => {
          if (await submit(values)) forgetPassword();
        })(event),
      );
      return {
        /** Submits the current step's form, as its submit button would. */
        async submit(event?: unknown) {
          const { step } = flow.getState();
          if (step === 'signUp') await submitSignUp(event);
          else if (step === 'confirm') await submitCode(event);
        },
        /** Confirms with `code`, or with the confirm form's value. */
        async confirm(code?: string) {
          if (code !== undefined) confirmForm.setValue('code', code);
          await submitCode();
        },
        async resend() {
          await flow.resend();
          // The new code makes an error about the old one stale.
          if (flow.getState().notice?.key === 'confirm.resent') confirmForm.clearErrors();
        },
        /** "I already have a code", for `username` or the one typed (checked as a submit checks it). */
        async startConfirmation(username?: string): Promise<void> {
          if (username === undefined && !(await form.trigger('username', { shouldFocus: true })))
            return;
          form.clearErrors();
          if (username === undefined) await startConfirmationFor(form.getValues());
          else flow.startConfirmation(username);
          forgetPassword();
        },
        // Start over keeps what was typed (a typo is one field to fix), never the password.
        reset() {
          flow.reset();
          forgetTyped();
          form.reset({ ...form.getValues(), password: '', confirmPassword: '' });
          confirmForm.reset({ code: '' });
          drawn();
        },
        /** On leaving a field: what an extension found (unless the value changed meanwhile). */
        blur: (name: string, value: string): Promise<void> | undefined =>
          blur(name, value)?.then((found) => {
            const message =
              found && form.getValues(name) === value ? problemText(found) : undefined;
            if (found && message) form.setError(name, { type: found.reason, message });
            drawn(message);
          }),
        /** The flow's error on its field (translated, focused), or on the form. */
        showError(): void {
          const { error, errorField, step } = flow.getState();
          if (!error) return;
          const target = step === 'confirm' ? confirmForm : form;
          target.setError(errorField ?? 'root.server', {
            type: error.code,
            message: model.errorText(error),
          });
          // A wrong code is selected, to be typed again whole.
          if (errorField) target.setFocus(errorField, { shouldSelect: step === 'confirm' });
        },
      };
    },
  };
  return controller;
}
