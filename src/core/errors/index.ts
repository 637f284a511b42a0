/**
 * What goes wrong and how it is told: SignUpError and its codes, Cognito's answers normalized into
 * them, secrets redacted from them, development warnings said once.
 */

export type {
  ClientErrorCode,
  ServiceErrorCode,
  SignUpErrorCode,
  ValidationReason,
} from './errors.js';
export {
  CLIENT_ERROR_CODES,
  configurationError,
  ERROR_HINTS,
  errorName,
  isSignUpError,
  SERVICE_ERROR_CODES,
  SignUpError,
  validationError,
} from './errors.js';
export { extractLambdaMessage, normalizeCognitoError } from './normalizeCognitoError.js';
export type { Problem } from './problem.js';
export { problem } from './problem.js';
export { redact } from './redact.js';
export { warnOnce } from './warnOnce.js';
