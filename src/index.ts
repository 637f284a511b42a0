'use client';
export type * from './core/cognitoOperations.js';
/**
 * react-cognito-signup: Cognito sign-up for React, headless (`useSignUp`) or ready-made
 * (`<SignUp>`). This entry is what an app uses: the components, the hook, the errors, and the
 * types of the configuration and the options. The framework-free machinery is in
 * `react-cognito-signup/core`; test helpers in `react-cognito-signup/testing`.
 */
// Re-exported from /core's barrel, in its order (bundlers emit modules in import order).
export {
  type AttributeSpec,
  type AutoSignIn,
  type AutoSignInRequest,
  type AutoSignInResult,
  advancedSecurityData,
  type BeforeSignUpResult,
  CLIENT_ERROR_CODES,
  type ClientErrorCode,
  type CognitoConfig,
  type CognitoTransport,
  DEFAULT_PASSWORD_POLICY,
  type FieldConfig,
  type FieldDestination,
  type FieldInput,
  type FieldOption,
  type FlowNotice,
  type FormField,
  type FormValues,
  type InputKind,
  isSignUpError,
  type LocalizedText,
  type MessageKey,
  type Messages,
  type MessageValues,
  type PasswordCheck,
  type PasswordPolicy,
  type PasswordRule,
  SERVICE_ERROR_CODES,
  type SendOptions,
  type ServiceErrorCode,
  type SignedIn,
  type SignInTokens,
  SignUpError,
  type SignUpErrorCode,
  type SignUpFlowEvent,
  type SignUpFlowState,
  STANDARD_ATTRIBUTES,
  type StandardAttributeName,
  type Translate,
  type UserContextDataContext,
  type UserContextDataSource,
  type UsernameMode,
  type ValidationReason,
  type ValuesFromUrlOptions,
  valuesFromUrl,
} from './core/index.js';
export * from './react/index.js';
