import type { OperationName, Operations } from '../cognitoOperations.js';
import {
  configurationError,
  ERROR_HINTS,
  errorName,
  SignUpError,
  warnOnce,
} from '../errors/index.js';

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

/** The most of an answer that is read: Cognito's answers are a few hundred bytes. */
export const MAX_ANSWER_BYTES = 64 * 1024;

/** Host names of this machine: the only ones plain `http:` may reach (a local emulator). */
export const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * What is wrong with `endpoint`, or `undefined` when it is usable: an absolute `https:` URL
 * (plain `http:` only on loopback, for a local emulator) without credentials in it. The
 * answer never repeats the URL, which could hold a secret.
 */
export function endpointProblem(endpoint: string): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    // Not an absolute URL: `127.0.0.1:9229` would be posted as a path of the page's own origin.
  }
  const usable =
    url &&
    !url.username &&
    !url.password &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname)));
  if (usable) return undefined;
  return process.env.NODE_ENV === 'production'
    ? 'endpoint'
    : 'endpoint must be an absolute https: URL without credentials, e.g. https://cognito-idp.eu-west-1.amazonaws.com/ (plain http: only on loopback, e.g. http://127.0.0.1:9229/).';
}

/**
 * The region part of a user pool id (`us-east-1_AbCdEf` → `us-east-1`, `us-gov-west-1_…`,
 * `eusc-de-east-1_…`), if it has one.
 */
export function regionFromUserPoolId(userPoolId: string | undefined): string | undefined {
  const match = /^([a-z]{2,4}(?:-[a-z]+)+-\d+)_/.exec(userPoolId ?? '');
  return match?.[1];
}

/**
 * The transport on `fetch`: Cognito's JSON 1.1 protocol (one POST, the operation in
 * `X-Amz-Target`), with an AbortSignal, a timeout, and a check that every answer is a JSON
 * object. It never retries: a retried SignUp could create a second account.
 */
export function createCognitoTransport(options: TransportOptions): CognitoTransport {
  const { region, endpoint, timeoutMs = 15_000 } = options;
  if (!endpoint && !region) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'region'
        : 'Cannot tell the AWS region: pass userPoolId (e.g. "us-east-1_AbCdEf"), region, or endpoint.',
    );
  }
  const problem = endpoint === undefined ? undefined : endpointProblem(endpoint);
  if (problem) throw configurationError(problem);
  const url = endpoint ?? `https://cognito-idp.${region}.amazonaws.com/`;
  return {
    async send(operation, request, { signal } = {}) {
      const { response, data } = await postBounded(
        url,
        {
          headers: {
            'Content-Type': 'application/x-amz-json-1.1',
            'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
          },
          body: JSON.stringify(request),
        },
        { signal, timeoutMs, what: operation },
      );
      const { status } = response;
      const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
      if (response.ok && isObject) return data as never;
      // Cognito names the error in the body's `__type` (`prefix#Name`) or in a header.
      const type =
        (isObject && (data as { __type?: unknown }).__type) ||
        response.headers.get('x-amzn-errortype');
      if (response.ok || typeof type !== 'string') {
        throw new SignUpError({
          code: 'InvalidResponseError',
          message:
            process.env.NODE_ENV === 'production'
              ? `${status}`
              : `The server answered ${status} with something other than Cognito JSON.`,
          statusCode: status,
        });
      }
      const code = errorName(type);
      const body = (isObject ? data : {}) as { message?: unknown; Message?: unknown };
      throw Object.assign(new Error(String(body.message ?? body.Message ?? code)), {
        name: code,
        code,
        statusCode: status,
      });
    },
  };
}

/** How {@link postBounded} sends: an abort, a timeout, and what is asked (for the console). */
export interface BoundedPostOptions extends SendOptions {
  timeoutMs: number;
  /** What the request is, named in the development console when no answer comes. */
  what: string;
}

/**
 * One POST as every request of the kit goes: no credentials, no cache, no redirect followed (a
 * redirect would re-send the body wherever it points), the answer read up to
 * {@link MAX_ANSWER_BYTES} and parsed as JSON (`undefined` when it is not), within `timeoutMs`.
 * Fails with a `SignUpError`: `TimeoutError`, `AbortError`, `NetworkError` (no answer: refused,
 * reset, CORS, a redirect), `InvalidResponseError` (too large).
 */
export async function postBounded(
  url: string,
  { headers, body }: { headers: Record<string, string>; body: string },
  { signal, timeoutMs, what }: BoundedPostOptions,
): Promise<{ response: Response; data: unknown }> {
  if (signal?.aborted) throw abortError();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let answered = false;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: controller.signal,
    });
    answered = true;
    return { response, data: parseJson(await readBounded(response)) };
  } catch (error) {
    if (timedOut) throw timeoutError(timeoutMs);
    if (signal?.aborted) throw abortError();
    // fetch() rejects with a TypeError when no answer arrives (refused, reset, CORS).
    if (error instanceof TypeError && !answered) {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(
          `no answer from ${url} (${what}). Check the region of the user pool id, the endpoint or the domain: is the address right, is it up, does it allow this page's origin (CORS)?`,
          'error',
        );
      }
      throw new SignUpError({
        code: 'NetworkError',
        message:
          process.env.NODE_ENV === 'production'
            ? 'NetworkError'
            : (ERROR_HINTS.NetworkError as string),
        cause: error,
      });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A response's body as text, read up to `max` bytes (by its Content-Length, then as it streams).
 * Over that, the stream is cancelled and an `InvalidResponseError` thrown. Every answer the kit
 * reads from a server (Cognito, a token endpoint, a JWKS, a breached-password range) goes through it.
 */
export async function readBounded(response: Response, max = MAX_ANSWER_BYTES): Promise<string> {
  const reader = response.body?.getReader();
  let text = '';
  let size = Number(response.headers.get('content-length'));
  if (!(size > max)) {
    if (!reader) return response.text();
    const decoder = new TextDecoder();
    for (size = 0; size <= max; ) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
  }
  reader?.cancel().catch(() => {});
  throw new SignUpError({
    code: 'InvalidResponseError',
    message:
      process.env.NODE_ENV === 'production' ? 'size' : `The answer is larger than ${max} bytes.`,
    statusCode: response.status,
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function abortError(): SignUpError {
  return new SignUpError({
    code: 'AbortError',
    message:
      process.env.NODE_ENV === 'production' ? 'AbortError' : (ERROR_HINTS.AbortError as string),
  });
}

function timeoutError(ms: number): SignUpError {
  return new SignUpError({
    code: 'TimeoutError',
    message:
      process.env.NODE_ENV === 'production' ? `${ms}` : `Cognito did not answer within ${ms} ms.`,
    values: { ms },
  });
}
