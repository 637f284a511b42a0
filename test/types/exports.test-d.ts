import { describe, expectTypeOf, it } from 'vitest';
import type * as core from '../../src/core/index.ts';
import type * as root from '../../src/index.ts';
import type * as testing from '../../src/testing.ts';

// The public surface, as the README's "Package" section lists it: a change here is a change of
// the API (and a line in the CHANGELOG).

describe('exports', () => {
  it('the root exports what an app uses: components, the hook, errors, the collector', () => {
    expectTypeOf<keyof typeof root>().toEqualTypeOf<
      // Components and parts
      | 'SignUp'
      | 'SignUpProvider'
      | 'SignUpForm'
      | 'ConfirmSignUpForm'
      | 'SignUpDone'
      | 'Status'
      | 'Field'
      | 'DefaultFieldBody'
      | 'Label'
      | 'Input'
      | 'Select'
      | 'Hint'
      | 'ErrorMessage'
      | 'Submit'
      | 'PasswordInput'
      | 'PasswordChecklist'
      | 'HaveCodeButton'
      | 'ConfirmInstructions'
      | 'ResendButton'
      | 'StartOverButton'
      // The hook and the contexts of parts of your own
      | 'useSignUp'
      | 'SignUpContext'
      | 'useSignUpContext'
      | 'useFieldContext'
      // Errors
      | 'SignUpError'
      | 'isSignUpError'
      | 'SERVICE_ERROR_CODES'
      | 'CLIENT_ERROR_CODES'
      // Configuration
      | 'STANDARD_ATTRIBUTES'
      | 'DEFAULT_PASSWORD_POLICY'
      | 'advancedSecurityData'
      // Invitations: values from the link's address
      | 'valuesFromUrl'
    >();
  });

  it('test helpers are in /testing only', () => {
    expectTypeOf<keyof typeof testing>().toEqualTypeOf<'createFakeTransport'>();
    expectTypeOf<'createFakeTransport'>().not.toExtend<keyof typeof root>();
    expectTypeOf<'createFakeTransport'>().not.toExtend<keyof typeof core>();
  });

  it('/core has the framework-free machinery: the controller, the flow, the operations', () => {
    expectTypeOf<
      | 'createSignUpForm'
      | 'createSignUpFlow'
      | 'signUp'
      | 'confirmSignUp'
      | 'resendConfirmationCode'
      | 'createCognitoTransport'
      | 'SignUpError'
    >().toExtend<keyof typeof core>();
    expectTypeOf<'createSignUpForm' | 'createSignUpFlow' | 'signUp'>().not.toExtend<
      keyof typeof root
    >();
  });
});
