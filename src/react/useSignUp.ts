import { useEffect, useId, useReducer, useState, useSyncExternalStore } from 'react';
import { type ResolverResult, type UseFormReturn, useForm } from 'react-hook-form';
import { createSignUpForm, type FormStore } from '../core/controller/index.js';
import { configurationError } from '../core/errors/index.js';
import type { FormValues } from '../core/fields/index.js';
import { type FieldProps, fieldProps, type InputPropsIn } from './fieldProps.js';
import { chain } from './mergeProps.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import type { ConfirmValues, UseSignUpOptions, UseSignUpReturn } from './useSignUp.types.js';
import { watchPassword } from './watchPassword.js';

export type * from './useSignUp.types.js';

/**
 * The whole sign-up → confirm → done flow, headless: an adapter over the framework-free
 * controller (`createSignUpForm`) and two react-hook-form forms. Render anything from what it
 * returns; `<SignUp>` is one such rendering.
 */
export function useSignUp(options: UseSignUpOptions): UseSignUpReturn {
  const { phone } = options;
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

  // react-hook-form's defaults: validate on submit, then again on every change of a field (one
  // name: that revalidation never looks a password up in breaches).
  const form = useForm<FormValues>({
    resolver: (values, _, { names }) =>
      controller.validate(values, !names || names.length > 1) as Promise<
        ResolverResult<FormValues>
      >,
    // Read once, when the form is created.
    defaultValues: {
      ...Object.fromEntries(signUpFields.map((field) => [field.name, field.defaultValue])),
      ...options.defaultValues,
    },
  });
  const confirmForm = useForm<ConfirmValues>({
    resolver: ({ code }) => controller.validateCode(code ?? '') as ResolverResult<ConfirmValues>,
    defaultValues: { code: '' },
    // Checked again at the next submit, not per keystroke: what is announced of the code changes
    // only when it is submitted.
    reValidateMode: 'onSubmit',
  });

  // Drawn again; with what an extension found when a field was left, to be announced.
  const [{ found }, rerender] = useReducer(
    (_: { found?: string }, found: string | undefined) => ({ found }),
    {},
  );
  // Made once: the controller and react-hook-form's forms live as long as the hook.
  const [{ blur, showError, ...actions }] = useState(() =>
    controller.bind(form as unknown as FormStore, confirmForm as unknown as FormStore, rerender),
  );

  // Entering the confirm step moves focus to the code input, wherever it is rendered.
  useEffect(() => {
    if (step === 'confirm') confirmForm.setFocus('code');
  }, [step, confirmForm]);
  // An error the flow placed on a field goes into react-hook-form (translated), with focus.
  // (Each error is a new object: placed once.)
  useEffect(showError, [error, showError]);
  // A configuration that cannot work fails on mount, not at the first submit.
  useEffect(() => {
    controller.checkConfiguration();
    return () => controller.abort();
  }, [controller]);
  // Resume a confirmation after a reload (before paint, so the sign-up form never flashes).
  useIsomorphicLayoutEffect(() => {
    // (The flow resumes only when `persist` is on; the options were committed just before.)
    controller.resume();
  }, [controller, options.persist, options.clientId]);
  // Values given before anything was typed (an invitation's) are checked as typed ones, so a
  // wrong one shows on its field at once.
  // (Read once, as react-hook-form reads its default values.)
  const [given] = useState(() =>
    Object.entries(options.defaultValues ?? {})
      .filter(([, value]) => value !== '')
      .map(([name]) => name),
  );
  useEffect(() => {
    if (given.length) void form.trigger(given);
  }, [form, given]);
  // A confirmation link in the address is followed once mounted (after any resume).
  useEffect(() => controller.followLink(), [controller]);
  // `passwordChecks` re-renders on password keystrokes only once a caller has read it.
  const [checklist] = useState(() => ({ readByCaller: false }));
  useEffect(
    () => watchPassword(form, () => checklist.readByCaller && rerender(undefined)),
    [form, checklist],
  );

  const baseId = useId();
  // False while hydrating server markup: the submit stays disabled until the kit can handle it.
  const mounted = useSyncExternalStore(
    // (Any subscription will do: the snapshot never changes once hydrated.)
    controller.subscribe,
    () => true,
    () => false,
  );
  const submitting = state.status === 'submitting';
  const { errors } = form.formState;
  const { errors: confirmErrors } = confirmForm.formState;
  const getFieldProps = (name: string, props?: InputPropsIn): FieldProps => {
    const field = model.field(name);
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
          void blur(name, value);
        }),
      },
    });
  };
  return {
    // The flow's state as it is (step, status, notice, result, username, signedIn,
    // codeDeliveryDetails, resendAvailableIn), then what the hook makes of it.
    ...state,
    error: error ?? (problems.length ? configurationError(problems.join(' ')) : undefined),
    formError:
      error && !errorField
        ? model.errorText(error)
        : problems.length
          ? t('error.ConfigurationError')
          : undefined,
    announcement: state.notice ? t(state.notice.key, state.notice.values) : found,
    fields: model.fieldsOf(step),
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
    get passwordChecks() {
      checklist.readByCaller = true;
      return model.passwordChecks(String(form.getValues('password') ?? ''));
    },
    passwordChecksFor: model.passwordChecks,
    ...actions,
    t,
    phone,
    passwordPolicy: policy,
    form,
    confirmForm,
  };
}
