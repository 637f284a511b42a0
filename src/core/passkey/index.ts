/**
 * A passkey after sign-up: the step and its offer, its errors, the WebAuthn JSON conversions and
 * their checks.
 */

export type {
  PasskeyErrorCode,
  PasskeyOffer,
  PasskeyOfferOptions,
  PasskeyOfferRequest,
  PasskeyRegistered,
  PasskeyState,
  PasskeyStatus,
  PasskeyStep,
} from './passkeyStep.js';
export {
  createPasskeyStep,
  offerPasskey,
  PasskeyError,
  toCreationOptions,
  toRegistrationJSON,
} from './passkeyStep.js';
