// The passkey step's promises of security issue #35, over the fake transport and the
// credentials seam: what StartWebAuthnRegistration answers reaches the device only within the
// rules; a step that is gone (abort: an unmount, a reset) opens no device prompt and completes
// nothing; "Not now" while CompleteWebAuthnRegistration is in flight tells the truth.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AutoSignIn } from '../../src/core/flow/signUpFlow.types.ts';
import { createSignUpFlow } from '../../src/core/index.ts';
import { createPasskeyStep, type PasskeyOfferOptions } from '../../src/core/passkey/passkeyStep.ts';
import type { CognitoTransport } from '../../src/core/wire/transport.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';

const b64url = (bytes: ArrayLike<number>) =>
  Buffer.from(Uint8Array.from(bytes)).toString('base64url');
/** An access token whose `username` claim is Cognito's own name for the user (a sub here). */
const TOKEN = [
  b64url(Buffer.from('{"alg":"RS256"}')),
  b64url(Buffer.from('{"sub":"6f1c","username":"6f1c-0000-sub"}')),
  b64url(Buffer.from('signature-of-the-access-token')),
].join('.');
const CREATION_OPTIONS = {
  challenge: b64url(Array.from({ length: 32 }, (_, i) => i)),
  rp: { id: 'localhost', name: 'Demo' },
  user: { id: b64url([9, 8, 7]), name: 'ada', displayName: 'ada@example.com' },
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
  timeout: 60_000,
  authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  extensions: { credProps: true },
};
const CREDENTIAL = {
  id: 'cred-1',
  toJSON: () => ({ id: 'cred-1', rawId: 'cred-1', type: 'public-key', response: {} }),
} as unknown as PublicKeyCredential;

type Create = (options?: CredentialCreationOptions) => Promise<Credential | null>;

/** A promise settled from outside, for answers that come when the test says. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function step(
  create: Create,
  transport: CognitoTransport & { calls?: unknown[] },
  options: PasskeyOfferOptions = {},
) {
  const states: string[] = [];
  const passkey = createPasskeyStep(
    { config: { clientId: 'client', transport }, username: 'ada', accessToken: TOKEN },
    { ...options, credentials: { create }, onStateChange: (s) => states.push(s.status) },
  );
  return { passkey, states };
}

const cognito = (handlers: FakeHandlers = {}) =>
  createFakeTransport({
    StartWebAuthnRegistration: { CredentialCreationOptions: structuredClone(CREATION_OPTIONS) },
    CompleteWebAuthnRegistration: {},
    ...handlers,
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the step refuses creation options out of the rules: no device prompt', () => {
  it.each<[string, Record<string, unknown>]>([
    ['an empty challenge', { challenge: '' }],
    ['attestation enterprise', { attestation: 'enterprise' }],
    ['a 2^31 ms timeout', { timeout: 2 ** 31 }],
    ['an extension other than credProps', { extensions: { credProps: true, prf: {} } }],
    [
      'a user.name the device would show for another person',
      { user: { ...CREATION_OPTIONS.user, name: 'mallory' } },
    ],
    ['an rp.id of another site', { rp: { id: 'evil.example', name: 'Demo' } }],
  ])('%s → InvalidResponseError, offered again, create() never called', async (_, change) => {
    vi.stubGlobal('location', new URL('http://localhost:5173/'));
    const create = vi.fn(async () => CREDENTIAL);
    const transport = cognito({
      StartWebAuthnRegistration: { CredentialCreationOptions: { ...CREATION_OPTIONS, ...change } },
    });
    const { passkey } = step(create, transport);
    await passkey.register();
    expect(passkey.getState()).toMatchObject({
      status: 'offered',
      error: { code: 'InvalidResponseError' },
    });
    expect(create).not.toHaveBeenCalled();
    expect(transport.calls.map((c) => c.operation)).toEqual(['StartWebAuthnRegistration']);
  });

  it("a Cognito-shaped answer registers; user.name may be the access token's username", async () => {
    vi.stubGlobal('location', new URL('http://localhost:5173/'));
    for (const name of ['ada', 'ADA', '6f1c-0000-sub']) {
      const create = vi.fn(async () => CREDENTIAL);
      const { passkey } = step(
        create,
        cognito({
          StartWebAuthnRegistration: {
            CredentialCreationOptions: {
              ...CREATION_OPTIONS,
              user: { ...CREATION_OPTIONS.user, name },
            },
          },
        }),
      );
      await passkey.register();
      expect(passkey.getState(), name).toEqual({ status: 'registered' });
      expect(create).toHaveBeenCalledTimes(1);
    }
  });
});

/** A transport that answers each operation when the test says, ignoring any abort (as a slow server's answer may still arrive). */
function heldTransport() {
  const calls: string[] = [];
  const answers = new Map<string, ReturnType<typeof later<unknown>>>();
  const held = (operation: string) => {
    if (!answers.has(operation)) answers.set(operation, later<unknown>());
    return answers.get(operation) as ReturnType<typeof later<unknown>>;
  };
  const transport: CognitoTransport = {
    async send(operation) {
      calls.push(operation);
      return (await held(operation).promise) as never;
    },
  };
  return { transport, calls, held };
}

describe('a step that is gone does nothing more (abort: an unmount, Start over, reset)', () => {
  it('reset() while StartWebAuthnRegistration waits: its answer opens no device prompt and nothing is completed', async () => {
    const { transport, calls, held } = heldTransport();
    held('CompleteWebAuthnRegistration').resolve({});
    const create = vi.fn(async () => CREDENTIAL);
    const states: string[] = [];
    const passkey = createPasskeyStep(
      { config: { clientId: 'client', transport }, username: 'ada', accessToken: TOKEN },
      { credentials: { create }, onStateChange: (s) => states.push(s.status) },
    );
    // The flow signs `ada` in with this step (as autoSignIn({ passkey }) does).
    const signIn: AutoSignIn = async ({ username }) => ({
      signedIn: { username, tokens: { idToken: 'id', accessToken: TOKEN }, passkey },
    });
    const flow = createSignUpFlow({
      clientId: 'client',
      transport: createFakeTransport({ SignUp: { UserConfirmed: true, UserSub: 'sub' } }),
      persist: false,
      autoSignIn: Object.assign(signIn, { messages: {} }),
    });
    await flow.signUp({ username: 'ada', password: 'Passw0rd!' });
    expect(flow.getState().step).toBe('signedIn');
    const registering = flow.getState().signedIn?.passkey?.register();
    await vi.waitFor(() => expect(calls).toEqual(['StartWebAuthnRegistration']));
    flow.reset();
    // The answer comes after the step is gone.
    held('StartWebAuthnRegistration').resolve({
      CredentialCreationOptions: structuredClone(CREATION_OPTIONS),
    });
    await registering;
    expect(create).not.toHaveBeenCalled();
    expect(calls).toEqual(['StartWebAuthnRegistration']);
    expect(states).toEqual(['registering']);
  });

  it('abort() aborts the request in flight and says nothing after', async () => {
    let signal: AbortSignal | undefined;
    const create = vi.fn(async () => CREDENTIAL);
    const transport = cognito({
      StartWebAuthnRegistration: (_, options) => {
        signal = options.signal;
        return new Promise(() => {});
      },
    });
    const { passkey, states } = step(create, transport);
    const registering = passkey.register();
    await vi.waitFor(() => expect(signal).toBeDefined());
    passkey.abort();
    await registering;
    expect(signal?.aborted).toBe(true);
    expect(create).not.toHaveBeenCalled();
    expect(states).toEqual(['registering']);
    // Gone for good: no new attempt, no "Not now" either.
    await passkey.register();
    passkey.skip();
    expect(states).toEqual(['registering']);
    expect(transport.calls.map((c) => c.operation)).toEqual(['StartWebAuthnRegistration']);
  });

  it('a device that answers after "Not now" (its prompt was cancelled) completes nothing', async () => {
    const credential = later<Credential | null>();
    const create = vi.fn(() => credential.promise);
    const transport = cognito();
    const { passkey, states } = step(create, transport);
    const registering = passkey.register();
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    passkey.skip();
    credential.resolve(CREDENTIAL);
    await registering;
    expect(transport.calls.map((c) => c.operation)).toEqual(['StartWebAuthnRegistration']);
    expect(states).toEqual(['registering', 'skipped']);
  });
});

describe('"Not now" while CompleteWebAuthnRegistration is in flight tells the truth', () => {
  it('the server keeps the passkey: registered (and told), not skipped', async () => {
    const { transport, calls, held } = heldTransport();
    held('StartWebAuthnRegistration').resolve({
      CredentialCreationOptions: structuredClone(CREATION_OPTIONS),
    });
    const registered = vi.fn();
    const { passkey, states } = step(async () => CREDENTIAL, transport, {
      onPasskeyRegistered: registered,
    });
    const registering = passkey.register();
    await vi.waitFor(() => expect(calls).toContain('CompleteWebAuthnRegistration'));
    passkey.skip();
    held('CompleteWebAuthnRegistration').resolve({});
    await registering;
    expect(passkey.getState()).toEqual({ status: 'registered' });
    expect(states).toEqual(['registering', 'registered']);
    expect(registered).toHaveBeenCalledWith({ username: 'ada', credentialId: 'cred-1' });
  });

  it('the server refuses it: skipped, as asked, without an error', async () => {
    const complete = later<void>();
    const transport = cognito({
      CompleteWebAuthnRegistration: async () => {
        await complete.promise;
        throw { __type: 'InternalErrorException', message: 'Internal error' };
      },
    });
    const { passkey, states } = step(async () => CREDENTIAL, transport);
    const registering = passkey.register();
    await vi.waitFor(() =>
      expect(transport.calls.map((c) => c.operation)).toContain('CompleteWebAuthnRegistration'),
    );
    passkey.skip();
    complete.resolve();
    await registering;
    expect(passkey.getState()).toEqual({ status: 'skipped' });
    expect(states).toEqual(['registering', 'skipped']);
  });
});
