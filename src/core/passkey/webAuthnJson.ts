/**
 * WebAuthn JSON ↔ the browser's binary options and credential: Cognito speaks JSON with
 * base64url for binary members, `navigator.credentials.create` takes and gives buffers. The
 * creation options are checked member by member before they reach the device (see
 * {@link toCreationOptions}): what StartWebAuthnRegistration answers is not trusted blindly.
 */
import { PasskeyError } from './passkeyError.js';

const BASE64URL = /^[\w-]*$/;

/** The bytes of a base64url string (no padding), or `undefined` when it is not one. */
const fromBase64url = (text: unknown): ArrayBuffer | undefined => {
  if (typeof text !== 'string' || !BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
    .buffer as ArrayBuffer;
};

const toBase64url = (buffer: ArrayBuffer | ArrayBufferView): string => {
  const bytes = ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** Creation options as JSON (Cognito's `CredentialCreationOptions`): base64url for the binary members. */
export interface CreationOptionsJSON {
  challenge: string;
  rp: { id?: string; name: string };
  user: { id: string; name: string; displayName: string };
  pubKeyCredParams: { type: 'public-key'; alg: number }[];
  timeout?: number;
  excludeCredentials?: { type: 'public-key'; id: string; transports?: string[] }[];
  authenticatorSelection?: AuthenticatorSelectionCriteria;
  attestation?: 'none' | 'direct';
  extensions?: { credProps?: true };
  [member: string]: unknown;
}

/** What the step knows, that the creation options must agree with. */
export interface CreationOptionsExpected {
  /**
   * The names `user.name` may be (compared ignoring case): the username signed in with, and
   * Cognito's own for the user (the access token's `username`). Without any, it is only bounded.
   */
  usernames?: ReadonlyArray<string | undefined>;
  /** The page's host name (default: `location.hostname`): `rp.id` must be it or a parent domain of it. */
  hostname?: string;
}

/** The longest wait for the device's prompt a server may ask for: 10 minutes. */
export const MAX_TIMEOUT_MS = 600_000;
/** COSE algorithms WebAuthn authenticators know (ES256/384/512, EdDSA, Ed25519, PS256/384/512, RS256/384/512). */
const ALGORITHMS = new Set([-7, -35, -36, -8, -19, -37, -38, -39, -257, -258, -259]);
const TRANSPORTS = new Set(['ble', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
/** Control characters and bidirectional overrides: a name shown by the device has none. */
const UNSHOWABLE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A name the device shows: a string of `min`–`max` characters, none of them unshowable. */
const shownName = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' &&
  value.length >= min &&
  value.length <= max &&
  !UNSHOWABLE.test(value);
const fold = (name: string) => name.normalize('NFC').toLowerCase();
/** Optional `value`, one of `allowed` when present. */
const oneOf = (value: unknown, allowed: readonly unknown[]) =>
  value === undefined || allowed.includes(value);

/**
 * The browser's creation options from Cognito's JSON, checked against the rules a page can
 * hold a server to (security issue #35); `InvalidResponseError` and no device prompt otherwise:
 *
 * - `challenge`: base64url, 16–1024 bytes;
 * - `rp.id` (optional): the page's host name or a parent domain of it (at least two labels);
 *   `rp.name`: 1–128 characters, no control or bidi-override characters;
 * - `user.id`: base64url, 1–64 bytes; `user.name`: one of `expected.usernames` (ignoring case),
 *   1–128 characters; `user.displayName`: 0–256 characters; neither with control or
 *   bidi-override characters;
 * - `pubKeyCredParams`: 1–16 entries, each `public-key` with a known COSE algorithm;
 * - `timeout` (optional): a whole number of milliseconds, 1 to 600,000 (10 minutes);
 * - `excludeCredentials` (optional): up to 100 `public-key` ids of 1–1023 bytes (unknown
 *   transports dropped);
 * - `authenticatorSelection` (optional): WebAuthn's values only;
 * - `attestation` (optional): `none` or `direct`;
 * - `extensions` (optional): `credProps: true` only.
 *
 * Every other member (`hints`, `attestationFormats`, anything unknown) is dropped.
 */
export function toCreationOptions(
  json: unknown,
  expected: CreationOptionsExpected = {},
): PublicKeyCredentialCreationOptions {
  /** Refuses the answer for breaking `rule` (named in development only). */
  const need = (condition: unknown, rule: string): void => {
    if (condition) return;
    throw new PasskeyError(
      'InvalidResponseError',
      process.env.NODE_ENV === 'production'
        ? 'CredentialCreationOptions'
        : `StartWebAuthnRegistration answered CredentialCreationOptions that the page refuses: ${rule}.`,
    );
  };
  need(isObject(json), 'not an object');
  const options = json as Record<string, unknown>;
  const { rp, user, pubKeyCredParams: params, timeout, excludeCredentials: exclude } = options;
  const { authenticatorSelection: selection, attestation, extensions } = options;

  const challenge = fromBase64url(options.challenge);
  need(challenge && challenge.byteLength >= 16 && challenge.byteLength <= 1024, 'challenge');

  need(isObject(rp) && shownName(rp.name, 1, 128), 'rp.name');
  const rpId = (rp as Record<string, unknown>).id;
  const host = fold(expected.hostname ?? globalThis.location?.hostname ?? '');
  need(
    rpId === undefined ||
      (typeof rpId === 'string' &&
        (!host || fold(rpId) === host || (rpId.includes('.') && host.endsWith(`.${fold(rpId)}`)))),
    "rp.id (must be the page's host name or a parent domain of it)",
  );

  need(isObject(user), 'user');
  const { id: userIdText, name, displayName } = user as Record<string, unknown>;
  const userId = fromBase64url(userIdText);
  need(userId && userId.byteLength >= 1 && userId.byteLength <= 64, 'user.id');
  const usernames = (expected.usernames ?? []).filter(Boolean) as string[];
  need(
    shownName(name, 1, 128) &&
      (!usernames.length || usernames.some((known) => fold(known) === fold(name))),
    'user.name (must be the signed-in username)',
  );
  need(shownName(displayName, 0, 256), 'user.displayName');

  need(
    Array.isArray(params) &&
      params.length >= 1 &&
      params.length <= 16 &&
      params.every(
        (p) => isObject(p) && p.type === 'public-key' && ALGORITHMS.has(p.alg as number),
      ),
    'pubKeyCredParams',
  );

  need(
    timeout === undefined ||
      (Number.isInteger(timeout) &&
        (timeout as number) > 0 &&
        (timeout as number) <= MAX_TIMEOUT_MS),
    'timeout (at most 10 minutes)',
  );

  need(
    exclude === undefined || (Array.isArray(exclude) && exclude.length <= 100),
    'excludeCredentials',
  );
  const excludeCredentials = (exclude as unknown[] | undefined)?.map((credential: unknown) => {
    const { type, id, transports } = (isObject(credential) ? credential : {}) as Record<
      string,
      unknown
    >;
    const bytes = fromBase64url(id);
    need(
      type === 'public-key' &&
        bytes &&
        bytes.byteLength >= 1 &&
        bytes.byteLength <= 1023 &&
        (transports === undefined || Array.isArray(transports)),
      'excludeCredentials',
    );
    return {
      type: 'public-key' as const,
      id: bytes as ArrayBuffer,
      transports: (transports as unknown[] | undefined)?.filter((t) =>
        TRANSPORTS.has(t as string),
      ) as AuthenticatorTransport[] | undefined,
    };
  });

  let authenticatorSelection: AuthenticatorSelectionCriteria | undefined;
  if (selection !== undefined) {
    need(isObject(selection), 'authenticatorSelection');
    const s = selection as Record<string, unknown>;
    need(
      oneOf(s.authenticatorAttachment, ['platform', 'cross-platform']) &&
        oneOf(s.residentKey, ['discouraged', 'preferred', 'required']) &&
        oneOf(s.requireResidentKey, [true, false]) &&
        oneOf(s.userVerification, ['discouraged', 'preferred', 'required']),
      'authenticatorSelection',
    );
    authenticatorSelection = Object.fromEntries(
      ['authenticatorAttachment', 'residentKey', 'requireResidentKey', 'userVerification']
        .filter((key) => s[key] !== undefined)
        .map((key) => [key, s[key]]),
    );
  }

  need(oneOf(attestation, ['none', 'direct']), 'attestation (none or direct)');
  need(
    extensions === undefined ||
      (isObject(extensions) &&
        Object.entries(extensions).every(([key, value]) => key === 'credProps' && value === true)),
    'extensions (credProps only)',
  );

  return {
    challenge: challenge as ArrayBuffer,
    rp:
      rpId === undefined
        ? { name: (rp as { name: string }).name }
        : { id: rpId as string, name: (rp as { name: string }).name },
    user: { id: userId as ArrayBuffer, name: name as string, displayName: displayName as string },
    pubKeyCredParams: (params as { alg: number }[]).map(({ alg }) => ({ type: 'public-key', alg })),
    ...(timeout === undefined ? {} : { timeout: timeout as number }),
    ...(excludeCredentials ? { excludeCredentials } : {}),
    ...(authenticatorSelection ? { authenticatorSelection } : {}),
    ...(attestation === undefined
      ? {}
      : { attestation: attestation as AttestationConveyancePreference }),
    ...(extensions === undefined
      ? {}
      : { extensions: extensions as AuthenticationExtensionsClientInputs }),
  };
}

/** A registration credential as JSON (what `CompleteWebAuthnRegistration` takes). */
export interface RegistrationJSON {
  id: string;
  rawId: string;
  type: string;
  authenticatorAttachment?: string;
  clientExtensionResults: Record<string, unknown>;
  response: { clientDataJSON: string; attestationObject: string; transports?: string[] };
}

/** The credential as JSON: its own `toJSON()` where the browser has it, else member by member. */
export function toRegistrationJSON(credential: PublicKeyCredential): RegistrationJSON {
  if (typeof credential.toJSON === 'function') return credential.toJSON() as RegistrationJSON;
  const response = credential.response as AuthenticatorAttestationResponse;
  return {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    clientExtensionResults: { ...credential.getClientExtensionResults?.() },
    response: {
      clientDataJSON: toBase64url(response.clientDataJSON),
      attestationObject: toBase64url(response.attestationObject),
      transports: response.getTransports?.() ?? [],
    },
  };
}
