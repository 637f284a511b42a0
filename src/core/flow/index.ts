/**
 * The flow: a store whose state changes through a pure reducer of named events; it owns the
 * requests, persistence, the resend cooldown, retries and recovery.
 */

export type {
  ConfirmationLink,
  ConfirmationLinkOptions,
  LinkFollower,
  LinkReading,
} from './confirmationLink.js';
export {
  confirmationLink,
  LINK_MESSAGES,
  readConfirmationLink,
  withoutConfirmationLink,
} from './confirmationLink.js';
export type { PendingConfirmation } from './confirmationState.js';
export {
  clearPendingConfirmation,
  loadPendingConfirmation,
  savePendingConfirmation,
} from './confirmationState.js';
export { createSignUpFlow } from './signUpFlow.js';
export type {
  AutoSignIn,
  AutoSignInRequest,
  AutoSignInResult,
  BeforeSignUpResult,
  SignedIn,
  SignInTokens,
  SignUpFlow,
  SignUpFlowOptions,
} from './signUpFlow.types.js';
export type {
  FlowNotice,
  FlowOperation,
  SignUpFlowEvent,
  SignUpFlowState,
  SignUpStatus,
  SignUpStep,
} from './signUpFlowReducer.js';
export { initialSignUpFlowState, signUpFlowReducer } from './signUpFlowReducer.js';
export { isAlreadyConfirmed } from './signUpOutcomes.js';
