/**
 * WebAuthn JSON ↔ the browser's binary options and credential: Cognito speaks JSON with
 * base64url for binary members, `navigator.credentials.create` takes and gives buffers.
 */
import { PasskeyError } from './passkeyError.js';

const fromBase64url = (text: string): ArrayBuffer =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
    .buffer as ArrayBuffer;

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
  excludeCredentials?: { type: 'public-key'; id: string; transports?: string[] }[];
  [member: string]: unknown;
}

type WithJSON = typeof PublicKeyCredential & {
  parseCreationOptionsFromJSON?: (json: unknown) => PublicKeyCredentialCreationOptions;
};

/**
 * The browser's creation options from Cognito's JSON: `PublicKeyCredential.parseCreationOptionsFromJSON`
 * where the browser has it, else the base64url members (`challenge`, `user.id`,
 * `excludeCredentials[].id`) decoded by hand. Throws an `InvalidResponseError` for anything else.
 */
export function toCreationOptions(json: unknown): PublicKeyCredentialCreationOptions {
  const options = json as CreationOptionsJSON;
  try {
    if (typeof options?.challenge !== 'string' || typeof options.user?.id !== 'string') throw 0;
    const native = (globalThis.PublicKeyCredential as WithJSON | undefined)
      ?.parseCreationOptionsFromJSON;
    if (native) return native(options);
    return {
      ...(options as unknown as PublicKeyCredentialCreationOptions),
      challenge: fromBase64url(options.challenge),
      user: { ...options.user, id: fromBase64url(options.user.id) },
      excludeCredentials: options.excludeCredentials?.map((credential) => ({
        ...(credential as unknown as PublicKeyCredentialDescriptor),
        id: fromBase64url(credential.id),
      })),
    };
  } catch (cause) {
    throw new PasskeyError(
      'InvalidResponseError',
      process.env.NODE_ENV === 'production'
        ? 'CredentialCreationOptions'
        : 'StartWebAuthnRegistration answered CredentialCreationOptions that are not WebAuthn creation options.',
      cause,
    );
  }
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
