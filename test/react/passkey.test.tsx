import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AutoSignIn } from '../../src/core/index.ts';
import { de } from '../../src/core/locales/de.ts';
import { SignUp } from '../../src/index.ts';
import {
  createPasskeyStep,
  offerPasskey,
  type PasskeyOfferOptions,
  PasskeyPrompt,
  type PasskeyStep,
  toCreationOptions,
  toRegistrationJSON,
} from '../../src/passkey.ts';
import { autoSignIn } from '../../src/sign-in.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJlLW9mLXRoZS1hY2Nlc3MtdG9rZW4';
const b64url = (bytes: number[]) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
/** A challenge of 16 bytes (the fewest the page takes), some of them beyond base64's `+` and `/`. */
const CHALLENGE = [1, 2, 3, 250, 251, 252, 253, 254, 255, 0, 62, 63, 248, 249, 7, 8];
const CREATION_OPTIONS = {
  challenge: b64url(CHALLENGE),
  rp: { id: 'localhost', name: 'Demo' },
  user: { id: b64url([9, 8, 7]), name: 'ada', displayName: 'ada@example.com' },
  pubKeyCredParams: [{ type: 'public-key' as const, alg: -7 }],
  excludeCredentials: [
    { type: 'public-key' as const, id: b64url([255, 254]), transports: ['internal'] },
  ],
  timeout: 60000,
};
const CREDENTIAL_JSON = {
  id: 'cred-1',
  rawId: 'cred-1',
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: 'e30', attestationObject: 'o2Nm', transports: ['internal'] },
};
/** A credential as a browser with `toJSON()` returns it. */
const CREDENTIAL = {
  id: 'cred-1',
  toJSON: () => CREDENTIAL_JSON,
} as unknown as PublicKeyCredential;

const bytes = (buffer: BufferSource) => [
  ...new Uint8Array(ArrayBuffer.isView(buffer) ? buffer.buffer : buffer),
];

function cognito(handlers: FakeHandlers = {}) {
  return createFakeTransport({
    StartWebAuthnRegistration: { CredentialCreationOptions: structuredClone(CREATION_OPTIONS) },
    CompleteWebAuthnRegistration: {},
    ...handlers,
  });
}

/** A step over a fake Cognito and a fake authenticator whose `create` does `create`. */
function step(create: Create, handlers: FakeHandlers = {}, options: PasskeyOfferOptions = {}) {
  const transport = cognito(handlers);
  const states: string[] = [];
  const passkey = createPasskeyStep(
    { config: { clientId: 'client', transport }, username: 'ada', accessToken: TOKEN },
    {
      ...options,
      credentials: { create },
      onStateChange: (state) => states.push(state.status),
    },
  );
  return { passkey, transport, states };
}

/** What `navigator.credentials.create` is. */
type Create = (options?: CredentialCreationOptions) => Promise<Credential | null>;
const refuse =
  (name: string): Create =>
  async () => {
    throw new DOMException('The operation either timed out or was not allowed.', name);
  };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('WebAuthn JSON', () => {
  it('decodes the base64url members of checked options', () => {
    const options = toCreationOptions(CREATION_OPTIONS);
    expect(bytes(options.challenge)).toEqual(CHALLENGE);
    expect(bytes(options.user.id)).toEqual([9, 8, 7]);
    expect(bytes(options.excludeCredentials?.[0]?.id as BufferSource)).toEqual([255, 254]);
    expect(options.rp).toEqual({ id: 'localhost', name: 'Demo' });
    expect(options.pubKeyCredParams).toEqual([{ type: 'public-key', alg: -7 }]);
  });

  it("does not hand the answer to the browser's own parser: only checked members reach the device", () => {
    const parse = vi.fn(() => ({ challenge: new Uint8Array([1]) }));
    vi.stubGlobal('PublicKeyCredential', { parseCreationOptionsFromJSON: parse });
    expect(bytes(toCreationOptions(CREATION_OPTIONS).challenge)).toEqual(CHALLENGE);
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses options that are not creation options with an InvalidResponseError', () => {
    for (const bad of [
      undefined,
      'x',
      {},
      { challenge: 'AA' },
      { ...CREATION_OPTIONS, challenge: '@@@' },
    ]) {
      expect(() => toCreationOptions(bad), JSON.stringify(bad)).toThrow(
        expect.objectContaining({ code: 'InvalidResponseError' }),
      );
    }
  });

  it('serializes a credential member by hand where it has no toJSON()', () => {
    const credential = {
      id: 'AQID',
      rawId: new Uint8Array([1, 2, 3]).buffer,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      getClientExtensionResults: () => ({ credProps: { rk: true } }),
      response: {
        clientDataJSON: new TextEncoder().encode('{"a":1}').buffer,
        attestationObject: new Uint8Array([0xfb, 0xff]).buffer,
        getTransports: () => ['internal', 'hybrid'],
      },
    } as unknown as PublicKeyCredential;
    expect(toRegistrationJSON(credential)).toEqual({
      id: 'AQID',
      rawId: 'AQID',
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: { credProps: { rk: true } },
      response: {
        clientDataJSON: 'eyJhIjoxfQ',
        attestationObject: '-_8',
        transports: ['internal', 'hybrid'],
      },
    });
    expect(toRegistrationJSON(CREDENTIAL)).toBe(CREDENTIAL_JSON);
  });
});

describe('createPasskeyStep', () => {
  it('registers: Start, the device, Complete, each with the access token in the body only', async () => {
    const create = vi.fn(async () => CREDENTIAL);
    const registered = vi.fn();
    const { passkey, transport, states } = step(create, {}, { onPasskeyRegistered: registered });
    expect(passkey.getState()).toEqual({ status: 'offered' });
    await passkey.register();
    expect(transport.calls).toEqual([
      { operation: 'StartWebAuthnRegistration', request: { AccessToken: TOKEN } },
      {
        operation: 'CompleteWebAuthnRegistration',
        request: { AccessToken: TOKEN, Credential: CREDENTIAL_JSON },
      },
    ]);
    const [{ publicKey, signal }] = create.mock.calls[0] as unknown as [CredentialCreationOptions];
    expect(bytes(publicKey?.challenge as BufferSource)).toEqual(CHALLENGE);
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(states).toEqual(['registering', 'registered']);
    expect(registered).toHaveBeenCalledWith({ username: 'ada', credentialId: 'cred-1' });
    // Ended: nothing more happens.
    await passkey.register();
    passkey.skip();
    expect(passkey.getState().status).toBe('registered');
  });

  it('a cancelled or timed-out prompt (NotAllowedError) is offered again, and a retry registers', async () => {
    const create = vi.fn(refuse('NotAllowedError'));
    const { passkey, transport } = step(create);
    await passkey.register();
    expect(passkey.getState()).toMatchObject({
      status: 'offered',
      error: {
        code: 'NotAllowedError',
        messageKey: 'passkey.error.NotAllowedError',
        retryable: true,
      },
    });
    expect(transport.calls.map((c) => c.operation)).toEqual(['StartWebAuthnRegistration']);
    create.mockImplementation(async () => CREDENTIAL);
    await passkey.register();
    expect(passkey.getState()).toEqual({ status: 'registered' });
  });

  it('"this device already has one" (InvalidStateError) fails for good; the person goes on', async () => {
    const { passkey, states } = step(refuse('InvalidStateError'));
    await passkey.register();
    expect(passkey.getState()).toMatchObject({
      status: 'failed',
      error: { code: 'InvalidStateError', messageKey: 'passkey.error.InvalidStateError' },
    });
    await passkey.register();
    passkey.skip();
    expect(states).toEqual(['registering', 'failed', 'skipped']);
  });

  it.each([
    ['SecurityError', 'dom', 'failed', 'passkey.error.unavailable', 'WebAuthnRelyingPartyID'],
    [
      'WebAuthnNotEnabledException',
      'start',
      'failed',
      'passkey.error.unavailable',
      'AllowedFirstAuthFactors',
    ],
    [
      'WebAuthnConfigurationMissingException',
      'start',
      'failed',
      'passkey.error.unavailable',
      'RelyingPartyId',
    ],
    [
      'WebAuthnOriginNotAllowedException',
      'complete',
      'failed',
      'passkey.error.unavailable',
      'origin',
    ],
    [
      'WebAuthnClientMismatchException',
      'complete',
      'failed',
      'passkey.error.unavailable',
      'clientId',
    ],
    [
      'LimitExceededException',
      'start',
      'failed',
      'passkey.error.LimitExceededException',
      undefined,
    ],
    [
      'TooManyRequestsException',
      'start',
      'offered',
      'passkey.error.TooManyRequestsException',
      undefined,
    ],
    [
      'NotAuthorizedException',
      'start',
      'failed',
      'passkey.error.NotAuthorizedException',
      undefined,
    ],
    ['InternalErrorException', 'complete', 'offered', 'passkey.error.failed', undefined],
  ])(
    '%s (from %s) → %s, %s; development names the setting to fix',
    async (code, where, status, key, hint) => {
      const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
      // The server echoes the token: it never reaches the error.
      const answer = () => {
        throw { __type: `com.amazonaws#${code}`, message: `Refused for token ${TOKEN}` };
      };
      const { passkey } = step(
        where === 'dom' ? refuse(code) : async () => CREDENTIAL,
        where === 'start'
          ? { StartWebAuthnRegistration: answer }
          : where === 'complete'
            ? { CompleteWebAuthnRegistration: answer }
            : {},
      );
      await passkey.register();
      const { status: actual, error } = passkey.getState();
      expect(actual).toBe(status);
      expect(error?.code).toBe(
        where === 'dom' || code !== 'InternalErrorException' ? code : 'UnknownError',
      );
      expect(error?.messageKey).toBe(key);
      expect(error?.message).not.toContain(TOKEN);
      expect(JSON.stringify(console.mock.calls)).not.toContain(TOKEN);
      if (hint) expect(String(console.mock.calls[0]?.[0])).toContain(hint);
      else expect(console).not.toHaveBeenCalled();
    },
  );

  it('the network failing is offered again', async () => {
    const { passkey } = step(async () => CREDENTIAL, {
      StartWebAuthnRegistration: () => {
        throw Object.assign(new Error('Network error'), { code: 'NetworkError' });
      },
    });
    await passkey.register();
    expect(passkey.getState()).toMatchObject({
      status: 'offered',
      error: { code: 'NetworkError' },
    });
  });

  it('"Not now" while the device prompt is open cancels it: skipped, no error, nothing completed', async () => {
    let seen: AbortSignal | undefined;
    const create = vi.fn(
      (options?: CredentialCreationOptions) =>
        new Promise<Credential | null>((_, reject) => {
          seen = options?.signal;
          options?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const { passkey, transport, states } = step(create);
    const running = passkey.register();
    await waitFor(() => expect(create).toHaveBeenCalled());
    passkey.skip();
    await running;
    expect(seen?.aborted).toBe(true);
    expect(passkey.getState()).toEqual({ status: 'skipped' });
    expect(states).toEqual(['registering', 'skipped']);
    expect(transport.calls.map((c) => c.operation)).toEqual(['StartWebAuthnRegistration']);
  });

  it('answers from Cognito that are not creation options fail with InvalidResponseError, offered again', async () => {
    const create = vi.fn(async () => CREDENTIAL);
    const { passkey } = step(create, {
      StartWebAuthnRegistration: { CredentialCreationOptions: 'nope' },
    });
    await passkey.register();
    expect(passkey.getState()).toMatchObject({
      status: 'offered',
      error: { code: 'InvalidResponseError' },
    });
    expect(create).not.toHaveBeenCalled();
  });
});

describe('offerPasskey: offered only where a passkey can work', () => {
  const request = {
    config: { clientId: 'client', transport: cognito() },
    username: 'ada',
    accessToken: TOKEN,
  };
  const webAuthn = (platform: boolean) => {
    vi.stubGlobal('isSecureContext', true);
    vi.stubGlobal('PublicKeyCredential', {
      isUserVerifyingPlatformAuthenticatorAvailable: async () => platform,
    });
    vi.stubGlobal('navigator', { ...navigator, credentials: { create: vi.fn() } });
  };

  it('offers a step with a built-in authenticator (supported, the default), and always with `always`', async () => {
    webAuthn(true);
    expect((await offerPasskey().offer(request))?.getState()).toEqual({ status: 'offered' });
    webAuthn(false);
    expect(await offerPasskey().offer(request)).toBeUndefined();
    expect(await offerPasskey({ when: 'supported' }).offer(request)).toBeUndefined();
    expect((await offerPasskey({ when: 'always' }).offer(request))?.getState().status).toBe(
      'offered',
    );
  });

  it('offers nothing outside a secure context, without WebAuthn, or without an access token', async () => {
    webAuthn(true);
    expect(await offerPasskey().offer({ ...request, accessToken: '' })).toBeUndefined();
    vi.stubGlobal('isSecureContext', false);
    expect(await offerPasskey({ when: 'always' }).offer(request)).toBeUndefined();
    vi.stubGlobal('isSecureContext', true);
    vi.stubGlobal('PublicKeyCredential', undefined);
    expect(await offerPasskey({ when: 'always' }).offer(request)).toBeUndefined();
  });

  it('offers nothing at an IP address (WebAuthn needs a domain), and says so in development', async () => {
    webAuthn(true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('location', new URL('http://127.0.0.1:5173/'));
    expect(await offerPasskey({ when: 'always' }).offer(request)).toBeUndefined();
    vi.stubGlobal('location', new URL('http://[::1]:5173/'));
    expect(await offerPasskey({ when: 'always' }).offer(request)).toBeUndefined();
    expect(String(warn.mock.calls[0]?.[0])).toContain('IP address');
  });

  it("autoSignIn({ passkey }) carries the passkey step's English with the signed-in step's, the same object each render", () => {
    const offer = offerPasskey();
    const first = autoSignIn({ passkey: offer }).messages;
    expect(first).toMatchObject({ 'signedIn.title': 'Welcome', 'passkey.add': 'Add a passkey' });
    expect(autoSignIn({ passkey: offerPasskey() }).messages).toBe(first);
    expect(autoSignIn().messages).not.toHaveProperty('passkey.add');
  });
});

/** Auto sign-in that signs `ada` in and offers `passkey` (the real step), as `autoSignIn({ passkey })` does. */
function signInOffering(passkey: PasskeyStep): AutoSignIn {
  const run: AutoSignIn = async ({ username }) => ({
    signedIn: {
      username,
      tokens: { idToken: 'id', accessToken: TOKEN },
      passkey: Object.assign(passkey, { view: createElement(PasskeyPrompt) }),
    },
  });
  return Object.assign(run, { messages: autoSignIn({ passkey: offerPasskey() }).messages });
}

/** What the page's alerts say: the form's alert region is there, empty, all along. */
const alertsSaid = () =>
  screen
    .queryAllByRole('alert')
    .map((alert) => alert.textContent)
    .filter(Boolean);

async function reachSignedIn(props: Partial<Parameters<typeof SignUp>[0]>, passkey: PasskeyStep) {
  const user = userEvent.setup();
  const transport = createFakeTransport({
    SignUp: { UserConfirmed: false, UserSub: 'sub' },
    ConfirmSignUp: {},
  });
  const { unmount } = render(
    <SignUp
      clientId="client"
      transport={transport}
      autoSignIn={signInOffering(passkey)}
      {...props}
    />,
  );
  await user.type(screen.getByLabelText(/^(Username|Benutzername)/), 'ada');
  await user.type(
    screen.getByLabelText(/^(Password|Passwort)/, { selector: 'input' }),
    'Passw0rd!',
  );
  await user.click(screen.getByRole('button', { name: /Create account|Konto erstellen/ }));
  await user.type(await screen.findByLabelText(/Confirmation code|Bestätigungscode/), '123456');
  await user.click(screen.getByRole('button', { name: /^(Confirm|Bestätigen)$/ }));
  return Object.assign(user, { unmount });
}

describe('<SignUp> draws the passkey step', () => {
  it('offers "Add a passkey" / "Not now" under the welcome, registers, says so in its live region and moves focus to the title', async () => {
    const { passkey } = step(async () => CREDENTIAL);
    const user = await reachSignedIn({}, passkey);
    await screen.findByText(/Add a passkey, and next time/);
    expect(screen.getByRole('heading', { name: 'Welcome' })).toBeInTheDocument();
    // The step's one live region is there, empty, before anything is said in it.
    const box = document.querySelector<HTMLElement>('.rcs-passkey');
    const regions = box ? within(box).getAllByRole('status') : [];
    expect(regions).toHaveLength(1);
    expect(regions[0]).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    await waitFor(() =>
      expect(regions[0]).toHaveTextContent('Passkey added. Next time, sign in with it.'),
    );
    expect(regions[0]).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Welcome' })).toHaveFocus());
    expect(alertsSaid()).toEqual([]);
  }, 20_000);

  it('shows a refusal with "Add a passkey" again; after a failure for good only "Continue"; "Not now" focuses the title', async () => {
    const create = vi.fn(refuse('NotAllowedError'));
    const { passkey } = step(create);
    const user = await reachSignedIn({}, passkey);
    await user.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    // A cancelled prompt is no error: a status in neutral words, never an alert.
    const note = await screen.findByText(/prompt was cancelled or timed out/);
    expect(note).toHaveAttribute('role', 'status');
    expect(note).not.toHaveClass('rcs-error');
    expect(document.querySelector('.rcs-passkey [role="alert"]')).toBeNull();
    create.mockImplementation(refuse('InvalidStateError'));
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    await waitFor(() =>
      expect(alertsSaid()).toEqual([
        expect.stringMatching(/already has a passkey for your account/),
      ]),
    );
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(alertsSaid()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Welcome' })).toHaveFocus();
  }, 20_000);

  it('unmounting <SignUp> while StartWebAuthnRegistration waits aborts it: no device prompt, nothing completed', async () => {
    let startSignal: AbortSignal | undefined;
    let answerStart: (() => void) | undefined;
    const create = vi.fn(async () => CREDENTIAL);
    const { passkey, transport, states } = step(create, {
      StartWebAuthnRegistration: (_, { signal }) => {
        startSignal = signal;
        return new Promise((resolve) => {
          answerStart = () =>
            resolve({ CredentialCreationOptions: structuredClone(CREATION_OPTIONS) });
        });
      },
    });
    const user = await reachSignedIn({}, passkey);
    await user.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    await waitFor(() => expect(answerStart).toBeDefined());
    user.unmount();
    // Cognito answers after the form is gone.
    answerStart?.();
    await waitFor(() => expect(startSignal?.aborted).toBe(true));
    expect(create).not.toHaveBeenCalled();
    expect(transport.calls.map((c) => c.operation)).toEqual(['StartWebAuthnRegistration']);
    expect(states).toEqual(['registering']);
  }, 20_000);

  it('"Not now" while CompleteWebAuthnRegistration is in flight ends registered when the server kept the passkey', async () => {
    let answerComplete: (() => void) | undefined;
    const { passkey } = step(async () => CREDENTIAL, {
      CompleteWebAuthnRegistration: () =>
        new Promise((resolve) => {
          answerComplete = () => resolve({});
        }),
    });
    const user = await reachSignedIn({}, passkey);
    await user.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    await waitFor(() => expect(answerComplete).toBeDefined());
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    answerComplete?.();
    expect(
      await screen.findByText('Passkey added. Next time, sign in with it.'),
    ).toBeInTheDocument();
    expect(passkey.getState().status).toBe('registered');
  }, 20_000);

  it('speaks the catalog’s language (German)', async () => {
    const { passkey } = step(refuse('NotAllowedError'));
    const user = await reachSignedIn({ catalog: de }, passkey);
    await user.click(await screen.findByRole('button', { name: 'Passkey hinzufügen' }));
    expect(await screen.findByText(/Es wurde kein Passkey hinzugefügt/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByRole('button', { name: 'Nicht jetzt' })).toBeInTheDocument();
  }, 20_000);
});
