/** Framework-free core: requests, limits, errors and the transport. No React below here. */
export {
  assertConfig,
  buildConfirmSignUpRequest,
  buildResendConfirmationCodeRequest,
  buildSignUpRequest,
  type CallOptions,
  type CognitoConfig,
  type ConfirmSignUpInput,
  confirmSignUp,
  type ResendConfirmationCodeInput,
  resendConfirmationCode,
  type SignUpInput,
  signUp,
} from './cognitoSignUp.ts';
export {
  CLIENT_ERROR_CODES,
  type ClientErrorCode,
  isSignUpError,
  SERVICE_ERROR_CODES,
  type ServiceErrorCode,
  SignUpError,
  type SignUpErrorCode,
  type ValidationReason,
} from './errors.ts';
export {
  createFakeTransport,
  type FakeHandlers,
  type FakeTransport,
  type RecordedCall,
} from './fakeTransport.ts';
export { extractLambdaMessage, normalizeCognitoError } from './normalizeCognitoError.ts';
export {
  checkConfirmSignUpRequest,
  checkResendConfirmationCodeRequest,
  checkSignUpRequest,
  LIMITS,
} from './serviceLimits.ts';
export {
  type CognitoTransport,
  createCognitoTransport,
  regionFromUserPoolId,
  type SendOptions,
  type TransportOptions,
} from './transport.ts';
export type * from './types.ts';
export type { UserContextDataSource } from './userContextData.ts';
