// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  createSignUpForm,
  type FormStore,
  type FormValues,
  type SignUpRequest,
  type Validation,
} from '../../src/core/index.ts';
import { createFakeTransport } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';

// The controller runs the whole flow on a page without React: plain DOM forms, a FormStore of
// a few lines over each, and the controller's model, validation, actions and store.

/** A FormStore over a plain `<form>`: errors in `<p data-error-for>`, validation by `validate`. */
function domForm(
  element: HTMLFormElement,
  validate: (values: FormValues) => Validation | Promise<Validation>,
): FormStore {
  const input = (name: string) => element.querySelector<HTMLInputElement>(`[name="${name}"]`);
  const errorOf = (name: string) =>
    element.querySelector<HTMLElement>(`[data-error-for="${name}"]`) ??
    element.querySelector<HTMLElement>('[data-error-for="form"]');
  const store: FormStore = {
    getValues: ((name?: string) => {
      if (name) return input(name)?.value;
      const values: FormValues = {};
      for (const field of element.querySelectorAll('input')) values[field.name] = field.value;
      return values;
    }) as FormStore['getValues'],
    setValue: (name, value) => {
      const field = input(name);
      if (field) field.value = value;
    },
    setError: (name, { message }) => {
      const target = errorOf(name);
      if (target) target.textContent = message;
      input(name)?.setAttribute('aria-invalid', 'true');
    },
    setFocus: (name) => input(name)?.focus(),
    clearErrors: () => {
      for (const target of element.querySelectorAll('[data-error-for]')) target.textContent = '';
      for (const field of element.querySelectorAll('input')) field.removeAttribute('aria-invalid');
    },
    reset: (values) => {
      for (const field of element.querySelectorAll('input'))
        field.value = String(values[field.name] ?? '');
    },
    async trigger(name, { shouldFocus }) {
      const { errors } = await validate(store.getValues());
      const error = errors[name];
      if (error) {
        store.setError(name, error);
        if (shouldFocus) store.setFocus(name);
      }
      return !error;
    },
    handleSubmit: (onValid) => async () => {
      store.clearErrors();
      const { values, errors } = await validate(store.getValues());
      const names = Object.keys(errors);
      for (const name of names)
        store.setError(name, errors[name] as { type: string; message: string });
      if (names[0]) store.setFocus(names[0]);
      else await onValid(values);
    },
  };
  return store;
}

describe('createSignUpForm on a plain DOM page', () => {
  it('signs up and confirms: fields from the model, errors in the page, requests with every static extra', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed, ConfirmSignUp: {} });
    const controller = createSignUpForm({
      clientId: 'client1',
      region: 'us-east-1',
      transport,
      persist: false,
      fields: [{ name: 'email', required: true }],
      clientMetadata: { app: 'vanilla' },
      validationData: { source: 'test' },
      analyticsEndpointId: 'endpoint-1',
    });
    const { fields, t } = controller.model;
    expect(fields.map((field) => field.name)).toEqual(['username', 'email', 'password']);

    // The page: one input per field, labelled from the catalog, and a confirm form.
    document.body.innerHTML = `
      <form id="signUp">${fields
        .map(
          (field) =>
            `<label>${t(`field.${field.name}.label`)} <input name="${field.name}" autocomplete="${field.autoComplete}"></label><p data-error-for="${field.name}"></p>`,
        )
        .join('')}<p data-error-for="form"></p></form>
      <form id="confirm" hidden><label>${t('field.code.label')} <input name="code"></label><p data-error-for="code"></p><p data-error-for="form"></p></form>
      <p id="status" role="status"></p>`;
    const signUpForm = document.querySelector<HTMLFormElement>('#signUp') as HTMLFormElement;
    const confirmForm = document.querySelector<HTMLFormElement>('#confirm') as HTMLFormElement;
    const status = document.querySelector('#status') as HTMLElement;
    const actions = controller.bind(
      domForm(signUpForm, (values) => controller.validate(values)),
      domForm(confirmForm, (values) => controller.validateCode(String(values.code ?? ''))),
      () => {},
    );
    const unsubscribe = controller.subscribe(() => {
      const state = controller.getState();
      signUpForm.hidden = state.step !== 'signUp';
      confirmForm.hidden = state.step !== 'confirm';
      status.textContent = state.notice ? t(state.notice.key, state.notice.values) : '';
      actions.showError();
    });
    const type = (name: string, value: string) => {
      const field = document.querySelector<HTMLInputElement>(`[name="${name}"]`);
      if (field) field.value = value;
    };

    // Nothing typed: every required field says so, focus on the first, nothing sent.
    await actions.submit();
    expect(signUpForm.querySelector('[data-error-for="username"]')?.textContent).toBe(
      'This field is required.',
    );
    expect(document.activeElement).toBe(signUpForm.querySelector('[name="username"]'));
    expect(transport.calls).toHaveLength(0);

    type('username', 'ada');
    type('email', '  ada@example.com ');
    type('password', PASSWORD);
    await actions.submit();
    expect(controller.getState().step).toBe('confirm');
    expect(confirmForm.hidden).toBe(false);
    expect(status.textContent).toBe('Check your messages for the confirmation code.');
    const request = transport.calls[0]?.request as SignUpRequest;
    expect(request).toMatchObject({
      Username: 'ada',
      Password: PASSWORD,
      UserAttributes: [{ Name: 'email', Value: 'ada@example.com' }],
      ClientMetadata: { app: 'vanilla' },
      ValidationData: [{ Name: 'source', Value: 'test' }],
      AnalyticsMetadata: { AnalyticsEndpointId: 'endpoint-1' },
    });
    // The password has done its job: out of the page.
    expect(signUpForm.querySelector<HTMLInputElement>('[name="password"]')?.value).toBe('');

    type('code', ' 123 456 ');
    await actions.submit();
    expect(transport.calls[1]).toMatchObject({
      operation: 'ConfirmSignUp',
      request: { ConfirmationCode: '123456', ClientMetadata: { app: 'vanilla' } },
    });
    expect(controller.getState().step).toBe('done');
    expect(status.textContent).toBe('Your account is confirmed.');
    unsubscribe();
  });

  it('shows a server error on its field through the same FormStore', async () => {
    const transport = createFakeTransport({
      SignUp: () => {
        throw { __type: 'UsernameExistsException', message: 'User already exists' };
      },
    });
    const controller = createSignUpForm({ clientId: 'client1', region: 'us-east-1', transport });
    document.body.innerHTML =
      '<form><input name="username"><p data-error-for="username"></p><input name="password"><p data-error-for="password"></p></form>';
    const form = document.querySelector('form') as HTMLFormElement;
    const store = domForm(form, (values) => controller.validate(values));
    const actions = controller.bind(store, store, () => {});
    const unsubscribe = controller.subscribe(() => actions.showError());
    store.setValue('username', 'taken');
    store.setValue('password', PASSWORD);
    await actions.submit();
    expect(controller.getState().error?.code).toBe('UsernameExistsException');
    expect(form.querySelector('[data-error-for="username"]')?.textContent).toBe(
      'An account with this username already exists.',
    );
    expect(document.activeElement).toBe(form.querySelector('[name="username"]'));
    unsubscribe();
  });
});

describe('the confirmation code, checked before it is sent', () => {
  const reasonOf = (options: Partial<Parameters<typeof createSignUpForm>[0]>, typed: string) => {
    const controller = createSignUpForm({ clientId: 'client1', region: 'us-east-1', ...options });
    controller.resolve({ clientId: 'client1', region: 'us-east-1', ...options });
    const { values, errors } = controller.validateCode(typed);
    return errors.code ? errors.code.type : values.code;
  };

  it('takes six digits (spaces of a pasted code removed) and refuses letters, other lengths and nothing', () => {
    expect(reasonOf({}, ' 123 456 ')).toBe('123456');
    expect(reasonOf({}, '12a456')).toBe('number');
    expect(reasonOf({}, '123')).toBe('tooShort');
    expect(reasonOf({}, '1234567')).toBe('tooLong');
    expect(reasonOf({}, '')).toBe('required');
    expect(reasonOf({}, '1e5678')).toBe('number');
    expect(reasonOf({}, '12.456')).toBe('pattern');
  });

  it('follows codeLength and codePattern for pools whose codes differ', () => {
    expect(reasonOf({ codeLength: 8 }, '12345678')).toBe('12345678');
    expect(reasonOf({ codeLength: 8 }, '123456')).toBe('tooShort');
    const letters = { codeLength: 4, codePattern: /^[A-Z0-9]+$/ };
    expect(reasonOf(letters, 'AB12')).toBe('AB12');
    expect(reasonOf(letters, 'ab12')).toBe('pattern');
  });
});
