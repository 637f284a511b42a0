/** Framework-free core: requests, limits, errors and the transport. No React below here. */

export {
  ATTRIBUTE_CATALOG,
  type AttributeSpec,
  type InputKind,
  isStandardAttribute,
  STANDARD_ATTRIBUTES,
  type StandardAttributeName,
} from './attributeCatalog.ts';
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
  clearPendingConfirmation,
  loadPendingConfirmation,
  type PendingConfirmation,
  savePendingConfirmation,
} from './confirmationState.ts';
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
export {
  createTranslator,
  formatMessage,
  type MessageKey,
  type Messages,
  type MessageValues,
  type Translate,
} from './messages.ts';
export { extractLambdaMessage, normalizeCognitoError } from './normalizeCognitoError.ts';
export {
  DEFAULT_PASSWORD_POLICY,
  type PasswordCheck,
  type PasswordPolicy,
  type PasswordRule,
  passwordChecks,
  resolvePasswordPolicy,
} from './passwordPolicy.ts';
export {
  checkConfirmSignUpRequest,
  checkResendConfirmationCodeRequest,
  checkSignUpRequest,
  LIMITS,
} from './serviceLimits.ts';
export {
  type FieldConfig,
  type FieldDestination,
  type FieldInput,
  type FieldOption,
  type FieldProblem,
  type FormField,
  type FormOptions,
  type FormValues,
  resolveFields,
  toSignUpInput,
  type UsernameMode,
  validateField,
  validateForm,
} from './signUpForm.ts';
export {
  type CognitoTransport,
  createCognitoTransport,
  regionFromUserPoolId,
  type SendOptions,
  type TransportOptions,
} from './transport.ts';
export type * from './types.ts';
export type { UserContextDataSource } from './userContextData.ts';
