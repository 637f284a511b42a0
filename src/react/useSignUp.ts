import {
  type ButtonHTMLAttributes,
  type FormEvent,
  type FormHTMLAttributes,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { type FieldErrors, type Resolver, type UseFormReturn, useForm } from 'react-hook-form';
import { confirmSignUp, resendConfirmationCode, signUp } from '../core/cognitoSignUp.js';
import {
  clearPendingConfirmation,
  loadPendingConfirmation,
  type PendingConfirmation,
  savePendingConfirmation,
} from '../core/confirmationState.js';
import { SignUpError } from '../core/errors.js';
import { createTranslator } from '../core/messages.js';
import { normalizeCognitoError } from '../core/normalizeCognitoError.js';
import {
  passwordChecks as computePasswordChecks,
  resolvePasswordPolicy,
} from '../core/passwordPolicy.js';
import { loadPhoneTools, phoneCountryKey } from '../core/phoneNumbers.js';
import { LIMITS, limitProblem } from '../core/serviceLimits.js';
import {
  createField,
  type FieldProblem,
  type FormField,
  type FormValues,
  resolveFields,
  toSignUpInput,
  validateForm,
} from '../core/signUpForm.js';
import type { CodeDeliveryDetails, SignUpResponse } from '../core/types.js';
import { type FieldProps, fieldProps } from './fieldProps.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import type {
  ConfirmValues,
  SignUpStatus,
  SignUpStep,
  UseSignUpOptions,
  UseSignUpReturn,
} from './useSignUp.types.js';

export type {
  ConfirmValues,
  MessageOverrides,
  SignUpStatus,
  SignUpStep,
  UseSignUpOptions,
  UseSignUpReturn,
} from './useSignUp.types.js';

const CODE_FIELD: FormField = {
  ...createField('code', 'code'),
  required: true,
  autoComplete: 'one-time-code',
};

/** An error as react-hook-form stores ours: `message` is a message key, `types` its placeholders. */
function storedError(type: string, message: string, values: Record<string, string | number>) {
  return {
    type,
    message,
    types: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
  };
}

function toFieldErrors(problems: Record<string, FieldProblem>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, { reason, values }] of Object.entries(problems)) {
    errors[name] = storedError(reason, `validation.${reason}`, values);
  }
  return errors;
}

/** Confirmation codes are often pasted with spaces: compare and send them without. */
function cleanCode(code: string): string {
  return code.replace(/\s+/g, '');
}

/**
 * The whole sign-up → confirm → done flow, headless. Render anything from what it returns;
 * `<SignUp>` is one such rendering.
 */
export function useSignUp(options: UseSignUpOptions): UseSignUpReturn {
  const latest = useRef(options);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
  });

  const { fields: signUpFields, problems: configProblems } = useMemo(
    () =>
      resolveFields({
        usernameMode: options.usernameMode,
        preferredUsername: options.preferredUsername,
        fields: options.fields,
        confirmPassword: options.confirmPassword,
      }),
    [options.usernameMode, options.preferredUsername, options.fields, options.confirmPassword],
  );
  const policy = useMemo(
    () => resolvePasswordPolicy(options.passwordPolicy),
    [options.passwordPolicy],
  );
  const t = useMemo(
    () => createTranslator(options.catalog, options.messages),
    [options.catalog, options.messages],
  );
  const hasPhone = signUpFields.some((f) => f.format === 'phone');

  // Read by the resolver (react-hook-form keeps the first one) and by submit: the latest render's.
  const formModel = useRef({ fields: signUpFields, problems: configProblems, policy, hasPhone });
  formModel.current = { fields: signUpFields, problems: configProblems, policy, hasPhone };

  const resolver = useCallback<Resolver<FormValues>>(async (values) => {
    const model = formModel.current;
    let checked = values;
    let isPhone: ((value: string) => boolean) | undefined;
    if (model.hasPhone) {
      // Phone numbers typed in national format become E.164 with the chosen country.
      const tools = await loadPhoneTools();
      isPhone = tools.isPhone;
      checked = { ...values };
      for (const field of model.fields) {
        const value = values[field.name];
        if (field.format !== 'phone' || typeof value !== 'string') continue;
        const country = values[phoneCountryKey(field.name)];
        checked[field.name] = tools.toE164(
          value,
          typeof country === 'string' ? country : undefined,
        );
      }
    }
    const problems = validateForm(model.fields, checked, model.policy, isPhone);
    return Object.keys(problems).length
      ? { values: {}, errors: toFieldErrors(problems) }
      : { values: checked, errors: {} };
  }, []);

  // Initial values only, like react-hook-form's own defaultValues.
  const [defaultValues] = useState(() => {
    const values: FormValues = {};
    for (const field of signUpFields) values[field.name] = field.defaultValue;
    return { ...values, ...options.defaultValues };
  });

  const form = useForm<FormValues>({
    resolver,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const confirmResolver = useCallback<Resolver<ConfirmValues>>(async (values) => {
    const code = cleanCode(values.code ?? '');
    const found = limitProblem(code, LIMITS.confirmationCode);
    return found
      ? { values: {} as Record<string, never>, errors: toFieldErrors({ code: found }) }
      : { values: { code }, errors: {} };
  }, []);
  const confirmForm = useForm<ConfirmValues>({
    resolver: confirmResolver,
    defaultValues: { code: '' },
  });

  const [step, setStep] = useState<SignUpStep>('signUp');
  const [status, setStatus] = useState<SignUpStatus>('idle');
  const [error, setError] = useState<SignUpError | undefined>();
  const [announcement, setAnnouncement] = useState<string | undefined>();
  const [result, setResult] = useState<SignUpResponse | undefined>();
  const [username, setUsername] = useState<string | undefined>();
  const [delivery, setDelivery] = useState<CodeDeliveryDetails | undefined>();
  const [resendAvailableAt, setResendAvailableAt] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  const inFlight = useRef(false);
  // The username of a SignUp whose outcome is unknown (timeout, dropped connection, 5xx).
  const uncertain = useRef<string | null>(null);
  const mounted = useRef(false);
  const controller = useRef<AbortController | null>(null);
  const baseId = useId();

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  // Resume a confirmation after a reload (before paint, so the sign-up form never flashes).
  const persist = options.persist ?? true;
  useIsomorphicLayoutEffect(() => {
    if (!persist || !options.clientId) return;
    const pending = loadPendingConfirmation(options.clientId);
    if (!pending) return;
    setUsername(pending.username);
    setDelivery(pending.codeDeliveryDetails);
    setResendAvailableAt(pending.resendAvailableAt ?? 0);
    setStep('confirm');
  }, [persist, options.clientId]);

  // Entering the confirm step moves focus to the code input, wherever it is rendered.
  useEffect(() => {
    if (step === 'confirm') confirmForm.setFocus('code');
  }, [step, confirmForm]);

  // Load the phone validator ahead of the first submit, only when a phone field exists.
  useEffect(() => {
    if (hasPhone) loadPhoneTools().catch(() => {});
  }, [hasPhone]);

  const resendAvailableIn =
    step === 'confirm' ? Math.max(0, Math.ceil((resendAvailableAt - now) / 1000)) : 0;
  useEffect(() => {
    if (resendAvailableIn <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [resendAvailableIn]);

  const startCooldown = useCallback(() => {
    const at = Date.now() + (latest.current.resendCooldown ?? 30) * 1000;
    setNow(Date.now());
    setResendAvailableAt(at);
    return at;
  }, []);

  /** Runs one request at a time; the latest options are read when it starts. */
  const run = useCallback(
    async (
      operation: 'SignUp' | 'ConfirmSignUp' | 'ResendConfirmationCode',
      work: (signal: AbortSignal, opts: UseSignUpOptions) => Promise<void>,
      place: (error: SignUpError) => void,
    ) => {
      const opts = latest.current;
      const current = new AbortController();
      controller.current = current;
      setStatus('submitting');
      setError(undefined);
      setAnnouncement(undefined);
      try {
        await work(current.signal, opts);
      } catch (raw) {
        if (!mounted.current || current.signal.aborted) return;
        const normalized = normalizeCognitoError(raw, { operation });
        setError(normalized);
        setStatus('error');
        place(normalized);
        opts.onError?.(normalized);
      } finally {
        if (controller.current === current) controller.current = null;
      }
    },
    [],
  );

  const placeOn = useCallback(
    <V extends FormValues | ConfirmValues>(target: UseFormReturn<V>, names: readonly string[]) =>
      (failure: SignUpError) => {
        const mode = latest.current.usernameMode ?? 'username';
        const field = failure.field === mode ? 'username' : failure.field;
        const error = storedError(failure.code, failure.messageKey, failure.values);
        if (field && names.includes(field)) {
          target.setError(field as never, error);
          target.setFocus(field as never);
        } else {
          target.setError('root.server', error);
        }
      },
    [],
  );

  const submitSignUp = useCallback(
    (values: FormValues) =>
      run(
        'SignUp',
        async (signal, opts) => {
          const { fields: current, problems } = formModel.current;
          if (problems.length) throw configurationError(problems);
          const input = toSignUpInput(current, values, opts);
          const clearPasswords = () => {
            // The password has done its job: do not keep it in memory or the DOM.
            form.setValue('password', '');
            if (current.some((f) => f.name === 'confirmPassword'))
              form.setValue('confirmPassword', '');
          };
          const enterConfirm = (details: CodeDeliveryDetails | undefined, userSub?: string) => {
            remember(opts, {
              username: input.username,
              userSub,
              codeDeliveryDetails: details,
              resendAvailableAt: startCooldown(),
            });
            setUsername(input.username);
            setDelivery(details);
            setStatus('success');
            setStep('confirm');
            setAnnouncement(t('status.confirmStep'));
          };
          let answer: SignUpResponse;
          try {
            answer = await signUp(opts, input, { signal });
          } catch (raw) {
            const failure = normalizeCognitoError(raw, {
              operation: 'SignUp',
              secrets: [input.password],
            });
            const recovered =
              failure.code === 'UsernameExistsException' && uncertain.current === input.username
                ? await recoverUnknownOutcome(opts, input.username, signal)
                : undefined;
            if (!recovered) {
              if (AMBIGUOUS.has(failure.code)) uncertain.current = input.username;
              throw failure;
            }
            // Our earlier attempt did create the account: continue with its confirmation.
            uncertain.current = null;
            if (!mounted.current) return;
            clearPasswords();
            enterConfirm(recovered.CodeDeliveryDetails);
            return;
          }
          uncertain.current = null;
          if (!mounted.current) return;
          clearPasswords();
          setResult(answer);
          if (answer.UserConfirmed) {
            setUsername(input.username);
            setDelivery(answer.CodeDeliveryDetails);
            setStatus('success');
            setStep('done');
            setAnnouncement(t('status.done'));
          } else {
            enterConfirm(answer.CodeDeliveryDetails, answer.UserSub);
          }
          opts.onSignUp?.({ ...answer, username: input.username });
          if (answer.UserConfirmed)
            opts.onConfirmed?.({ username: input.username, session: answer.Session });
        },
        placeOn(
          form,
          signUpFields.map((f) => f.name),
        ),
      ),
    [run, form, placeOn, signUpFields, startCooldown, t],
  );

  const submitCode = useCallback(
    (values: ConfirmValues) =>
      run(
        'ConfirmSignUp',
        async (signal, opts) => {
          const name = username ?? '';
          const answer = await confirmSignUp(
            opts,
            { ...commonInput(opts, name), code: cleanCode(values.code), session: result?.Session },
            { signal },
          );
          if (!mounted.current) return;
          clearPendingConfirmation(opts.clientId);
          confirmForm.reset({ code: '' });
          setStatus('success');
          setStep('done');
          setAnnouncement(t('status.done'));
          opts.onConfirmed?.({ username: name, session: answer.Session ?? result?.Session });
        },
        placeOn(confirmForm, ['code', 'username']),
      ),
    [run, username, result, confirmForm, placeOn, t],
  );

  /** One submission at a time, however often it is triggered. */
  const guarded = useCallback(
    <A extends unknown[]>(work: (...args: A) => Promise<void>) =>
      async (...args: A) => {
        if (inFlight.current) return;
        inFlight.current = true;
        try {
          await work(...args);
        } finally {
          inFlight.current = false;
          if (mounted.current) setStatus((s) => (s === 'submitting' ? 'idle' : s));
        }
      },
    [],
  );

  const onSignUpSubmit = useMemo(
    () => guarded((event?: FormEvent<HTMLFormElement>) => form.handleSubmit(submitSignUp)(event)),
    [guarded, form, submitSignUp],
  );
  const onConfirmSubmit = useMemo(
    () =>
      guarded((event?: FormEvent<HTMLFormElement>) => confirmForm.handleSubmit(submitCode)(event)),
    [guarded, confirmForm, submitCode],
  );

  const submit = useCallback(
    () =>
      step === 'signUp'
        ? onSignUpSubmit()
        : step === 'confirm'
          ? onConfirmSubmit()
          : Promise.resolve(),
    [step, onSignUpSubmit, onConfirmSubmit],
  );

  const confirm = useCallback(
    async (code?: string) => {
      if (code !== undefined) confirmForm.setValue('code', code);
      await onConfirmSubmit();
    },
    [confirmForm, onConfirmSubmit],
  );

  const resend = useMemo(
    () =>
      guarded(async () => {
        if (step !== 'confirm' || !username || Date.now() < resendAvailableAt) return;
        await run(
          'ResendConfirmationCode',
          async (signal, opts) => {
            const answer = await resendConfirmationCode(opts, commonInput(opts, username), {
              signal,
            });
            if (!mounted.current) return;
            const details = answer.CodeDeliveryDetails ?? delivery;
            setDelivery(details);
            remember(opts, {
              username,
              codeDeliveryDetails: details,
              resendAvailableAt: startCooldown(),
            });
            setStatus('success');
            setAnnouncement(t('confirm.resent', { destination: details?.Destination ?? '' }));
          },
          placeOn(confirmForm, ['code', 'username']),
        );
      }),
    [
      guarded,
      run,
      step,
      username,
      resendAvailableAt,
      delivery,
      startCooldown,
      confirmForm,
      placeOn,
      t,
    ],
  );

  const reset = useCallback(() => {
    controller.current?.abort();
    inFlight.current = false;
    clearPendingConfirmation(latest.current.clientId);
    form.reset();
    confirmForm.reset({ code: '' });
    setStep('signUp');
    setStatus('idle');
    setError(undefined);
    setAnnouncement(undefined);
    setResult(undefined);
    setUsername(undefined);
    setDelivery(undefined);
    setResendAvailableAt(0);
  }, [form, confirmForm]);

  // Re-render on password keystrokes only for callers that read `passwordChecks`.
  const wantsChecks = useRef(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (name === 'password' && wantsChecks.current) rerender();
    });
    return () => subscription.unsubscribe();
  }, [form]);

  // Reading formState.errors subscribes this component to error changes (react-hook-form's proxy).
  const signUpErrors = form.formState.errors;
  const confirmErrors = confirmForm.formState.errors;
  const activeErrors = step === 'confirm' ? confirmErrors : signUpErrors;
  const rootError = activeErrors.root?.server;
  // Root errors only come from `placeOn`, which also keeps the error (and its values) in state.
  const formError = rootError
    ? t(error?.messageKey ?? rootError.message ?? 'error.UnknownError', error?.values)
    : configProblems.length
      ? t('error.ConfigurationError')
      : undefined;

  const fields = step === 'signUp' ? signUpFields : step === 'confirm' ? [CODE_FIELD] : [];
  const submitting = status === 'submitting';

  const getFieldProps = useCallback(
    (name: string): FieldProps => {
      const field = fields.find((f) => f.name === name);
      if (!field) {
        throw new Error(`useSignUp: there is no field "${name}" on the ${step} step.`);
      }
      const target = (step === 'confirm' ? confirmForm : form) as UseFormReturn<FormValues>;
      return fieldProps({
        field,
        register: target.register,
        error: (activeErrors as Record<string, FieldProps['fieldError']>)[name],
        baseId,
        t,
        usernameMode: latest.current.usernameMode ?? 'username',
        disabled: false,
      });
    },
    [fields, step, confirmForm, form, activeErrors, baseId, t],
  );

  const getFormProps = useCallback(
    (props: FormHTMLAttributes<HTMLFormElement> = {}): FormHTMLAttributes<HTMLFormElement> => {
      const ours = step === 'confirm' ? onConfirmSubmit : onSignUpSubmit;
      return {
        ...props,
        method: 'post',
        noValidate: true,
        'aria-busy': submitting || undefined,
        onSubmit: (event) => {
          props.onSubmit?.(event);
          event.preventDefault();
          if (step !== 'done') void ours(event);
        },
      };
    },
    [step, onConfirmSubmit, onSignUpSubmit, submitting],
  );

  const getSubmitProps = useCallback(
    (props: ButtonHTMLAttributes<HTMLButtonElement> = {}) => ({
      ...props,
      type: 'submit' as const,
      // aria-disabled rather than disabled: the button keeps focus while a request runs.
      'aria-disabled': submitting || props['aria-disabled'] || undefined,
      'data-disabled': submitting || undefined,
      'data-status': status,
    }),
    [submitting, status],
  );

  return {
    step,
    status,
    error: error ?? (configProblems.length ? configurationError(configProblems) : undefined),
    formError,
    announcement,
    result,
    username,
    codeDeliveryDetails: delivery,
    fields,
    getFormProps,
    getFieldProps,
    getSubmitProps,
    submit,
    get passwordChecks() {
      wantsChecks.current = true;
      return computePasswordChecks(String(form.getValues('password') ?? ''), policy);
    },
    confirm,
    resend,
    resendAvailableIn,
    reset,
    t,
    passwordPolicy: policy,
    form,
    confirmForm,
  };
}

/** Failures after which the SignUp may or may not have reached Cognito. */
const AMBIGUOUS = new Set<string>([
  'NetworkError',
  'TimeoutError',
  'InvalidResponseError',
  'InternalErrorException',
  'UnknownError',
]);

/**
 * A retry after an unknown outcome answered UsernameExistsException: if the account is
 * unconfirmed, it is most likely ours. Asking for a new code tells (an unconfirmed user gets
 * one) and lets the flow go on instead of creating, or blocking on, a second account.
 */
async function recoverUnknownOutcome(
  options: UseSignUpOptions,
  username: string,
  signal: AbortSignal,
) {
  try {
    return await resendConfirmationCode(options, commonInput(options, username), { signal });
  } catch {
    return undefined;
  }
}

/** What ConfirmSignUp and ResendConfirmationCode send besides their own fields. */
function commonInput(options: UseSignUpOptions, username: string) {
  return {
    username,
    clientMetadata: options.clientMetadata,
    analyticsEndpointId: options.analyticsEndpointId,
  };
}

/** Keeps the confirm step for a reload, unless `persist` is off. */
function remember(options: UseSignUpOptions, pending: PendingConfirmation) {
  if (options.persist ?? true) savePendingConfirmation(options.clientId, pending);
}

function configurationError(problems: string[]): SignUpError {
  return new SignUpError({
    code: 'ConfigurationError',
    message: problems.join(' '),
    retryable: false,
  });
}
