import {
  type FormEvent,
  useEffect,
  useId,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  type FieldErrors,
  type FieldValues,
  type ResolverResult,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import { createSignUpForm, type Validation } from '../core/createSignUpForm.js';
import { configurationError } from '../core/errors.js';
import type { FormValues } from '../core/signUpForm.js';
import { type FieldProps, fieldProps, type InputPropsIn } from './fieldProps.js';
import { chain } from './mergeProps.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import type { ConfirmValues, UseSignUpOptions, UseSignUpReturn } from './useSignUp.types.js';
import { watchPassword } from './watchPassword.js';

export type * from './useSignUp.types.js';

const noSubscription = () => () => {};

/**
 * The whole sign-up → confirm → done flow, headless: an adapter over the framework-free
 * controller (`createSignUpForm`) and two react-hook-form forms. Render anything from what it
 * returns; `<SignUp>` is one such rendering.
 */
export function useSignUp(options: UseSignUpOptions): UseSignUpReturn {
  const { persist = true, phone } = options;
  const [controller] = useState(() => createSignUpForm(options));
  // This render's model (memoized); actions read the options committed after it.
  const model = controller.resolve(options);
  const { fields: signUpFields, problems, policy, t, usernameMode } = model;
  useIsomorphicLayoutEffect(() => controller.setOptions(options));
  const state = useSyncExternalStore(
    controller.subscribe,
    controller.getState,
    controller.getState,
  );
  const { error, errorField, step } = state;

  /** The controller's verdict as react-hook-form's: `message` is the translated text. */
  const toResolverResult = <V extends FieldValues>(found: Validation) => {
    const errors: FieldErrors = {};
    for (const [name, problem] of Object.entries(found.problems ?? {}))
      errors[name] = { type: problem.reason, message: controller.problemText(problem) };
    return { values: found.values ?? {}, errors } as ResolverResult<V>;
  };
  // react-hook-form's defaults: validate on submit, then again on every change of a field (one
  // name: that revalidation never looks a password up in breaches).
  const form = useForm<FormValues>({
    resolver: async (values, _, { names }) =>
      toResolverResult<FormValues>(await controller.validate(values, !names || names.length > 1)),
    // Read once, when the form is created.
    defaultValues: {
      ...Object.fromEntries(signUpFields.map((field) => [field.name, field.defaultValue])),
      ...options.defaultValues,
    },
  });
  const confirmForm = useForm<ConfirmValues>({
    resolver: async ({ code }) =>
      toResolverResult<ConfirmValues>(controller.validateCode(code ?? '')),
    defaultValues: { code: '' },
  });

  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const busy = useRef(false);
  // Made once: the controller and react-hook-form's forms live as long as the hook.
  const [actions] = useState(() => {
    // One submission at a time, validation included, however often it is triggered.
    const once =
      <A extends unknown[]>(work: (...args: A) => Promise<void>) =>
      async (...args: A) => {
        if (busy.current) return;
        busy.current = true;
        try {
          await work(...args);
        } finally {
          busy.current = false;
        }
      };
    // The password has done its job (or is not the one that signs in): out of the form's values.
    const forgetPassword = () => {
      form.setValue('password', '');
      form.setValue('confirmPassword', '');
    };
    const submitCode = once((event?: FormEvent<HTMLFormElement>) =>
      confirmForm.handleSubmit(async ({ code }) => {
        await controller.confirm(code);
        if (controller.getState().step !== 'confirm') confirmForm.reset({ code: '' });
      })(event),
    );
    const submitSignUp = once((event?: FormEvent<HTMLFormElement>) =>
      form.handleSubmit(async (values) => {
        if (await controller.submit(values)) forgetPassword();
      })(event),
    );
    return {
      /** Submits the current step's form, as its submit button would. */
      async submit(event?: FormEvent<HTMLFormElement>) {
        const { step } = controller.getState();
        if (step === 'signUp') await submitSignUp(event);
        else if (step === 'confirm') await submitCode(event);
      },
      async confirm(code?: string) {
        if (code !== undefined) confirmForm.setValue('code', code);
        await submitCode();
      },
      async resend() {
        await controller.resend();
        // The new code makes an error about the old one stale.
        if (controller.getState().notice?.key === 'confirm.resent') confirmForm.clearErrors();
      },
      async startConfirmation(username?: string) {
        // The username typed is checked as a submit checks it (message, focus, nothing sent).
        if (username === undefined && !(await form.trigger('username', { shouldFocus: true })))
          return;
        form.clearErrors();
        if (username === undefined) await controller.startConfirmationFor(form.getValues());
        else controller.startConfirmation(username);
        forgetPassword();
      },
      // Start over keeps what was typed (a typo is one field to fix), never the password.
      reset() {
        controller.reset();
        form.reset({ ...form.getValues(), password: '', confirmPassword: '' });
        confirmForm.reset({ code: '' });
      },
      /** On leaving a field: what an extension found (unless the value changed meanwhile), and the checklist drawn again. */
      blur: (name: string, value: string) =>
        controller.blur(name, value)?.then((found) => {
          if (found && form.getValues(name) === value)
            form.setError(name, { type: found.reason, message: controller.problemText(found) });
          rerender();
        }),
    };
  });

  // Entering the confirm step moves focus to the code input, wherever it is rendered.
  useEffect(() => {
    if (step === 'confirm') confirmForm.setFocus('code');
  }, [step, confirmForm]);
  // An error the flow placed on a field goes into react-hook-form (translated), with focus.
  useEffect(() => {
    if (!error) return;
    const target = (step === 'confirm' ? confirmForm : form) as UseFormReturn<FormValues>;
    target.setError(errorField ?? 'root.server', {
      type: error.code,
      message: controller.errorText(error),
    });
    if (errorField) target.setFocus(errorField);
  }, [error, errorField, step, form, confirmForm, controller]);
  // A configuration that cannot work fails on mount, not at the first submit.
  useEffect(() => {
    controller.checkConfiguration();
    return () => controller.abort();
  }, [controller]);
  // Resume a confirmation after a reload (before paint, so the sign-up form never flashes).
  useIsomorphicLayoutEffect(() => {
    if (persist) controller.resume();
  }, [controller, persist, options.clientId]);
  // `passwordChecks` re-renders on password keystrokes only for callers that read it.
  const [checks] = useState(() => ({ wanted: false }));
  useEffect(() => watchPassword(form, () => checks.wanted && rerender()), [form, checks]);

  const baseId = useId();
  // False while hydrating server markup: the submit stays disabled until the kit can handle it.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const submitting = state.status === 'submitting';
  const { errors } = form.formState;
  const { errors: confirmErrors } = confirmForm.formState;
  const getFieldProps = (name: string, props?: InputPropsIn): FieldProps => {
    const field = controller.field(name, signUpFields);
    const onConfirm = name === 'code';
    return fieldProps({
      field,
      register: (onConfirm ? confirmForm : form).register as UseFormReturn<FormValues>['register'],
      error: (onConfirm ? confirmErrors : errors)[name as 'code'],
      baseId,
      t,
      usernameMode,
      busy: submitting,
      props: {
        ...props,
        // Extensions may look at a field when the person leaves it (the breached-password
        // check: the password); what they say shows, and the checklist is drawn again.
        onBlur: chain(props?.onBlur, ({ target: { value } }) => {
          void actions.blur(name, value);
        }),
      },
    });
  };
  return {
    step,
    status: state.status,
    error: error ?? (problems.length ? configurationError(problems.join(' ')) : undefined),
    formError:
      error && !errorField
        ? controller.errorText(error, model)
        : problems.length
          ? t('error.ConfigurationError')
          : undefined,
    announcement: state.notice && t(state.notice.key, state.notice.values),
    notice: state.notice,
    result: state.result,
    username: state.username,
    signedIn: state.signedIn,
    codeDeliveryDetails: state.codeDeliveryDetails,
    fields: controller.fieldsOf(step, signUpFields),
    getFormProps: (props = {}) => ({
      ...props,
      // A native submission posts nothing, even before the kit has hydrated.
      method: 'dialog',
      noValidate: true,
      'aria-busy': submitting || undefined,
      onSubmit: chain(props.onSubmit, (event) => {
        event.preventDefault();
        void actions.submit(event);
      }),
    }),
    getFieldProps,
    getSubmitProps: (props = {}) => ({
      ...props,
      type: 'submit' as const,
      disabled: !mounted || props.disabled,
      // aria-disabled rather than disabled: the button keeps focus while a request runs.
      'aria-disabled': submitting || props['aria-disabled'] || undefined,
      'data-disabled': submitting || undefined,
      'data-status': state.status,
    }),
    submit: actions.submit,
    get passwordChecks() {
      checks.wanted = true;
      return controller.passwordChecks(String(form.getValues('password') ?? ''), policy);
    },
    passwordChecksFor: (password) => controller.passwordChecks(password, policy),
    confirm: actions.confirm,
    resend: actions.resend,
    resendAvailableIn: state.resendAvailableIn,
    startConfirmation: actions.startConfirmation,
    reset: actions.reset,
    t,
    phone,
    passwordPolicy: policy,
    form,
    confirmForm,
  };
}
