import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createTranslator, type Translate } from '../core/messages/index.js';
import {
  createSocialSignUp,
  providerLabel,
  SOCIAL_MESSAGES,
  type SocialSignUpContext,
  type SocialSignUpOptions,
  type SocialSignUpStore,
  type SocialState,
} from '../core/social/index.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import type { UseSignUpOptions } from './useSignUp.types.js';

/** What {@link useSocialSignUp} returns: the state, the providers to offer, and the actions. */
export interface UseSocialSignUpReturn
  extends SocialState,
    Pick<SocialSignUpStore, 'submitProfile' | 'verify' | 'reset'> {
  /** The providers, with the names people read. */
  providers: Array<{ name: string; label: string }>;
  /** "Continue with …": sends the person to the provider `name`. */
  startSocialSignUp(name: string): void;
  /**
   * The words of social sign-up (`social.*`, the signed-in step, a passkey offer's) and of the
   * rest of the form, in the form's catalog with its overrides.
   */
  t: Translate;
}

/** What the form gives social sign-up: the pool and the callbacks, and its words. */
export interface UseSocialSignUpContext
  extends SocialSignUpContext,
    Pick<UseSignUpOptions, 'catalog' | 'messages'> {}

/**
 * Social sign-up, headless: the providers to offer and their actions, and, on the callback
 * route, the sign-up finished on mount (the code and state leave the address bar at once).
 * `social` is read when the hook first runs; `context` (the pool, the client, ClientMetadata,
 * `onSignedIn`, `onError`, the catalog and overrides) may change: pass the form's options.
 * `<SocialSignUp>` uses it.
 */
export function useSocialSignUp(
  social: SocialSignUpOptions,
  context: UseSocialSignUpContext,
): UseSocialSignUpReturn {
  // Read once: the store, the buttons and the words all come from the first render's options.
  const [{ options, store }] = useState(() => ({
    options: social,
    store: createSocialSignUp(social, context),
  }));
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
  const { catalog, messages } = context;
  const t = useMemo(
    () => createTranslator(catalog, messages, { ...SOCIAL_MESSAGES, ...options.passkey?.messages }),
    [catalog, messages, options.passkey],
  );
  return {
    ...state,
    providers: options.providers.map((provider) => ({
      name: typeof provider === 'string' ? provider : provider.name,
      label: providerLabel(provider),
    })),
    startSocialSignUp: (name) => void store.start(name),
    submitProfile: store.submitProfile,
    verify: store.verify,
    reset: store.reset,
    t,
  };
}
