/** Framework-free core: the sign-up flow, requests, limits, errors and the transport. No React below here. */

export {
  ATTRIBUTE_CATALOG,
  type AttributeSpec,
  type InputKind,
  isStandardAttribute,
  STANDARD_ATTRIBUTES,
  type StandardAttributeName,
} from './attributeCatalog.js';
export { assertConfig, type CallOptions, type CognitoConfig } from './callCognito.js';
export {
  buildConfirmSignUpRequest,
  buildResendConfirmationCodeRequest,
  buildSignUpRequest,
  type ConfirmSignUpInput,
  confirmSignUp,
  type ResendConfirmationCodeInput,
  resendConfirmationCode,
  type SignUpInput,
  signUp,
} from './cognitoSignUp.js';
export {
  clearPendingConfirmation,
  loadPendingConfirmation,
  type PendingConfirmation,
  savePendingConfirmation,
} from './confirmationState.js';
export {
  CODE_FIELD,
  createSignUpForm,
  type FieldError,
  type FormExtension,
  type FormStore,
  type SignUpFormController,
  type SignUpFormModel,
  type SignUpFormOptions,
  type Validation,
} from './createSignUpForm.js';
export {
  CLIENT_ERROR_CODES,
  type ClientErrorCode,
  configurationError,
  isSignUpError,
  SERVICE_ERROR_CODES,
  type ServiceErrorCode,
  SignUpError,
  type SignUpErrorCode,
  type ValidationReason,
} from './errors.js';
export { initiateUserAuth, type UserAuthInput } from './initiateAuth.js';
export { type LocalizedText, localizedText } from './localizedText.js';
export {
  createTranslator,
  formatMessage,
  type MessageKey,
  type Messages,
  type MessageValues,
  type Translate,
} from './messages.js';
export { extractLambdaMessage, normalizeCognitoError } from './normalizeCognitoError.js';
export {
  DEFAULT_PASSWORD_POLICY,
  type PasswordCheck,
  type PasswordPolicy,
  type PasswordRule,
  passwordChecks,
  resolvePasswordPolicy,
} from './passwordPolicy.js';
export { type Problem, problem } from './problem.js';
export {
  checkConfirmSignUpRequest,
  checkResendConfirmationCodeRequest,
  checkSignUpRequest,
  LIMITS,
} from './serviceLimits.js';
export {
  type AutoSignIn,
  type AutoSignInRequest,
  type AutoSignInResult,
  type BeforeSignUpResult,
  createSignUpFlow,
  type SignedIn,
  type SignInTokens,
  type SignUpFlow,
  type SignUpFlowOptions,
} from './signUpFlow.js';
export {
  type FlowNotice,
  type FlowOperation,
  initialSignUpFlowState,
  type SignUpFlowEvent,
  type SignUpFlowState,
  type SignUpStatus,
  type SignUpStep,
  signUpFlowReducer,
} from './signUpFlowReducer.js';
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
} from './signUpForm.js';
export { isAlreadyConfirmed } from './signUpOutcomes.js';
export {
  type CognitoTransport,
  createCognitoTransport,
  regionFromUserPoolId,
  type SendOptions,
  type TransportOptions,
} from './transport.js';
export type * from './types.js';
export {
  advancedSecurityData,
  type UserContextDataContext,
  type UserContextDataSource,
} from './userContextData.js';
export { validateField, validateForm } from './validateField.js';
