import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  createSocialSignUp,
  providerLabel,
  type SocialSignUp,
  type SocialSignUpContext,
  type SocialSignUpOptions,
  type SocialState,
} from '../core/social/index.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/** What {@link useSocialSignUp} returns: the state, the providers to offer, and the actions. */
export interface UseSocialSignUpReturn
  extends SocialState,
    Pick<SocialSignUp, 'submitProfile' | 'verify' | 'reset'> {
  /** The providers, with the names people read. */
  providers: Array<{ name: string; label: string }>;
  /** "Continue with …": sends the person to the provider `name`. */
  startSocialSignUp(name: string): void;
}

/**
 * Social sign-up, headless: the providers to offer and their actions, and, on the callback
 * route, the sign-up finished on mount (the code and state leave the address bar at once).
 * `social` is read when the hook first runs; `context` (the pool, the client, ClientMetadata,
 * `onSignedIn`, `onError`) may change. `<SignUp social>` uses it.
 */
export function useSocialSignUp(
  social: SocialSignUpOptions,
  context: SocialSignUpContext,
): UseSocialSignUpReturn {
  const [store] = useState(() => createSocialSignUp(social, context));
  useIsomorphicLayoutEffect(() => store.setContext(context));
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  // An unmount aborts what runs, a moment later: React's StrictMode remounts at once, and the
  // callback, already taken from the address bar, cannot be read twice.
  const abortLater = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    clearTimeout(abortLater.current);
    void store.complete();
    return () => {
      abortLater.current = setTimeout(store.abort, 0);
    };
  }, [store]);
  return {
    ...state,
    providers: social.providers.map((provider) => ({
      name: typeof provider === 'string' ? provider : provider.name,
      label: providerLabel(provider),
    })),
    startSocialSignUp: (name) => void store.start(name),
    submitProfile: store.submitProfile,
    verify: store.verify,
    reset: store.reset,
  };
}
