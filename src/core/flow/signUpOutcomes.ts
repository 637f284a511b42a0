// What Cognito's answers mean for the flow: facts about the service, kept apart from the store.
import type { SignUpError } from '../errors/index.js';

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

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * `request()`, tried again up to twice while Cognito answers `TooManyRequestsException` (the
 * request was refused, so trying again is safe), after a jittered exponential backoff from
 * `delay` ms (default 500). An abort stops the waiting and rethrows the last error.
 */
export async function retryThrottled<T>(
  request: () => Promise<T>,
  signal: AbortSignal,
  delay = 500,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const throttled = (error as SignUpError).code === 'TooManyRequestsException';
      if (!throttled || attempt >= 2 || signal.aborted) throw error;
      const base = delay * 2 ** attempt;
      await sleep(base / 2 + Math.random() * base, signal);
      if (signal.aborted) throw error;
    }
  }
}
