// The passkey step's promises of security issue #35, over the fake transport and the
// credentials seam: what StartWebAuthnRegistration answers reaches the device only within the
// rules; a step that is gone (abort: an unmount, a reset) opens no device prompt and completes
// nothing; "Not now" while CompleteWebAuthnRegistration is in flight tells the truth.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPasskeyStep, type PasskeyOfferOptions } from '../../src/core/passkey.ts';
import type { CognitoTransport } from '../../src/core/transport.ts';
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
