'use client';
/**
 * A passkey right after sign-up, opt-in: `autoSignIn({ passkey: offerPasskey() })`. Where a
 * passkey can work (a secure context with WebAuthn; by default a built-in authenticator), the
 * signed-in step asks "Add a passkey" / "Not now"; `<SignUp>` draws it with
 * {@link PasskeyPrompt}, a page of your own with {@link usePasskey}.
 */
import { createElement } from 'react';
import {
  offerPasskey as offerPasskeyCore,
  type PasskeyOffer,
  type PasskeyOfferOptions,
} from './core/passkey/index.js';
import { PasskeyPrompt } from './react/components/PasskeyPrompt.js';

export {
  createPasskeyStep,
  PasskeyError,
  type PasskeyErrorCode,
  type PasskeyOffer,
  type PasskeyOfferOptions,
  type PasskeyOfferRequest,
  type PasskeyRegistered,
  type PasskeyState,
  type PasskeyStatus,
  type PasskeyStep,
  toCreationOptions,
  toRegistrationJSON,
} from './core/passkey/index.js';
export { PasskeyPrompt } from './react/components/PasskeyPrompt.js';
export { type UsePasskeyReturn, usePasskey } from './react/usePasskey.js';

/**
 * The offer for `autoSignIn({ passkey })`. `when: 'supported'` (default) asks only where the
 * device can verify the person itself (fingerprint, face, screen lock); `'always'` wherever
 * WebAuthn is present. `<SignUp>` shows the step with {@link PasskeyPrompt}.
 */
export function offerPasskey(options: PasskeyOfferOptions = {}): PasskeyOffer {
  const offer = offerPasskeyCore(options);
  return {
    ...offer,
    offer: async (request) => {
      const prompt = await offer.offer(request);
      return prompt && Object.assign(prompt, { view: createElement(PasskeyPrompt) });
    },
  };
}
