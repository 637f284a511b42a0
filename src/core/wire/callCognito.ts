/**
 * How one Cognito operation is called: the configuration (checked), the values resolved at
 * send time (SECRET_HASH from your backend, UserContextData), the transport, and one place
 * where every failure becomes a scrubbed {@link SignUpError}.
 */

import type { OperationName, SignUpRequest } from '../cognitoOperations.js';
import { configurationError, normalizeCognitoError, type SignUpError } from '../errors/index.js';
import { LIMITS, limitProblem } from './serviceLimits.js';
import {
  type CognitoTransport,
  createCognitoTransport,
  regionFromUserPoolId,
} from './transport.js';
import { resolveUserContextData, type UserContextDataSource } from './userContextData.js';

/** How to reach the user pool. A public app client: no secret in the browser. */
export interface CognitoConfig {
  /** `us-east-1_AbCdEf`; gives the region and feeds the advanced-security collector. */
  userPoolId?: string;
  /** The app client id (a client **without** a secret). */
  clientId: string;
  /** AWS region, when the user pool id does not give it. */
  region?: string;
  /** Custom endpoint URL (a local emulator, a proxy). */
  endpoint?: string;
  /** Per-request timeout in milliseconds (default 15000). */
  timeoutMs?: number;
  /** Replaces HTTP entirely (tests, stories, your own backend). */
  transport?: CognitoTransport;
  /** Asks your backend for SECRET_HASH, for app clients that have a secret. */
  getSecretHash?: (username: string) => string | Promise<string>;
  /**
   * Where UserContextData comes from, for pools with threat protection: `advancedSecurityData`
   * (Cognito's collector script) or a function of yours. None by default.
   */
  userContextData?: UserContextDataSource | false;
  /**
   * Refused. A client secret in browser code is readable by anyone; see the error text.
   * @deprecated never pass this
   */
  clientSecret?: never;
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** Throws a ConfigurationError for a configuration that cannot work. */
export function assertConfig(config: CognitoConfig): void {
  if (config === null || typeof config !== 'object') {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'config'
        : 'A Cognito configuration object is required.',
    );
  }
  if (
    'clientSecret' in config &&
    (config as { clientSecret?: unknown }).clientSecret !== undefined
  ) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'clientSecret'
        : 'clientSecret is refused: anything shipped to a browser can be read by anyone, so a client secret there is no secret and lets others call your user pool as your app. Use an app client without a secret, or pass getSecretHash(username) that asks your backend (see react-cognito-signup/server).',
    );
  }
  // A client id the service would refuse is the developer's to fix, never the user's.
  if (limitProblem(config.clientId, LIMITS.clientId)) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'clientId'
        : 'clientId must be the id of a user pool app client without a secret: 1 to 128 letters, digits, _ or +.',
    );
  }
  // A pool id as Cognito writes them; without an endpoint of your own, its region is the one
  // requests go to, so a different `region` is a mistake (no region at all: see below).
  const { userPoolId, region } = config;
  if (
    userPoolId !== undefined &&
    (!/^[\w-]+_[\dA-Za-z]+$/.test(userPoolId) ||
      (!config.endpoint && region && region !== regionFromUserPoolId(userPoolId)))
  ) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'userPoolId'
        : `userPoolId "${userPoolId}" is not a user pool id of ${region ? `region ${region}` : 'any region'}: it looks like "us-east-1_AbCdEf" (region, _, id).`,
    );
  }
  // A pool id that names no AWS region ("local_…" of cognito-local) with nothing to say where
  // it lives: the answer is an endpoint (a development message only; production says 'region').
  if (
    process.env.NODE_ENV !== 'production' &&
    userPoolId &&
    !config.transport &&
    !config.endpoint &&
    !region &&
    !regionFromUserPoolId(userPoolId)
  ) {
    throw configurationError(
      `userPoolId "${userPoolId}" names no AWS region: a local pool (cognito-local, npm start's) needs endpoint, e.g. "http://127.0.0.1:9229/"; a pool in AWS looks like "us-east-1_AbCdEf".`,
    );
  }
  // Region and endpoint: creating the fetch transport checks them (and throws their error).
  if (!config.transport) transportFor(config);
}

/** Extra wire fields resolved at send time. */
export interface ResolvedExtras {
  secretHash?: string;
  userContextData?: SignUpRequest['UserContextData'];
}

/** Removes keys whose value is `undefined`, so the JSON carries only what was given. */
export function compact<T extends object>(request: T): T {
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)) as T;
}

/** The configured transport, or the fetch one (cheap to create). */
export function transportFor(config: CognitoConfig): CognitoTransport {
  return (
    config.transport ??
    createCognitoTransport({
      region: config.region ?? regionFromUserPoolId(config.userPoolId),
      endpoint: config.endpoint,
      timeoutMs: config.timeoutMs,
    })
  );
}

async function resolveExtras(config: CognitoConfig, username: string): Promise<ResolvedExtras> {
  const secretHash = config.getSecretHash ? await config.getSecretHash(username) : undefined;
  const userContextData = await resolveUserContextData(config.userContextData, {
    username,
    userPoolId: config.userPoolId,
    clientId: config.clientId,
  });
  return { secretHash, userContextData };
}

/**
 * One Cognito operation as {@link callCognito} sends it: its name, whose it is, what to scrub,
 * and how its request is built and checked and its answer read.
 */
export interface OperationCall<Op extends OperationName, Req, Res> {
  operation: Op;
  /** The user the request is for: SECRET_HASH and UserContextData are computed for them. */
  username: string;
  /** Scrubbed from any error (the password, the code, the Session); SecretHash is added. */
  secrets: Array<string | undefined>;
  /** The request, with the values resolved at send time. */
  build: (extras: ResolvedExtras) => Req;
  /** The request's service-limit check; `undefined` in production builds (see `signUp`). */
  check?: (request: Req) => SignUpError | undefined;
  /** The answer, read as untrusted JSON. */
  parse: (data: unknown) => Res;
}

/**
 * One operation: configuration checked, input checked against the limits (in development)
 * before and after the secret hash and UserContextData are resolved, sent, answer parsed;
 * every failure normalized with `secrets` scrubbed.
 */
export async function callCognito<Op extends OperationName, Req, Res>(
  config: CognitoConfig,
  { operation, username, secrets, build, check, parse }: OperationCall<Op, Req, Res>,
  options: CallOptions,
): Promise<Res> {
  try {
    assertConfig(config);
    // Validate what the user typed before asking a backend for a secret hash.
    const early = check?.(build({}));
    if (early) throw early;
    const extras = await resolveExtras(config, username);
    secrets.push(extras.secretHash);
    const request = build(extras);
    const issue = check?.(request);
    if (issue) throw issue;
    const data = await transportFor(config).send(operation, request as never, options);
    return parse(data);
  } catch (error) {
    // The password, the code, the Session and the SecretHash never reach an error.
    throw normalizeCognitoError(error, { operation, secrets });
  }
}
