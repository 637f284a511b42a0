/**
 * The sign-up form without a framework: the flow store (`createSignUpFlow`) and the form model
 * (fields, password policy, messages, validation, requests) in one controller. `useSignUp` is an
 * adapter over it; a page without React can run the whole flow with it.
 */
import type { BreachedPasswordCheck } from './breachedPassword.js';
import { assertConfig } from './callCognito.js';
import { configurationError, type SignUpError } from './errors.js';
import { createTranslator, type Messages, type MessageValues, type Translate } from './messages.js';
import {
  type PasswordCheck,
  type PasswordPolicy,
  passwordChecks,
  resolvePasswordPolicy,
} from './passwordPolicy.js';
import { type PhoneTools, phoneCountryKey } from './phoneNumbers.js';
import { LIMITS, limitProblem } from './serviceLimits.js';
import { createSignUpFlow, type SignUpFlow, type SignUpFlowOptions } from './signUpFlow.js';
import type { SignUpStep } from './signUpFlowReducer.js';
import {
  createField,
  type FieldProblem,
  type FormField,
  type FormOptions,
  type FormValues,
  resolveFields,
  toSignUpInput,
  type UsernameMode,
} from './signUpForm.js';
import { tidyValues } from './tidyValues.js';
import { validateForm } from './validateField.js';
import { warnOnce } from './warnOnce.js';

/** The phone support's framework-free half: its tools, loaded on first use, and its English. */
export interface PhoneLoader {
  load: () => Promise<PhoneTools>;
  messages?: Partial<Record<string, string>>;
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
  phone?: PhoneLoader;
  /** A breached-password check (`react-cognito-signup/breached-password`). */
  breachedPassword?: BreachedPasswordCheck;
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
}

/** Values as they will be sent, or the problem of each field that stops them. */
export type Validation =
  | { values: FormValues; problems?: undefined }
  | { values?: undefined; problems: Record<string, FieldProblem> };

/** The confirmation code field. */
export const CODE_FIELD: FormField = {
  ...createField('code', 'code'),
  required: true,
  autoComplete: 'one-time-code',
};

const CODE_STEP = [CODE_FIELD];
const NO_FIELDS: FormField[] = [];

/** The options the model is made of: it is made again when one of them changes. */
const MODEL_OPTIONS = [
  'catalog',
  'messages',
  'phone',
  'breachedPassword',
  'usernameMode',
  'preferredUsername',
  'fields',
  'confirmPassword',
  'passwordless',
  'passwordPolicy',
] as const;

/**
 * The text of `error`, in the words of the username mode where the catalog has them
 * (`error.UsernameExistsException.email`: "An account with this email already exists.").
 */
export function errorText(
  t: Translate,
  error: { messageKey: string; values: MessageValues },
  usernameMode: UsernameMode,
): string {
  const key = `${error.messageKey}.${usernameMode}`;
  const text = t(key, error.values);
  return text === key ? t(error.messageKey, error.values) : text;
}

export type SignUpFormController = ReturnType<typeof createSignUpForm>;

/**
 * Creates the controller: the flow's store and actions, plus the form model for its options,
 * validation, the SignUp request built from values (static ClientMetadata, ValidationData and
 * the analytics endpoint included) and the texts of problems and errors.
 */
export function createSignUpForm(initialOptions: SignUpFormOptions) {
  let made: { from: unknown[]; model: SignUpFormModel } | undefined;
  /** The model for `options`; pure (memoized), so it may run while rendering. */
  function resolve(options: SignUpFormOptions): SignUpFormModel {
    const from = MODEL_OPTIONS.map((key) => options[key]);
    if (!made || from.some((value, i) => value !== made?.from[i])) {
      const { phone, breachedPassword } = options;
      const t = createTranslator(options.catalog, options.messages as Partial<Messages>, {
        ...phone?.messages,
        ...breachedPassword?.messages,
      });
      const model = {
        ...resolveFields({ ...options, nameOrder: t('locale.names') }),
        policy: resolvePasswordPolicy(options.passwordPolicy),
        t,
        usernameMode: options.usernameMode ?? 'username',
      };
      made = { from, model };
    }
    return made.model;
  }

  let options = initialOptions;
  let model = resolve(options);
  const flowOptions = (): SignUpFlowOptions => ({
    ...options,
    signUpFields: model.fields.map((f) => f.name),
  });
  const flow: SignUpFlow = createSignUpFlow(flowOptions());

  /** The translated text of `problem` on the field `name` (a phone read with a country chosen has its own). */
  const problemText = (name: string, { reason, values }: FieldProblem, typed?: FormValues) =>
    model.t(
      reason === 'phone' && typed?.[phoneCountryKey(name)]
        ? 'phone.invalid'
        : `validation.${reason}`,
      values,
    );

  /** A phone number as typed (national format with a country chosen) in E.164, with the phone support. */
  async function toE164(value: string, country: unknown): Promise<string> {
    const tools = await options.phone?.load();
    return tools ? tools.toE164(value, typeof country === 'string' ? country : undefined) : value;
  }

  return {
    ...flow,
    resolve,
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
     * Fails with a ConfigurationError (and returns it) when the options cannot work; in
     * development the console names each problem once.
     */
    checkConfiguration(): SignUpError | undefined {
      const { problems } = model;
      try {
        assertConfig(options);
        if (problems.length) throw configurationError(problems.join(' '));
      } catch (error) {
        if (!flow.getState().error) flow.fail(error as SignUpError);
        if (process.env.NODE_ENV !== 'production') {
          const { message } = error as Error;
          const found = message === problems.join(' ') ? problems : [message, ...problems];
          for (const text of found) warnOnce(text, 'error');
        }
        return error as SignUpError;
      }
    },
    /** The fields `step` renders (the sign-up step's: `fields`, default the latest model's). */
    fieldsOf(step: SignUpStep, fields = model.fields): FormField[] {
      return step === 'signUp' ? fields : step === 'confirm' ? CODE_STEP : NO_FIELDS;
    },
    /**
     * The field called `name` among `fields` (default the latest model's), or the code field;
     * an unknown name renders as a plain text field (and development says so).
     */
    field(name: string, fields = model.fields): FormField {
      const found = name === 'code' ? CODE_FIELD : fields.find((field) => field.name === name);
      if (!found && process.env.NODE_ENV !== 'production') {
        warnOnce(
          `getFieldProps("${name}") / <Field name="${name}">: no field "${name}" is configured (${fields.map((f) => f.name).join(', ')}, code). Add it to \`fields\`, or fix the name: it renders as an optional text field whose value goes nowhere Cognito reads.`,
        );
      }
      return found ?? createField(name, 'text');
    },
    problemText,
    /** The text of an error of the flow's. */
    errorText: (error: SignUpError) => errorText(model.t, error, model.usernameMode),
    /** Each password rule, met or not, and the breached-password check's once it looked the password up. */
    passwordChecks: (password: string, policy = model.policy): PasswordCheck[] =>
      passwordChecks(password, policy, options.breachedPassword?.rule(password)),
    /**
     * The breached-password check's word on `password` (looked up once; on blur of the field):
     * the problem to show, if any.
     */
    screenPassword: async (password: string): Promise<FieldProblem | undefined> =>
      password ? options.breachedPassword?.screen(password) : undefined,
    /**
     * Validates the sign-up values as they will be sent (emails trimmed, phone punctuation
     * removed; with the phone support, national numbers in E.164 and the numbering plan
     * checked). `whole`: a validation of the whole form (a submit, never one field's
     * revalidation per keystroke), the one that looks a password up in breaches.
     */
    async validate(values: FormValues, whole = true): Promise<Validation> {
      const { fields, policy } = model;
      const { phone, breachedPassword } = options;
      let checked = tidyValues(fields, values);
      let isPhone: ((value: string) => boolean) | undefined;
      if (phone && fields.some((f) => f.format === 'phone')) {
        isPhone = (await phone.load()).isPhone;
        checked = { ...checked };
        for (const { name, format } of fields) {
          const value = values[name];
          if (format === 'phone' && typeof value === 'string')
            checked[name] = await toE164(value, values[phoneCountryKey(name)]);
        }
      }
      const problems = validateForm(fields, checked, policy, isPhone);
      const { password } = checked;
      if (breachedPassword && typeof password === 'string' && !problems.password) {
        const breached = whole
          ? await breachedPassword.screen(password)
          : // Revalidating one field: what is known already, nothing looked up.
            breachedPassword.problem(password);
        if (breached) problems.password = breached;
      }
      return Object.keys(problems).length ? { problems } : { values: checked };
    },
    /** The code as sent (pasted codes often carry spaces: removed), or its problem. */
    validateCode(code: string): { code: string; problem?: FieldProblem } {
      const sent = code.replace(/\s+/g, '');
      const found = limitProblem(sent, LIMITS.confirmationCode);
      return found ? { code: sent, problem: found } : { code: sent };
    },
    /**
     * Sends SignUp for values that passed {@link validate}; a configuration with problems
     * fails instead. Resolves to true when the flow moved on (the password has done its job).
     */
    async submit(values: FormValues): Promise<boolean> {
      const { fields, problems } = model;
      if (problems.length) flow.fail(configurationError(problems.join(' ')));
      else await flow.signUp(toSignUpInput(fields, values, options));
      return flow.getState().step !== 'signUp';
    },
    /**
     * "I already have a code" for the username as typed: trimmed, and in E.164 when the
     * username is a phone number typed with a country chosen.
     */
    async startConfirmationFor(typed: string, country?: unknown): Promise<void> {
      let name = typed.trim();
      if (options.usernameMode === 'phone_number') name = await toE164(name, country);
      flow.startConfirmation(name);
    },
  };
}
