import {
  type FormEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { FieldError, UseFormReturn } from 'react-hook-form';
import { assertConfig } from '../core/callCognito.js';
import { configurationError, type SignUpError } from '../core/errors.js';
import { createTranslator } from '../core/messages.js';
import { passwordChecks, resolvePasswordPolicy } from '../core/passwordPolicy.js';
import { createSignUpFlow } from '../core/signUpFlow.js';
import { createField, type FormField, type FormValues, resolveFields } from '../core/signUpForm.js';
import { warnOnce } from '../core/warnOnce.js';
import { errorText, type FieldProps, fieldProps, type InputPropsIn } from './fieldProps.js';
import { chain } from './mergeProps.js';

import { toFieldErrors } from './signUpResolvers.js';
import { type FlowModel, useFlowForms } from './useFlowForms.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import type { UseSignUpOptions, UseSignUpReturn } from './useSignUp.types.js';
import { watchPassword } from './watchPassword.js';

export type * from './useSignUp.types.js';

const CODE_FIELD: FormField = {
  ...createField('code', 'code'),
  required: true,
  autoComplete: 'one-time-code',
};

const noSubscription = () => () => {};

/**
 * The whole sign-up → confirm → done flow, headless: a thin adapter over the framework-free
 * `createSignUpFlow` and two react-hook-form forms. Render anything from what it returns;
 * `<SignUp>` is one such rendering.
 */
export function useSignUp(options: UseSignUpOptions): UseSignUpReturn {
  const { usernameMode = 'username', persist = true, phone, breachedPassword } = options;
  const t = useMemo(
    () =>
      createTranslator(options.catalog, options.messages, {
        ...phone?.messages,
        ...breachedPassword?.messages,
      }),
    [options.catalog, options.messages, phone, breachedPassword],
  );
  const { fields: signUpFields, problems: configProblems } = useMemo(
    () =>
      resolveFields({
        usernameMode: options.usernameMode,
        preferredUsername: options.preferredUsername,
        fields: options.fields,
        confirmPassword: options.confirmPassword,
        passwordless: options.passwordless,
        nameOrder: t('locale.names'),
      }),
    [
      t,
      options.usernameMode,
      options.preferredUsername,
      options.fields,
      options.confirmPassword,
      options.passwordless,
    ],
  );
  const policy = useMemo(
    () => resolvePasswordPolicy(options.passwordPolicy),
    [options.passwordPolicy],
  );
  const flowOptions = { ...options, signUpFields: signUpFields.map((f) => f.name) };
  const [flow] = useState(() => createSignUpFlow(flowOptions));
  const state = useSyncExternalStore(flow.subscribe, flow.getState, flow.getState);

  // What handlers read when they run: the latest render's (written after render, never during).
  const latest: FlowModel = { fields: signUpFields, policy, t, options, problems: configProblems };
  const model = useRef(latest);
  useIsomorphicLayoutEffect(() => {
    model.current = latest;
    flow.setOptions(flowOptions);
  });

  const [defaultValues] = useState(() => {
    const values: FormValues = {};
    for (const field of signUpFields) values[field.name] = field.defaultValue;
    return { ...values, ...options.defaultValues };
  });
  const { form, confirmForm, submitSignUp, submitCode, resend, startConfirmation, reset, confirm } =
    useFlowForms(flow, state, model, defaultValues);
  const { error, errorField, step } = state;
  const baseId = useId();
  // False while hydrating server markup: the submit stays disabled until the kit can handle it.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  useEffect(() => {
    // A configuration that cannot work fails on mount, not at the first submit: the user sees
    // "not set up correctly", `onError` gets the ConfigurationError, and in development the
    // console names every problem once. (Once: StrictMode's second mount finds the error.)
    const { options: latest, problems } = model.current;
    try {
      assertConfig(latest);
      if (problems.length) throw configurationError(problems.join(' '));
    } catch (error) {
      if (!flow.getState().error) flow.fail(error as SignUpError);
      if (process.env.NODE_ENV !== 'production') {
        // The configuration's problem, if any, then each field's.
        const { message } = error as Error;
        const found = message === problems.join(' ') ? problems : [message, ...problems];
        for (const text of found) warnOnce(text, 'error');
      }
    }
    return () => flow.abort();
  }, [flow, model]);
  // Resume a confirmation after a reload (before paint, so the sign-up form never flashes).
  useIsomorphicLayoutEffect(() => {
    if (persist) flow.resume();
  }, [flow, persist, options.clientId]);
  const hasPhone = signUpFields.some((f) => f.format === 'phone');
  useEffect(() => {
    if (hasPhone && phone) phone.load().catch(() => {});
  }, [hasPhone, phone]);

  // `passwordChecks` re-renders on password keystrokes only for callers that read it.
  const [checks] = useState(() => ({ wanted: false }));
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(
    () =>
      watchPassword(form, () => {
        if (checks.wanted) rerender();
      }),
    [form, checks],
  );

  const fields = useMemo(
    () => (step === 'signUp' ? signUpFields : step === 'confirm' ? [CODE_FIELD] : []),
    [step, signUpFields],
  );
  const submitting = state.status === 'submitting';
  const signUpErrors = form.formState.errors;
  const confirmErrors = confirmForm.formState.errors;

  const getFieldProps = useCallback(
    (name: string, props?: InputPropsIn): FieldProps => {
      let field =
        fields.find((f) => f.name === name) ??
        (name === 'code' ? CODE_FIELD : signUpFields.find((f) => f.name === name));
      if (!field) {
        if (process.env.NODE_ENV !== 'production') {
          warnOnce(
            `getFieldProps("${name}") / <Field name="${name}">: no field "${name}" is configured (${signUpFields.map((f) => f.name).join(', ')}, code). Add it to \`fields\`, or fix the name: it renders as an optional text field whose value goes nowhere Cognito reads.`,
          );
        }
        field = createField(name, 'text');
      }
      const onConfirm = field === CODE_FIELD;
      return fieldProps({
        field,
        register: (onConfirm ? confirmForm : form)
          .register as UseFormReturn<FormValues>['register'],
        error: (onConfirm
          ? confirmErrors
          : (signUpErrors as Record<string, FieldProps['fieldError']>))[name as 'code'],
        baseId,
        t,
        usernameMode,
        busy: submitting,
        // The breached-password check looks the password up when the person leaves the field.
        props:
          breachedPassword && name === 'password'
            ? {
                ...props,
                onBlur: chain(props?.onBlur, async ({ target: { value } }) => {
                  const found = value && (await breachedPassword.screen(value));
                  // Shown unless the password changed meanwhile (its own lookup will say).
                  if (found && form.getValues('password') === value)
                    form.setError(
                      'password',
                      toFieldErrors({ password: found }, t).password as FieldError,
                    );
                  rerender();
                }),
              }
            : props,
      });
    },
    [
      fields,
      signUpFields,
      confirmForm,
      form,
      confirmErrors,
      signUpErrors,
      baseId,
      t,
      usernameMode,
      submitting,
      breachedPassword,
    ],
  );

  const submit = useCallback(
    (event?: FormEvent<HTMLFormElement>) =>
      step === 'signUp'
        ? submitSignUp(event)
        : step === 'confirm'
          ? submitCode(event)
          : Promise.resolve(),
    [step, submitSignUp, submitCode],
  );

  const getFormProps = useCallback<UseSignUpReturn['getFormProps']>(
    (props = {}) => ({
      ...props,
      // A native submission posts nothing, even before the kit has hydrated.
      method: 'dialog',
      noValidate: true,
      'aria-busy': submitting || undefined,
      onSubmit: chain(props.onSubmit, (event) => {
        event.preventDefault();
        void submit(event);
      }),
    }),
    [submitting, submit],
  );

  const getSubmitProps = useCallback<UseSignUpReturn['getSubmitProps']>(
    (props = {}) => ({
      ...props,
      type: 'submit' as const,
      disabled: !mounted || props.disabled,
      // aria-disabled rather than disabled: the button keeps focus while a request runs.
      'aria-disabled': submitting || props['aria-disabled'] || undefined,
      'data-disabled': submitting || undefined,
      'data-status': state.status,
    }),
    [mounted, submitting, state.status],
  );

  return {
    step,
    status: state.status,
    error:
      error ?? (configProblems.length ? configurationError(configProblems.join(' ')) : undefined),
    formError:
      error && !errorField
        ? errorText(t, error, usernameMode)
        : configProblems.length
          ? t('error.ConfigurationError')
          : undefined,
    announcement: state.notice && t(state.notice.key, state.notice.values),
    notice: state.notice,
    result: state.result,
    username: state.username,
    signedIn: state.signedIn,
    codeDeliveryDetails: state.codeDeliveryDetails,
    fields,
    getFormProps,
    getFieldProps,
    getSubmitProps,
    submit,
    get passwordChecks() {
      checks.wanted = true;
      const password = String(form.getValues('password') ?? '');
      return passwordChecks(password, policy, breachedPassword?.rule(password));
    },
    confirm,
    resend,
    resendAvailableIn: state.resendAvailableIn,
    startConfirmation,
    reset,
    t,
    phone,
    breachedPassword,
    passwordPolicy: policy,
    form,
    confirmForm,
  };
}
