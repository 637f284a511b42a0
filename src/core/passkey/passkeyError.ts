/**
 * Why a passkey was not added (`react-cognito-signup/passkey`): one error type, with its words
 * and whether a retry may work, for every code; the setting to fix, told in development.
 */

import { redact } from '../errors/index.js';
import type { PasskeyMessageKey } from '../locales/en.js';

/** Why a passkey was not added: the WebAuthn `DOMException` name, or Cognito's exception. */
export type PasskeyErrorCode =
  | 'NotAllowedError'
  | 'InvalidStateError'
  | 'SecurityError'
  | 'WebAuthnNotEnabledException'
  | 'WebAuthnConfigurationMissingException'
  | 'WebAuthnOriginNotAllowedException'
  | 'WebAuthnClientMismatchException'
  | 'WebAuthnRelyingPartyMismatchException'
  | 'WebAuthnChallengeNotFoundException'
  | 'WebAuthnCredentialNotSupportedException'
  | 'LimitExceededException'
  | 'TooManyRequestsException'
  | 'NotAuthorizedException'
  | 'NetworkError'
  | 'TimeoutError'
  | 'InvalidResponseError'
  | 'UnknownError';

/** Codes a retry can fix: the prompt stays `offered`. */
const RETRYABLE = new Set<string>([
  'NotAllowedError',
  'TooManyRequestsException',
  'NetworkError',
  'TimeoutError',
  'InvalidResponseError',
  'UnknownError',
  'WebAuthnChallengeNotFoundException',
]);

/** The setting to fix, told to the developer (development builds only). */
export const SETUP_HINTS: Partial<Record<PasskeyErrorCode, string>> =
  process.env.NODE_ENV === 'production'
    ? {}
    : {
        SecurityError:
          "the browser refused the relying party: the user pool's WebAuthnRelyingPartyID (SetUserPoolMfaConfig → WebAuthnConfiguration.RelyingPartyId) must be this page's host name or a registrable suffix of it, and the page must be https (or http://localhost). WebAuthn refuses IP addresses.",
        WebAuthnNotEnabledException:
          'passkeys are off for this user pool: add WEB_AUTHN to its sign-in policy (SignInPolicy.AllowedFirstAuthFactors; the pool must be on the Essentials tier or above), and allow ALLOW_USER_AUTH on the app client.',
        WebAuthnConfigurationMissingException:
          'the user pool has no relying party: set WebAuthnConfiguration.RelyingPartyId (SetUserPoolMfaConfig) to the domain of this page.',
        WebAuthnOriginNotAllowedException:
          "this page's origin is not the user pool's relying party (WebAuthnConfiguration.RelyingPartyId) nor a subdomain of it.",
        WebAuthnClientMismatchException:
          'the access token is of another app client than the one that started the registration: use the same clientId for sign-in and the passkey.',
        WebAuthnRelyingPartyMismatchException:
          "the credential was made for another relying party than the user pool's WebAuthnConfiguration.RelyingPartyId.",
      };

/** The codes that have words of their own; the relying party's and the pool's setup share one. */
const OWN_WORDS = new Set<string>([
  'NotAllowedError',
  'InvalidStateError',
  'LimitExceededException',
  'TooManyRequestsException',
  'NotAuthorizedException',
]);
const UNAVAILABLE = /^(SecurityError|WebAuthn\w+Exception)$/;

/** A failed passkey registration. `message` is English for developers; `messageKey` translates. */
export class PasskeyError extends Error {
  declare readonly name: 'PasskeyError';
  declare readonly code: PasskeyErrorCode;
  declare readonly messageKey: PasskeyMessageKey;
  /** A retry may work (a cancelled prompt, throttling, the network). */
  declare readonly retryable: boolean;

  constructor(code: PasskeyErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, {
      name: 'PasskeyError',
      code,
      messageKey: OWN_WORDS.has(code)
        ? `passkey.error.${code}`
        : UNAVAILABLE.test(code)
          ? 'passkey.error.unavailable'
          : 'passkey.error.failed',
      retryable: RETRYABLE.has(code),
    });
  }
}

/**
 * Any failure of a registration as a {@link PasskeyError}: a WebAuthn `DOMException` by its
 * name, a Cognito answer by its exception, the kit's network errors by their code. `secrets`
 * (the access token) never reach the message.
 */
export function passkeyError(
  raw: unknown,
  secrets: ReadonlyArray<string | undefined>,
): PasskeyError {
  if (raw instanceof PasskeyError) return raw;
  const { name, code, message, __type } = (raw ?? {}) as Record<string, unknown>;
  // A Cognito answer names its exception (`prefix#Name` on the wire); WebAuthn, its DOMException.
  const wire = typeof __type === 'string' ? __type.split('#').pop() : undefined;
  const candidate = [code, wire, name].find(
    (value): value is string =>
      typeof value === 'string' &&
      (RETRYABLE.has(value) || OWN_WORDS.has(value) || UNAVAILABLE.test(value)),
  );
  return new PasskeyError(
    (candidate as PasskeyErrorCode | undefined) ?? 'UnknownError',
    redact(typeof message === 'string' ? message : String(raw), secrets),
  );
}
