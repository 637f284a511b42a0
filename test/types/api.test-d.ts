import { createElement, createRef, type ReactElement } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { describe, expectTypeOf, it } from 'vitest';
import { signUp } from '../../src/core/index.ts';
import type { es } from '../../src/core/locales/es.ts';
import {
  advancedSecurityData,
  type FieldProps,
  type MessageKey,
  type Messages,
  SignUp,
  type SignUpError,
  type SignUpErrorCode,
  type SignUpProps,
  type SignUpResponse,
  type UseSignUpOptions,
  type UseSignUpReturn,
  useSignUp,
} from '../../src/index.ts';

describe('public types', () => {
  it('error codes are a closed union', () => {
    expectTypeOf<'UsernameExistsException'>().toExtend<SignUpErrorCode>();
    expectTypeOf<'NetworkError'>().toExtend<SignUpErrorCode>();
    expectTypeOf<'SomethingElse'>().not.toExtend<SignUpErrorCode>();
    expectTypeOf<SignUpError['code']>().toEqualTypeOf<SignUpErrorCode>();
    expectTypeOf<SignUpError['field']>().toEqualTypeOf<string | undefined>();
  });

  it('message keys are known and every catalog has all of them', () => {
    expectTypeOf<'signUp.title'>().toExtend<MessageKey>();
    expectTypeOf<'error.CodeMismatchException'>().toExtend<MessageKey>();
    expectTypeOf<'not.a.key'>().not.toExtend<MessageKey>();
    expectTypeOf<typeof es>().toEqualTypeOf<Messages>();
  });

  it('messages takes catalog keys and keys of your own fields, and refuses a typo', () => {
    const ok: UseSignUpOptions['messages'] = {
      'signUp.title': 'Join',
      'field.custom:plan.label': 'Plan',
      'field.referral.hint': 'From a friend',
      'option.custom:plan.pro': 'Pro',
      'phone.hint': 'Pick your country',
    };
    // @ts-expect-error 'signUp.titel' is no message key
    const typo: UseSignUpOptions['messages'] = { 'signUp.titel': 'Join' };
    void [ok, typo];
    createElement(SignUp, {
      clientId: 'c',
      region: 'us-east-1',
      // @ts-expect-error a typo is refused in JSX props too
      messages: { 'confirm.titel': 'Confirm' },
    });
  });

  it('a field’s label, hint and placeholder take one text or one per language', () => {
    const fields: UseSignUpOptions['fields'] = [
      { name: 'custom:plan', label: { en: 'Plan', de: 'Tarif' }, hint: 'Pick one' },
    ];
    void fields;
  });

  it('useSignUp takes the options and returns the documented shape', () => {
    expectTypeOf(useSignUp).parameter(0).toEqualTypeOf<UseSignUpOptions>();
    expectTypeOf<UseSignUpReturn['step']>().toEqualTypeOf<
      'signUp' | 'confirm' | 'done' | 'signedIn'
    >();
    expectTypeOf<UseSignUpReturn['status']>().toEqualTypeOf<
      'idle' | 'submitting' | 'error' | 'success'
    >();
    expectTypeOf<UseSignUpReturn['result']>().toEqualTypeOf<SignUpResponse | undefined>();
    expectTypeOf<UseSignUpReturn['getFieldProps']>().returns.toEqualTypeOf<FieldProps>();
    expectTypeOf<UseSignUpReturn['confirm']>().toEqualTypeOf<(code?: string) => Promise<void>>();
    expectTypeOf<UseSignUpReturn['form']>().toExtend<
      UseFormReturn<Record<string, string | boolean>>
    >();
    expectTypeOf<UseSignUpOptions['usernameMode']>().toEqualTypeOf<
      'username' | 'email' | 'phone_number' | undefined
    >();
  });

  it('refuses a client secret at compile time too', () => {
    expectTypeOf<UseSignUpOptions['clientSecret']>().toEqualTypeOf<undefined>();
    // @ts-expect-error a client secret is never accepted
    useSignUp({ clientId: 'c', clientSecret: 'secret' });
  });

  it('UserContextData comes from a source function, never from a string', () => {
    useSignUp({ clientId: 'c', userContextData: advancedSecurityData });
    useSignUp({ clientId: 'c', userContextData: ({ username }) => `data-for-${username}` });
    useSignUp({ clientId: 'c', userContextData: false });
    // @ts-expect-error 'auto' is gone: pass advancedSecurityData
    useSignUp({ clientId: 'c', userContextData: 'auto' });
  });

  it('SignUp props are the hook options plus presentation', () => {
    expectTypeOf<SignUpProps>().toExtend<UseSignUpOptions>();
    expectTypeOf<SignUpProps['theme']>().toEqualTypeOf<'light' | 'dark' | 'auto' | undefined>();
    expectTypeOf(createElement(SignUp, { clientId: 'c' })).toExtend<ReactElement>();
    // The root forwards its ref.
    createElement(SignUp, { clientId: 'c', ref: createRef<HTMLDivElement>() });
    // @ts-expect-error clientId is required
    createElement(SignUp, { userPoolId: 'us-east-1_x' });
  });

  it('beforeSignUp may add to the request, cancel, or return nothing, sync or async', () => {
    type Before = NonNullable<UseSignUpOptions['beforeSignUp']>;
    expectTypeOf(async () => {}).toExtend<Before>();
    expectTypeOf(() => ({ validationData: { captchaToken: 't' } })).toExtend<Before>();
    expectTypeOf(async () => ({ cancel: 'Complete the check.' })).toExtend<Before>();
    expectTypeOf(() => ({ cancel: 42 })).not.toExtend<Before>();
    expectTypeOf(() => ({ validationData: { n: 1 } })).not.toExtend<Before>();
  });

  it('signUp resolves to every response field', () => {
    expectTypeOf(signUp).returns.resolves.toEqualTypeOf<SignUpResponse>();
    expectTypeOf<SignUpResponse>().toHaveProperty('UserConfirmed').toEqualTypeOf<boolean>();
    expectTypeOf<SignUpResponse>().toHaveProperty('Session').toEqualTypeOf<string | undefined>();
  });
});
