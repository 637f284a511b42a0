import { configurationError, SignUpError } from './errors.js';
import { normalizeCognitoError } from './normalizeCognitoError.js';
import {
  checkConfirmSignUpRequest,
  checkResendConfirmationCodeRequest,
  checkSignUpRequest,
  LIMITS,
  limitProblem,
} from './serviceLimits.js';
import {
  type CognitoTransport,
  createCognitoTransport,
  endpointProblem,
  regionFromUserPoolId,
} from './transport.js';
import type {
  AttributeType,
  CodeDeliveryDetails,
  ConfirmSignUpRequest,
  ConfirmSignUpResponse,
  OperationName,
  ResendConfirmationCodeRequest,
  ResendConfirmationCodeResponse,
  SignUpRequest,
  SignUpResponse,
} from './types.js';
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
  /** Where UserContextData comes from (default `'auto'`). */
  userContextData?: UserContextDataSource;
  /**
   * Refused. A client secret in browser code is readable by anyone; see the error text.
   * @deprecated never pass this
   */
  clientSecret?: never;
}

/** Values shared by the three operations. */
interface CommonInput {
  username: string;
  clientMetadata?: Record<string, string>;
  analyticsEndpointId?: string;
}

export interface SignUpInput extends CommonInput {
  /** Left out for passwordless sign-up (pools whose sign-in allows email or SMS one-time passwords). */
  password?: string;
  /** User attributes, e.g. `{ email: 'a@b.c', 'custom:plan': 'pro' }`. */
  attributes?: Record<string, string> | AttributeType[];
  /** Values for the pre sign-up Lambda only (not stored). */
  validationData?: Record<string, string> | AttributeType[];
}

export interface ConfirmSignUpInput extends CommonInput {
  code: string;
  forceAliasCreation?: boolean;
  /** The Session SignUp returned, passed back so sign-in can follow confirmation. */
  session?: string;
}

export type ResendConfirmationCodeInput = CommonInput;

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
  const endpoint = config.endpoint === undefined ? undefined : endpointProblem(config.endpoint);
  if (endpoint && !config.transport) throw configurationError(endpoint);
  if (
    !config.transport &&
    !config.endpoint &&
    !config.region &&
    !regionFromUserPoolId(config.userPoolId)
  ) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'region'
        : 'Cannot tell the AWS region: pass userPoolId (e.g. "us-east-1_AbCdEf"), region, or endpoint.',
    );
  }
}

function toAttributeList(value: Record<string, string> | AttributeType[] | undefined) {
  if (value === undefined) return undefined;
  const list = Array.isArray(value)
    ? value.map(({ Name, Value }) => ({ Name, Value }))
    : Object.entries(value).map(([Name, Value]) => ({ Name, Value }));
  return list.length ? list : undefined;
}

function nonEmpty<T extends object>(value: T | undefined): T | undefined {
  return value && Object.keys(value).length ? value : undefined;
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

function commonFields(clientId: string, input: CommonInput, extras: ResolvedExtras) {
  return {
    ClientId: clientId,
    SecretHash: extras.secretHash,
    Username: input.username,
    AnalyticsMetadata:
      input.analyticsEndpointId === undefined
        ? undefined
        : { AnalyticsEndpointId: input.analyticsEndpointId },
    UserContextData: extras.userContextData,
    ClientMetadata: nonEmpty(input.clientMetadata),
  };
}

/** The SignUp request body for `input` (pure: no I/O, no validation). */
export function buildSignUpRequest(
  clientId: string,
  input: SignUpInput,
  extras: ResolvedExtras = {},
): SignUpRequest {
  return compact<SignUpRequest>({
    ...commonFields(clientId, input, extras),
    Password: input.password,
    UserAttributes: toAttributeList(input.attributes),
    ValidationData: toAttributeList(input.validationData),
  });
}

/** The ConfirmSignUp request body for `input` (pure). */
export function buildConfirmSignUpRequest(
  clientId: string,
  input: ConfirmSignUpInput,
  extras: ResolvedExtras = {},
): ConfirmSignUpRequest {
  return compact<ConfirmSignUpRequest>({
    ...commonFields(clientId, input, extras),
    ConfirmationCode: input.code,
    ForceAliasCreation: input.forceAliasCreation,
    Session: input.session,
  });
}

/** The ResendConfirmationCode request body for `input` (pure). */
export function buildResendConfirmationCodeRequest(
  clientId: string,
  input: ResendConfirmationCodeInput,
  extras: ResolvedExtras = {},
): ResendConfirmationCodeRequest {
  return compact<ResendConfirmationCodeRequest>(commonFields(clientId, input, extras));
}

/** The configured transport, or the fetch one (cheap to create). */
function transportFor(config: CognitoConfig): CognitoTransport {
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
  const userContextData = await resolveUserContextData(config.userContextData ?? 'auto', {
    username,
    userPoolId: config.userPoolId,
    clientId: config.clientId,
  });
  return { secretHash, userContextData };
}

/**
 * One operation: configuration checked, input checked against the limits before and after the
 * secret hash and UserContextData are resolved, sent, answer parsed; every failure normalized
 * with `secrets` scrubbed.
 */
export async function callCognito<Op extends OperationName, Req, Res>(
  operation: Op,
  config: CognitoConfig,
  username: string,
  secrets: Array<string | undefined>,
  build: (extras: ResolvedExtras) => Req,
  check: (request: Req) => SignUpError | undefined,
  parse: (data: unknown) => Res,
  options: CallOptions,
): Promise<Res> {
  try {
    assertConfig(config);
    // Validate what the user typed before asking a backend for a secret hash.
    const early = check(build({}));
    if (early) throw early;
    const extras = await resolveExtras(config, username);
    secrets.push(extras.secretHash);
    const request = build(extras);
    const issue = check(request);
    if (issue) throw issue;
    const data = await transportFor(config).send(operation, request as never, options);
    return parse(data);
  } catch (error) {
    // The password, the code, the Session and the SecretHash never reach an error.
    throw normalizeCognitoError(error, { operation, secrets });
  }
}

/**
 * Registers a user (Cognito `SignUp`). Validates every field against the service limits
 * first (no request on a violation). Rejects with a {@link SignUpError}.
 */
export function signUp(
  config: CognitoConfig,
  input: SignUpInput,
  options: CallOptions = {},
): Promise<SignUpResponse> {
  return callCognito(
    'SignUp',
    config,
    input.username,
    [input.password],
    (extras) => buildSignUpRequest(config.clientId, input, extras),
    checkSignUpRequest,
    parseSignUpResponse,
    options,
  );
}

/** Confirms a registration with the code Cognito sent (Cognito `ConfirmSignUp`). */
export function confirmSignUp(
  config: CognitoConfig,
  input: ConfirmSignUpInput,
  options: CallOptions = {},
): Promise<ConfirmSignUpResponse> {
  return callCognito(
    'ConfirmSignUp',
    config,
    input.username,
    [input.code, input.session],
    (extras) => buildConfirmSignUpRequest(config.clientId, input, extras),
    checkConfirmSignUpRequest,
    (data) => compact({ Session: stringOr(field(data, 'Session')) }),
    options,
  );
}

/** Sends a new confirmation code (Cognito `ResendConfirmationCode`). */
export function resendConfirmationCode(
  config: CognitoConfig,
  input: ResendConfirmationCodeInput,
  options: CallOptions = {},
): Promise<ResendConfirmationCodeResponse> {
  return callCognito(
    'ResendConfirmationCode',
    config,
    input.username,
    [],
    (extras) => buildResendConfirmationCodeRequest(config.clientId, input, extras),
    checkResendConfirmationCodeRequest,
    (data) => compact({ CodeDeliveryDetails: parseDelivery(field(data, 'CodeDeliveryDetails')) }),
    options,
  );
}

export function field(data: unknown, key: string): unknown {
  return data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
}

export function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** At most this many characters of a destination or attribute name are believed (an address is far shorter). */
const MAX_DELIVERY_TEXT = 320;

function shortString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_DELIVERY_TEXT ? value : undefined;
}

/**
 * CodeDeliveryDetails from untrusted JSON (an answer, or storage): known fields of the right
 * type only; an implausibly long destination is dropped, never rendered.
 */
export function parseDelivery(value: unknown): CodeDeliveryDetails | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const medium = field(value, 'DeliveryMedium');
  return compact<CodeDeliveryDetails>({
    Destination: shortString(field(value, 'Destination')),
    DeliveryMedium: medium === 'EMAIL' || medium === 'SMS' ? medium : undefined,
    AttributeName: shortString(field(value, 'AttributeName')),
  });
}

function parseSignUpResponse(data: unknown): SignUpResponse {
  const userSub = field(data, 'UserSub');
  const confirmed = field(data, 'UserConfirmed');
  if (typeof userSub !== 'string' || typeof confirmed !== 'boolean') {
    throw new SignUpError({
      code: 'InvalidResponseError',
      message:
        process.env.NODE_ENV === 'production'
          ? 'SignUp'
          : 'The SignUp answer lacks UserSub or UserConfirmed.',
    });
  }
  return compact<SignUpResponse>({
    UserConfirmed: confirmed,
    UserSub: userSub,
    CodeDeliveryDetails: parseDelivery(field(data, 'CodeDeliveryDetails')),
    Session: stringOr(field(data, 'Session')),
  });
}
