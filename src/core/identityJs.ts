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
import { type CognitoConfig, transportFor } from './callCognito.js';
import { configurationError } from './errors.js';
import type { AuthenticationResultType, InitiateAuthRequest } from './types.js';

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
          : 'Auto sign-in needs amazon-cognito-identity-js (an optional peer dependency): npm install amazon-cognito-identity-js.',
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

/** The session amazon-cognito-identity-js would build from these tokens, cached in the pool's storage. */
export function cacheSession(
  lib: IdentityJs,
  pool: CognitoUserPool,
  storage: ICognitoStorage | undefined,
  username: string,
  tokens: AuthenticationResultType,
): { user: CognitoUser; session: CognitoUserSession } {
  const accessToken = new lib.CognitoAccessToken({ AccessToken: tokens.AccessToken });
  // The name the tokens are cached under is the user's username (the sub in email-as-username pools).
  const claim = accessToken.decodePayload().username;
  const user = new lib.CognitoUser({
    Username: typeof claim === 'string' ? claim : username,
    Pool: pool,
    Storage: storage,
  });
  const session = new lib.CognitoUserSession({
    IdToken: new lib.CognitoIdToken({ IdToken: tokens.IdToken }),
    AccessToken: accessToken,
    RefreshToken: new lib.CognitoRefreshToken({ RefreshToken: tokens.RefreshToken ?? '' }),
  });
  user.setSignInUserSession(session);
  return { user, session };
}

/**
 * amazon-cognito-identity-js's HTTP client, answered by the kit's transport: its SRP and
 * USER_PASSWORD_AUTH requests follow no redirect, read bounded answers, and go to the
 * configured endpoint only. The library keeps what it is best at: the SRP maths and the cache.
 */
export function transportClient(config: CognitoConfig, signal?: AbortSignal) {
  const transport = transportFor(config);
  const request = (
    operation: string,
    params: unknown,
    callback: (error: unknown, data?: unknown) => void,
  ) => {
    transport
      .send(operation as 'InitiateAuth', params as InitiateAuthRequest, { signal })
      .then((data) => callback(null, data), callback);
  };
  return {
    request,
    promisifyRequest: (operation: string, params: unknown) =>
      new Promise((resolve, reject) =>
        request(operation, params, (error, data) => (error ? reject(error) : resolve(data))),
      ),
  };
}

/** The endpoint a `CognitoUserPool` sends to (the library keeps it on its client). */
export function poolEndpoint(pool: CognitoUserPool): string | undefined {
  return (pool as unknown as { client?: { endpoint?: string } }).client?.endpoint;
}
