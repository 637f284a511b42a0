import type { OperationName, Operations } from '../cognitoOperations.js';
import type { CognitoTransport, SendOptions } from './transport.js';

/** One call a fake transport received. */
export interface RecordedCall<Op extends OperationName = OperationName> {
  operation: Op;
  request: Operations[Op]['request'];
}

/** Per-operation answer: a value, or a function that returns or throws one. */
export type FakeHandlers = {
  [Op in OperationName]?:
    | Operations[Op]['response']
    | ((
        request: Operations[Op]['request'],
        options: SendOptions,
      ) => Operations[Op]['response'] | Promise<Operations[Op]['response']>);
};

export interface FakeTransport extends CognitoTransport {
  /** Every call received, in order. */
  readonly calls: RecordedCall[];
}

/**
 * A transport that answers from `handlers` without any network, for stories and tests.
 * Throw `{ __type: 'UsernameExistsException', message: '…' }` from a handler to answer
 * with a Cognito error. Unhandled operations answer `{}`.
 */
export function createFakeTransport(handlers: FakeHandlers = {}): FakeTransport {
  const calls: RecordedCall[] = [];
  return {
    calls,
    async send(operation, request, options = {}) {
      calls.push({ operation, request } as RecordedCall);
      if (options.signal?.aborted) throw aborted();
      const handler = handlers[operation] as unknown;
      const answer =
        typeof handler === 'function'
          ? (handler as (r: unknown, o: SendOptions) => unknown)(request, options)
          : (handler ?? {});
      // Like fetch, an abort rejects at once, whether or not the handler ever answers.
      const { signal } = options;
      const result = await (signal
        ? Promise.race([
            answer,
            new Promise((_, reject) =>
              signal.addEventListener('abort', () => reject(aborted()), { once: true }),
            ),
          ])
        : answer);
      if (signal?.aborted) throw aborted();
      return result as never;
    },
  };
}

function aborted(): Error {
  return Object.assign(new Error('Aborted'), { name: 'AbortError' });
}
