import { useSyncExternalStore } from 'react';
import type { PasskeyError, PasskeyStatus, PasskeyStep } from '../core/passkey/index.js';

export interface UsePasskeyReturn {
  status: PasskeyStatus;
  /** Why the last attempt failed; translate `error.messageKey` with the flow's `t`. */
  error: PasskeyError | undefined;
  /** "Add a passkey": opens the device's prompt, then registers it with Cognito. */
  registerPasskey: () => Promise<void>;
  /** "Not now" (also cancels an open device prompt). */
  skipPasskey: () => void;
}

const NO_PROMPT = () => () => {};

/**
 * The passkey step, headless: `usePasskey(signUp.signedIn?.passkey)` is `undefined` until auto
 * sign-in offers a passkey (`autoSignIn({ passkey: offerPasskey() })`) where one can work. Any
 * step of `createPasskeyStep` (an account page's "Add a passkey") works the same.
 */
export function usePasskey(prompt: PasskeyStep | undefined): UsePasskeyReturn | undefined {
  const state = useSyncExternalStore(
    prompt?.subscribe ?? NO_PROMPT,
    () => prompt?.getState(),
    () => prompt?.getState(),
  );
  if (!prompt || !state) return undefined;
  return {
    status: state.status,
    error: state.error,
    registerPasskey: prompt.register,
    skipPasskey: prompt.skip,
  };
}
