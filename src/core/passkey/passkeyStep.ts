/**
 * A passkey right after sign-up, framework-free (`react-cognito-signup/passkey`): Cognito's
 * WebAuthn registration (`StartWebAuthnRegistration` → `navigator.credentials.create` →
 * `CompleteWebAuthnRegistration`) over the kit's transport, with the access token auto sign-in
 * got. An offer ({@link offerPasskey}) goes to `autoSignIn({ passkey })`; where a passkey can
 * work, the signed-in user gets a {@link PasskeyStep}: a small store the UI draws.
 */

import type { Operations } from '../cognitoOperations.js';
import { warnOnce } from '../errors/index.js';
import type { PasskeyMessageKey } from '../locales/en.js';
import { assertConfig, type CognitoConfig, transportFor } from '../wire/index.js';
import { type PasskeyError, passkeyError, SETUP_HINTS } from './passkeyError.js';
import { toCreationOptions, toRegistrationJSON } from './webAuthnJson.js';

export { PasskeyError, type PasskeyErrorCode, passkeyError } from './passkeyError.js';
export {
  type CreationOptionsJSON,
  type RegistrationJSON,
  toCreationOptions,
  toRegistrationJSON,
} from './webAuthnJson.js';

/**
 * `offered`: waiting for "Add a passkey" or "Not now" (again after an error that a retry can
 * fix); `registering`: the device's prompt is open; `failed`: an error a retry cannot fix (the
 * person goes on signed in); `registered` and `skipped` end the prompt.
 */
export type PasskeyStatus = 'offered' | 'registering' | 'registered' | 'skipped' | 'failed';

export interface PasskeyState {
  status: PasskeyStatus;
  /** Why the last attempt failed (with `offered` or `failed`). */
  error?: PasskeyError;
}

export interface PasskeyRegistered {
  username: string;
  /** The new credential's id (base64url). */
  credentialId: string;
}

export interface PasskeyOfferOptions {
  /**
   * `supported` (default): only where the device has a built-in authenticator that verifies
   * the person (`isUserVerifyingPlatformAuthenticatorAvailable`); `always`: wherever WebAuthn
   * is present (security keys and phones too).
   */
  when?: 'always' | 'supported';
  /** A passkey was added to the account. */
  onPasskeyRegistered?: (event: PasskeyRegistered) => void;
  /** Every change of the prompt's state. */
  onStateChange?: (state: PasskeyState) => void;
  /** Where credentials are created: `navigator.credentials` (tests and stories give a fake). */
  credentials?: Pick<CredentialsContainer, 'create'>;
}

/** What the prompt is given by auto sign-in. */
export interface PasskeyOfferRequest {
  config: CognitoConfig;
  username: string;
  accessToken: string;
}

/** The passkey step after auto sign-in: draw it from `getState()`, act with `register`/`skip`. */
export interface PasskeyStep {
  getState(): PasskeyState;
  subscribe(listener: () => void): () => void;
  /** Opens the device's prompt and registers the passkey with Cognito. */
  register(): Promise<void>;
  /**
   * "Not now": cancels StartWebAuthnRegistration and an open device prompt. While
   * CompleteWebAuthnRegistration is in flight it waits for the answer: `registered` when the
   * server kept the passkey, else `skipped`.
   */
  skip(): void;
  /**
   * The step is gone (its form unmounted, Start over, the flow's `reset()`): aborts the request
   * in flight, never opens the device's prompt, and tells nothing more (no state, no event).
   */
  abort(): void;
  /** What `<SignUp>` renders for it: the passkey entry's `<PasskeyPrompt />` (a React element). */
  view?: unknown;
}

/** An offer for `autoSignIn({ passkey })`: English messages and a prompt where a passkey can work. */
export interface PasskeyOffer {
  messages: Partial<Record<string, string>>;
  /** A prompt for the signed-in user, or `undefined` where a passkey cannot work here. */
  offer(request: PasskeyOfferRequest): Promise<PasskeyStep | undefined>;
}

/** The passkey step's English (the bundled catalogs translate it). */
export const PASSKEY_MESSAGES: Record<PasskeyMessageKey, string> = {
  'passkey.offer':
    'Add a passkey, and next time sign in with your fingerprint, face or screen lock instead of a password.',
  'passkey.add': 'Add a passkey',
  'passkey.skip': 'Not now',
  'passkey.continue': 'Continue',
  'passkey.registering': 'Follow the prompt of your device or browser.',
  'passkey.registered': 'Passkey added. Next time, sign in with it.',
  'passkey.error.NotAllowedError':
    'No passkey was added: the prompt was cancelled or timed out. Try again, or skip for now.',
  'passkey.error.InvalidStateError':
    'This device already has a passkey for your account: you can sign in with it.',
  'passkey.error.LimitExceededException':
    'Your account has as many passkeys as it can hold. Remove one in your account settings to add another.',
  'passkey.error.TooManyRequestsException': 'Too many attempts. Wait a moment, then try again.',
  'passkey.error.NotAuthorizedException':
    'Your sign-in has expired, so no passkey was added. Sign in again to add one.',
  'passkey.error.unavailable':
    'Passkeys are not available here yet. You are signed in; you can add one later.',
  'passkey.error.failed': 'The passkey could not be added. Try again, or skip for now.',
};

/**
 * Can a passkey work in this page: a secure context with WebAuthn, at a domain name (WebAuthn
 * refuses an IP address as relying party), and, for `supported`, a platform authenticator.
 */
async function available(when: PasskeyOfferOptions['when']): Promise<boolean> {
  const credential = globalThis.PublicKeyCredential;
  if (!globalThis.isSecureContext || !credential || !globalThis.navigator?.credentials)
    return false;
  if (/^[\d.]+$|^\[/.test(globalThis.location?.hostname ?? '')) {
    if (process.env.NODE_ENV !== 'production')
      warnOnce(
        'passkey: not offered at an IP address (WebAuthn needs a domain): open this page at localhost or its domain.',
      );
    return false;
  }
  if (when === 'always') return true;
  try {
    return await credential.isUserVerifyingPlatformAuthenticatorAvailable();
  } catch {
    return false;
  }
}

/**
 * A passkey offer for `autoSignIn({ passkey: offerPasskey() })`: after auto sign-in, where it can
 * work, the person is asked to add a passkey ("Add a passkey" / "Not now"). Declining or any
 * failure leaves them signed in as before.
 */
export function offerPasskey(options: PasskeyOfferOptions = {}): PasskeyOffer {
  return {
    messages: PASSKEY_MESSAGES,
    async offer(request) {
      if (!request.accessToken || !(await available(options.when ?? 'supported'))) return undefined;
      return createPasskeyStep(request, options);
    },
  };
}

/**
 * Cognito's own name for the user (the access token's `username` claim: a sub where the pool
 * signs in with an email), read only to compare with what the device is asked to show.
 */
function tokenUsername(accessToken: string): string | undefined {
  try {
    const part = accessToken.split('.')[1] ?? '';
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))),
    );
    const { username } = (claims ?? {}) as { username?: unknown };
    return typeof username === 'string' ? username : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The prompt's store: Start → create → Complete over the kit's transport, one attempt at a time.
 * "Not now" cancels Start and the device's prompt, but not a Complete in flight: its answer
 * decides (`registered` when the server kept the passkey). `abort()` ends the step for good.
 */
export function createPasskeyStep(
  { config, username, accessToken }: PasskeyOfferRequest,
  options: PasskeyOfferOptions = {},
): PasskeyStep {
  let state: PasskeyState = { status: 'offered' };
  /** Start and the device's prompt of the attempt under way: "Not now" and `abort()` cancel them. */
  let attempt: AbortController | undefined;
  /** The step's life: `abort()` (its form unmounted or reset) ends it, a Complete in flight too. */
  const life = new AbortController();
  /** Complete is in flight: "Not now" waits for its answer instead of cancelling it. */
  let completing = false;
  let skipWanted = false;
  const listeners = new Set<() => void>();
  const set = (next: PasskeyState) => {
    // A step that is gone tells no one anything.
    if (life.signal.aborted) return;
    state = next;
    for (const listener of listeners) listener();
    options.onStateChange?.(next);
  };
  // The access token goes in the body (never a URL); errors have it scrubbed (passkeyError).
  const send = <Op extends 'StartWebAuthnRegistration' | 'CompleteWebAuthnRegistration'>(
    operation: Op,
    body: Omit<Operations[Op]['request'], 'AccessToken'>,
    signal: AbortSignal,
  ) =>
    transportFor(config).send(operation, { AccessToken: accessToken, ...body } as never, {
      signal,
    }) as Promise<Operations[Op]['response']>;

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async register() {
      if (life.signal.aborted || state.status !== 'offered') return;
      const controller = new AbortController();
      const { signal } = controller;
      attempt = controller;
      skipWanted = false;
      set({ status: 'registering' });
      try {
        assertConfig(config);
        const started = await send('StartWebAuthnRegistration', {}, signal);
        // "Not now" or gone while Start was answered (a transport may answer after an abort):
        // no device prompt for a step no one sees.
        if (signal.aborted) return;
        // Checked before the device shows anything: the person's name, this site, the rules.
        const publicKey = toCreationOptions(started.CredentialCreationOptions, {
          usernames: [username, tokenUsername(accessToken)],
        });
        const credential = (await (options.credentials ?? navigator.credentials).create({
          publicKey,
          signal,
        })) as PublicKeyCredential | null;
        // A device that answers after its prompt was cancelled: nothing is completed.
        if (signal.aborted) return;
        if (!credential) throw new DOMException('No credential', 'NotAllowedError');
        completing = true;
        await send(
          'CompleteWebAuthnRegistration',
          { Credential: toRegistrationJSON(credential) },
          life.signal,
        );
        // The server kept it: registered, even if "Not now" came meanwhile.
        set({ status: 'registered' });
        if (!life.signal.aborted)
          options.onPasskeyRegistered?.({ username, credentialId: credential.id });
      } catch (raw) {
        // "Not now" while Start or the device's prompt was under way (skip() said skipped), or
        // the step is gone.
        if (signal.aborted || life.signal.aborted) return;
        // "Not now" while Complete was in flight, and the server did not keep it.
        if (skipWanted) return set({ status: 'skipped' });
        const error = passkeyError(raw, [accessToken]);
        const hint = SETUP_HINTS[error.code];
        if (process.env.NODE_ENV !== 'production' && hint) warnOnce(`passkey: ${hint}`, 'error');
        set({ status: error.retryable ? 'offered' : 'failed', error });
      } finally {
        completing = false;
        if (attempt === controller) attempt = undefined;
      }
    },
    skip() {
      if (life.signal.aborted || state.status === 'registered' || state.status === 'skipped')
        return;
      // Complete is in flight: the server may keep the passkey; its answer decides.
      if (completing) {
        skipWanted = true;
        return;
      }
      attempt?.abort();
      set({ status: 'skipped' });
    },
    abort() {
      attempt?.abort();
      life.abort();
    },
  };
}
