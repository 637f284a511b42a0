import { createElement } from 'react';
import type { AutoSignIn, CodeDeliveryDetails } from '../src/core/index.ts';
import { createPasskeyStep, offerPasskey, PasskeyPrompt } from '../src/passkey.ts';
import { autoSignIn } from '../src/sign-in.ts';
import { createFakeTransport, type FakeHandlers, type FakeTransport } from '../src/testing.ts';

/** Where the fake pool says it sent the code. */
export const EMAIL_DELIVERY: CodeDeliveryDetails = {
  Destination: 'a***@e***.com',
  DeliveryMedium: 'EMAIL',
  AttributeName: 'email',
};
export const SMS_DELIVERY: CodeDeliveryDetails = {
  Destination: '+*******0123',
  DeliveryMedium: 'SMS',
  AttributeName: 'phone_number',
};

/** A fake Cognito: accepts sign-ups (unconfirmed), accepts code 123456, resends. */
export function fakeCognito(
  overrides: FakeHandlers = {},
  delivery = EMAIL_DELIVERY,
): FakeTransport {
  return createFakeTransport({
    SignUp: {
      UserConfirmed: false,
      UserSub: '7d5c1e5a-0000-4000-8000-000000000001',
      CodeDeliveryDetails: delivery,
    },
    ConfirmSignUp: (request) => {
      if (request.ConfirmationCode !== '123456') {
        throw { __type: 'CodeMismatchException', message: 'Invalid verification code provided.' };
      }
      return {};
    },
    ResendConfirmationCode: { CodeDeliveryDetails: delivery },
    ...overrides,
  });
}

/** A fake Cognito whose SignUp fails with `code` (and `message`). */
export function failingSignUp(code: string, message = 'Rejected by the fake pool.'): FakeTransport {
  return fakeCognito({
    SignUp: () => {
      if (code === 'NetworkError') throw Object.assign(new Error('Network error'), { code });
      throw { __type: code, message };
    },
  });
}

/** A fake Cognito whose SignUp never answers: the submitting state. */
export function hangingSignUp(): FakeTransport {
  return fakeCognito({ SignUp: () => new Promise(() => {}) });
}

/**
 * A stand-in for `autoSignIn()` (which talks to Cognito and loads amazon-cognito-identity-js):
 * signs the user in, or meets `challenge`. The real one is tested against the local Cognito.
 */
export function fakeAutoSignIn(challenge?: string): AutoSignIn {
  const run: AutoSignIn = async ({ username, config }) => {
    if (challenge) return { challenge };
    const signedIn = {
      username,
      tokens: { idToken: 'header.payload.signature', accessToken: 'header.payload.signature' },
    };
    config.onSignedIn?.(signedIn);
    return { signedIn };
  };
  // The signed-in step's English ships with auto sign-in: an AutoSignIn of your own brings it.
  return Object.assign(run, { messages: autoSignIn().messages });
}

/** What a fake device does when asked to create a passkey. */
export type FakeDevice =
  | 'creates'
  | 'hangs'
  | 'NotAllowedError'
  | 'InvalidStateError'
  | 'SecurityError';

/**
 * A stand-in for `autoSignIn({ passkey: offerPasskey() })`: signs the user in and offers the
 * real passkey step (`createPasskeyStep`) over a fake Cognito (`cognito`: its
 * Start/CompleteWebAuthnRegistration answers) and a fake device, so every state can be shown
 * without WebAuthn.
 */
export function fakePasskeySignIn(
  device: FakeDevice = 'creates',
  cognito: FakeHandlers = {},
): AutoSignIn {
  const transport = createFakeTransport({
    StartWebAuthnRegistration: {
      CredentialCreationOptions: {
        challenge: 'c3Rvcnlib29rLWNoYWxsZW5nZS0zMg',
        rp: { id: 'localhost', name: 'Storybook' },
        user: { id: 'AQID', name: 'ada', displayName: 'ada' },
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
      },
    },
    CompleteWebAuthnRegistration: {},
    ...cognito,
  });
  const create = async (): Promise<Credential | null> => {
    if (device === 'hangs') return new Promise(() => {});
    if (device !== 'creates') throw new DOMException('Refused by the fake device.', device);
    return {
      id: 'story-credential',
      toJSON: () => ({ id: 'story-credential' }),
    } as unknown as Credential;
  };
  const run: AutoSignIn = async ({ username, config }) => {
    const signedIn = {
      username,
      tokens: { idToken: 'header.payload.signature', accessToken: 'header.payload.signature' },
      passkey: Object.assign(
        createPasskeyStep(
          {
            config: { clientId: config.clientId, transport },
            username,
            accessToken: 'header.payload.signature',
          },
          { credentials: { create } },
        ),
        { view: createElement(PasskeyPrompt) },
      ),
    };
    config.onSignedIn?.(signedIn);
    return { signedIn };
  };
  return Object.assign(run, { messages: autoSignIn({ passkey: offerPasskey() }).messages });
}
