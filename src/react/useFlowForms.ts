import { type FormEvent, type RefObject, useCallback, useEffect, useRef } from 'react';
import { type Resolver, type UseFormReturn, useForm } from 'react-hook-form';
import { configurationError } from '../core/errors.js';
import { phoneCountryKey } from '../core/phoneNumbers.js';
import type { SignUpFlow } from '../core/signUpFlow.js';
import type { SignUpFlowState } from '../core/signUpFlowReducer.js';
import { type FormValues, toSignUpInput } from '../core/signUpForm.js';
import { errorText } from './fieldProps.js';
import { type FormModel, resolveConfirm, resolveSignUp } from './signUpResolvers.js';
import type { ConfirmValues, UseSignUpOptions } from './useSignUp.types.js';

/** What the forms' handlers read when they run: the latest render's options and form model. */
export interface FlowModel extends FormModel {
  options: UseSignUpOptions;
  problems: string[];
}

/**
 * The two react-hook-form forms (sign-up and confirm) wired to the flow: validation before
 * each request, one submission at a time, errors the flow placed shown on their fields.
 */
export function useFlowForms(
  flow: SignUpFlow,
  state: SignUpFlowState,
  model: RefObject<FlowModel>,
  defaultValues: FormValues,
) {
  const signUpResolver = useCallback<Resolver<FormValues>>(
    (values, _context, { names }) => resolveSignUp(model.current, values, names),
    [model],
  );
  const confirmResolver = useCallback<Resolver<ConfirmValues>>(
    (values) => resolveConfirm(model.current.t, values),
    [model],
  );
  // react-hook-form's defaults: validate on submit, then again on every change.
  const form = useForm<FormValues>({ resolver: signUpResolver, defaultValues });
  const confirmForm = useForm<ConfirmValues>({
    resolver: confirmResolver,
    defaultValues: { code: '' },
  });
  // Entering the confirm step moves focus to the code input, wherever it is rendered.
  useEffect(() => {
    if (state.step === 'confirm') confirmForm.setFocus('code');
  }, [state.step, confirmForm]);
  const { error, errorField, step } = state;
  // An error the flow placed on a field goes into react-hook-form (translated), with focus.
  useEffect(() => {
    if (!error) return;
    const target = (step === 'confirm' ? confirmForm : form) as UseFormReturn<FormValues>;
    const { t, options } = model.current;
    const stored = {
      type: error.code,
      message: errorText(t, error, options.usernameMode ?? 'username'),
    };
    target.setError(errorField ?? 'root.server', stored);
    if (errorField) target.setFocus(errorField);
  }, [error, errorField, step, form, confirmForm, model]);

  /**
   * The password has done its job (or, on "I already have a code", is not the one that signs
   * in): not kept in react-hook-form's values, where DevTools would show it, nor in the DOM.
   */
  const forgetPassword = useCallback(() => {
    form.setValue('password', '');
    form.setValue('confirmPassword', '');
  }, [form]);
  // One submission at a time, validation included, however often it is triggered.
  const busy = useRef(false);
  const once = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  }, []);
  const submitSignUp = useCallback(
    (event?: FormEvent<HTMLFormElement>) =>
      once(() =>
        form.handleSubmit(async (values) => {
          const { fields, problems, options: latest } = model.current;
          if (problems.length) return flow.fail(configurationError(problems.join(' ')));
          await flow.signUp(toSignUpInput(fields, values, latest));
          if (flow.getState().step !== 'signUp') forgetPassword();
        })(event),
      ),
    [once, form, flow, model, forgetPassword],
  );
  const submitCode = useCallback(
    (event?: FormEvent<HTMLFormElement>) =>
      once(() =>
        confirmForm.handleSubmit(async ({ code }) => {
          await flow.confirm(code);
          if (flow.getState().step !== 'confirm') confirmForm.reset({ code: '' });
        })(event),
      ),
    [once, confirmForm, flow],
  );
  const resend = useCallback(async () => {
    await flow.resend();
    // The new code makes an error about the old one stale.
    if (flow.getState().notice?.key === 'confirm.resent') confirmForm.clearErrors();
  }, [flow, confirmForm]);
  const startConfirmation = useCallback(
    async (username?: string) => {
      // The username typed is checked as a submit checks it: the same message on the field,
      // focus there, nothing sent and no onError (an empty or spaced name is the user's to fix).
      if (username === undefined && !(await form.trigger('username', { shouldFocus: true })))
        return;
      let name = username ?? String(form.getValues('username') ?? '').trim();
      const { phone, usernameMode } = model.current.options;
      if (username === undefined && phone && usernameMode === 'phone_number') {
        const country = form.getValues(phoneCountryKey('username'));
        name = (await phone.load()).toE164(name, country ? String(country) : undefined);
      }
      form.clearErrors();
      flow.startConfirmation(name);
      forgetPassword();
    },
    [flow, form, model, forgetPassword],
  );
  const reset = useCallback(() => {
    flow.reset();
    // Start over keeps what was typed (a typo is one field to fix, not a form to redo), never
    // the password.
    form.reset({ ...form.getValues(), password: '', confirmPassword: '' });
    confirmForm.reset({ code: '' });
  }, [flow, form, confirmForm]);

  const confirm = useCallback(
    async (code?: string) => {
      if (code !== undefined) confirmForm.setValue('code', code);
      await submitCode();
    },
    [confirmForm, submitCode],
  );

  return { form, confirmForm, submitSignUp, submitCode, resend, startConfirmation, reset, confirm };
}
