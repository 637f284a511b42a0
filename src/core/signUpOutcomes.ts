// What Cognito's answers mean for the flow: facts about the service, kept apart from the store.
import type { SignUpError } from './errors.js';

/** Failures after which a SignUp may have created the account, unconfirmed. */
export const UNKNOWN_OUTCOME = new Set<string>([
  'NetworkError',
  'TimeoutError',
  'InvalidResponseError',
  'InternalErrorException',
  'UnknownError',
  // Documented to leave the user created, UNCONFIRMED (the code could not be sent).
  'LimitExceededException',
  'CodeDeliveryFailureException',
]);

/** Resend failures that still mean "this unconfirmed account exists; its code did not go out". */
export const NOT_SENT = new Set<string>([
  'LimitExceededException',
  'CodeDeliveryFailureException',
  'TooManyRequestsException',
]);

/** Cognito's way of saying the account is confirmed already (ConfirmSignUp, ResendConfirmationCode). */
export function isAlreadyConfirmed(error: SignUpError): boolean {
  return (
    (error.code === 'NotAuthorizedException' && /status is CONFIRMED/i.test(error.message)) ||
    (error.code === 'InvalidParameterException' && /already confirmed/i.test(error.message))
  );
}
