/**
 * The wire to Cognito: the fetch transport, one operation's call (configuration, send-time extras,
 * checks, scrubbed errors), the sign-up operations and their service limits, answers read as
 * untrusted JSON, UserContextData, the fake transport.
 */

export type { CallOptions, CognitoConfig } from './callCognito.js';
export { assertConfig, callCognito, compact, transportFor } from './callCognito.js';
export type { FakeHandlers, FakeTransport, RecordedCall } from './fakeTransport.js';
export { createFakeTransport } from './fakeTransport.js';
export { field, parseDelivery, stringOr } from './parseAnswer.js';
export {
  checkAttributeName,
  checkConfirmSignUpRequest,
  checkResendConfirmationCodeRequest,
  checkSignUpRequest,
  LIMITS,
  limitProblem,
  passwordProblem,
} from './serviceLimits.js';
export type {
  ConfirmSignUpInput,
  ResendConfirmationCodeInput,
  SignUpInput,
} from './signUpOperations.js';
export {
  buildConfirmSignUpRequest,
  buildResendConfirmationCodeRequest,
  buildSignUpRequest,
  confirmSignUp,
  resendConfirmationCode,
  signUp,
} from './signUpOperations.js';
export type {
  BoundedPostOptions,
  CognitoTransport,
  SendOptions,
  TransportOptions,
} from './transport.js';
export {
  createCognitoTransport,
  endpointProblem,
  LOOPBACK,
  postBounded,
  readBounded,
  regionFromUserPoolId,
} from './transport.js';
export type { UserContextDataContext, UserContextDataSource } from './userContextData.js';
export { advancedSecurityData } from './userContextData.js';
