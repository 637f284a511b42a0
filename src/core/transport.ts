import ClientModule from 'amazon-cognito-identity-js/lib/Client.js';
import { SignUpError } from './errors.js';
import type { OperationName, Operations } from './types.js';

/** Per-call options every transport honours. */
export interface SendOptions {
  /** Aborts the call; the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/**
 * The one seam between the kit and HTTP. Replace it to run without a network (stories,
 * unit tests) or to route calls through your own backend.
 */
export interface CognitoTransport {
  send<Op extends OperationName>(
    operation: Op,
    request: Operations[Op]['request'],
    options?: SendOptions,
  ): Promise<Operations[Op]['response']>;
}

export interface TransportOptions {
  /** AWS region; taken from the user pool id (`eu-west-1_AbC`) when not given. */
  region?: string;
  /** Full URL of the Cognito endpoint, e.g. a local emulator `http://127.0.0.1:9229/`. */
  endpoint?: string;
  /** Milliseconds before a call fails with `TimeoutError`. Default 15000. */
  timeoutMs?: number;
}

/** The region part of a user pool id (`us-east-1_AbCdEf` → `us-east-1`), if it has one. */
export function regionFromUserPoolId(userPoolId: string | undefined): string | undefined {
  const match = /^([a-z]{2}(?:-[a-z]+)+-\d+)_/.exec(userPoolId ?? '');
  return match?.[1];
}

// The CommonJS build is used so the same import works in bundlers and in Node (SSR);
// depending on the interop, the class is the default export or its `default`.
const Client = 'default' in ClientModule ? ClientModule.default : ClientModule;

/**
 * A transport on amazon-cognito-identity-js's small `Client` (JSON 1.1 over fetch), adding
 * what it lacks: an AbortSignal, a timeout, and a check that answers are JSON objects.
 * It never retries: a retried SignUp could create a second account.
 */
export function createCognitoTransport(options: TransportOptions): CognitoTransport {
  const { region, endpoint, timeoutMs = 15_000 } = options;
  if (!endpoint && !region) {
    throw new SignUpError({
      code: 'ConfigurationError',
      message:
        'No Cognito region: pass `region`, an `endpoint`, or a user pool id that starts with its region.',
    });
  }
  return {
    send(operation, request, { signal } = {}) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortError());
          return;
        }
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
        const onAbort = () => controller.abort();
        signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        };

        const client = new Client(region ?? 'local', endpoint);
        // `Client` spreads `fetchOptions` into its fetch() call: the only way to pass a signal.
        client.fetchOptions = { signal: controller.signal, credentials: 'omit' };
        client.request(operation, request, (error, data) => {
          settle();
          if (timedOut) return reject(timeoutError(timeoutMs));
          if (signal?.aborted) return reject(abortError());
          if (error) return reject(clientError(error));
          if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            return reject(invalidResponse('The answer was not a JSON object.'));
          }
          resolve(data as never);
        });
      });
    },
  };
}

function clientError(error: Error & { code?: string; statusCode?: number }): unknown {
  if (error.name === 'AbortError') return abortError();
  // `Client` reads a failed answer's body as JSON and takes `__type` from it: an answer
  // that is not Cognito's JSON surfaces as a TypeError from that step.
  if (error instanceof TypeError) {
    return invalidResponse('The server answered with something other than Cognito JSON.');
  }
  return error;
}

function abortError(): SignUpError {
  return new SignUpError({ code: 'AbortError', message: 'The request was aborted.' });
}

function timeoutError(ms: number): SignUpError {
  return new SignUpError({
    code: 'TimeoutError',
    message: `Cognito did not answer within ${ms} ms.`,
    values: { ms },
  });
}

function invalidResponse(message: string): SignUpError {
  return new SignUpError({ code: 'InvalidResponseError', message });
}
