/**
 * amazon-cognito-identity-js, the optional peer of the sign-in entry, as the kit uses it: loaded
 * lazily, its HTTP client replaced by the kit's transport, its callbacks as promises, and a
 * session cached the way it caches one. Nothing here is in the default sign-up bundle.
 */
import type {
  CognitoUser,
  CognitoUserPool,
  CognitoUserSession,
  ICognitoStorage,
} from 'amazon-cognito-identity-js';
import type {
  AuthenticationResultType,
  InitiateAuthRequest,
  InitiateAuthResponse,
} from '../cognitoOperations.js';
import { configurationError } from '../errors/index.js';
import { type CognitoConfig, transportFor } from '../wire/index.js';
import { checkTokens } from './signInChecks.js';

export type IdentityJs = typeof import('amazon-cognito-identity-js');

let loading: Promise<IdentityJs> | undefined;

/** Loads amazon-cognito-identity-js once, on the sign-in path only. */
export function loadIdentityJs(): Promise<IdentityJs> {
  // Its `buffer` dependency reads Node's `global`, which browsers do not have.
  const scope = globalThis as { global?: unknown };
  scope.global ??= globalThis;
  loading ??= import('amazon-cognito-identity-js').catch((cause: unknown) => {
    loading = undefined;
    throw Object.assign(
      configurationError(
        process.env.NODE_ENV === 'production'
          ? 'amazon-cognito-identity-js'
          : 'Signing in (auto sign-in, social sign-up, the current session) needs amazon-cognito-identity-js, an optional peer dependency: npm install amazon-cognito-identity-js.',
      ),
      { cause },
    );
  });
  return loading;
}

/** How authenticateUser ends: a session, or the challenge Cognito asks for (named as its callbacks are). */
export type Outcome = { session: CognitoUserSession } | { challenge: string };

export function authenticate(
  user: CognitoUser,
  details: import('amazon-cognito-identity-js').AuthenticationDetails,
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const challenge = (fallback: string) => (name?: unknown) =>
      resolve({ challenge: typeof name === 'string' ? name : fallback });
    user.authenticateUser(details, {
      onSuccess: (session) => resolve({ session }),
      onFailure: reject,
      newPasswordRequired: challenge('NEW_PASSWORD_REQUIRED'),
      mfaRequired: challenge('SMS_MFA'),
      totpRequired: challenge('SOFTWARE_TOKEN_MFA'),
      selectMFAType: challenge('SELECT_MFA_TYPE'),
      mfaSetup: challenge('MFA_SETUP'),
      customChallenge: challenge('CUSTOM_CHALLENGE'),
    });
  });
}

/**
 * Where a session is cached: the app's own pool (`userPool`), or one made from the
 * configuration, and its storage (the one given, else the pool's, else the library's default).
 */
export function sessionPool(
  lib: IdentityJs,
  where: { userPool?: CognitoUserPool; storage?: ICognitoStorage },
  config: CognitoConfig & { userPoolId: string },
): { pool: CognitoUserPool; storage: ICognitoStorage | undefined } {
  const pool =
    where.userPool ??
    new lib.CognitoUserPool({
      UserPoolId: config.userPoolId,
      ClientId: config.clientId,
      endpoint: config.endpoint,
      Storage: where.storage,
    });
  const storage = where.storage ?? (pool as unknown as { storage?: ICognitoStorage }).storage;
  return { pool, storage };
}

/** The flow's configuration with the user pool the session belongs to. */
export type PoolConfig = CognitoConfig & { userPoolId: string };

/** Where a session is cached and for whom: what {@link cacheSession} needs. */
export interface SessionCache {
  lib: IdentityJs;
  pool: CognitoUserPool;
  /** The pool's storage, or the one given to auto sign-in. */
  storage: ICognitoStorage | undefined;
  /** Where the user's later requests (refresh, sign-out) go: the kit's transport, to this pool. */
  config: PoolConfig;
}

/**
 * The session amazon-cognito-identity-js would build from these (checked) tokens, cached in the
 * pool's storage under the access token's `username`, for a user whose requests go through the
 * kit's transport.
 */
export function cacheSession(
  { lib, pool, storage, config }: SessionCache,
  tokens: AuthenticationResultType,
): { user: CognitoUser; session: CognitoUserSession } {
  const accessToken = new lib.CognitoAccessToken({ AccessToken: tokens.AccessToken });
  // The name the tokens are cached under is the user's username (the sub in email-as-username pools).
  const user = userWithTransport(
    new lib.CognitoUser({
      Username: String(accessToken.decodePayload().username),
      Pool: pool,
      Storage: storage,
    }),
    config,
  );
  const session = new lib.CognitoUserSession({
    IdToken: new lib.CognitoIdToken({ IdToken: tokens.IdToken }),
    AccessToken: accessToken,
    RefreshToken: new lib.CognitoRefreshToken({ RefreshToken: tokens.RefreshToken ?? '' }),
  });
  user.setSignInUserSession(session);
  return { user, session };
}

/**
 * `user`, whose every request (sign-in, refresh, RevokeToken, GlobalSignOut, …) goes through the
 * kit's transport instead of the library's own fetch: the configured endpoint only, no
 * redirect, bounded answers, a timeout, and `signal` (a sign-in's own; a user handed to the app
 * gets none, so an unmount never breaks its later refreshes). Every answer that carries tokens
 * is checked as sign-in checks them ({@link checkTokens}) before the library caches it: a wrong
 * one fails the call with an `InvalidResponseError` and nothing is cached. The kit's transport
 * never retries, so `requestWithRetry` sends once.
 */
export function userWithTransport(
  user: CognitoUser,
  config: PoolConfig,
  signal?: AbortSignal,
): CognitoUser {
  const transport = transportFor(config);
  // Whom the tokens must be for: the name typed at sign-in, or the one a session is cached
  // under (an SRP answer may rename the user; the tokens must still be the typed name's).
  const username = user.getUsername();
  const request = (
    operation: string,
    params: unknown,
    callback: (error: unknown, data?: unknown) => void,
  ) => {
    transport
      .send(operation as 'InitiateAuth', params as InitiateAuthRequest, { signal })
      .then((data) => {
        const tokens = (data as InitiateAuthResponse).AuthenticationResult;
        if (tokens) {
          checkTokens(tokens, { ...config, username });
        }
        return data;
      })
      .then((data) => callback(null, data), callback);
  };
  const client = {
    request,
    requestWithRetry: request,
    promisifyRequest: (operation: string, params: unknown) =>
      new Promise((resolve, reject) =>
        request(operation, params, (error, data) => (error ? reject(error) : resolve(data))),
      ),
  };
  return Object.assign(user, { client });
}
