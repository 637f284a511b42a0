/**
 * Sign-in after sign-up, opt-in (`react-cognito-signup/sign-in`): with the sign-up's Session
 * (InitiateAuth USER_AUTH, no password), or with SRP through amazon-cognito-identity-js (the
 * password, in memory only). Either way the session is cached the way amazon-cognito-identity-js
 * caches it, so the app's `userPool.getCurrentUser().getSession()` finds it.
 * amazon-cognito-identity-js is an optional peer dependency, loaded with `import()` here only.
 */
import type {
  CognitoUser,
  CognitoUserPool,
  CognitoUserSession,
  ICognitoStorage,
} from 'amazon-cognito-identity-js';
import { type CognitoConfig, transportFor } from './callCognito.js';
import { configurationError, SignUpError } from './errors.js';
import { initiateUserAuth } from './initiateAuth.js';
import { normalizeCognitoError } from './normalizeCognitoError.js';
import type { AutoSignIn, AutoSignInResult, SignedIn } from './signUpFlow.types.js';
import { regionFromUserPoolId } from './transport.js';
import type { AuthenticationResultType, InitiateAuthRequest } from './types.js';

type IdentityJs = typeof import('amazon-cognito-identity-js');

export interface AutoSignInOptions {
  /**
   * The app's `CognitoUserPool`: the session is cached in its storage, where its
   * `getCurrentUser()` finds it. Default: a pool from the flow's `userPoolId`, `clientId` and
   * `endpoint`, caching in `storage`.
   */
  userPool?: CognitoUserPool;
  /** Where the session is cached when no `userPool` is given (amazon-cognito-identity-js's default: localStorage). */
  storage?: ICognitoStorage;
  /** Without a Session: `USER_SRP_AUTH` (default) or `USER_PASSWORD_AUTH` (the app client must allow it). */
  authFlow?: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
}

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
type Outcome = { session: CognitoUserSession } | { challenge: string };

function authenticate(
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
function cacheSession(
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
 * Auto sign-in for `useSignUp({ autoSignIn: autoSignIn() })` / `<SignUp autoSignIn={…} />`.
 * With the Session Cognito returned (app clients with `ALLOW_USER_AUTH`), InitiateAuth
 * USER_AUTH; an expired or missing Session falls back to the password typed in this page
 * (SRP, or `USER_PASSWORD_AUTH`); with neither, the flow ends at done.
 */
export function autoSignIn(options: AutoSignInOptions = {}): AutoSignIn {
  return async ({ config, username, session, password, clientMetadata, signal }) => {
    let result: AutoSignInResult;
    try {
      result = await signIn(options, config, username, session, password, clientMetadata, signal);
    } catch (raw) {
      result = {
        error: normalizeCognitoError(raw, {
          operation: 'InitiateAuth',
          secrets: [password, session],
        }),
      };
    }
    // "Start over" or an unmount while signing in: no one is signed in, nothing is told.
    if (signal.aborted) {
      if ('signedIn' in result) (result.signedIn.user as CognitoUser).signOut();
      return {};
    }
    if ('signedIn' in result) config.onSignedIn?.(result.signedIn);
    if ('error' in result) config.onError?.(result.error);
    return result;
  };
}

/**
 * amazon-cognito-identity-js's HTTP client, answered by the kit's transport: its SRP and
 * USER_PASSWORD_AUTH requests follow no redirect, read bounded answers, and go to the
 * configured endpoint only. The library keeps what it is best at: the SRP maths and the cache.
 */
function kitClient(config: CognitoConfig, signal: AbortSignal) {
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

/** The URL requests for `config` go to (as the fetch transport computes it). */
function endpointOf(config: { endpoint?: string; region?: string; userPoolId?: string }) {
  const region = config.region ?? regionFromUserPoolId(config.userPoolId);
  return new URL(config.endpoint ?? `https://cognito-idp.${region}.amazonaws.com/`).href;
}

/**
 * A pool of the app's own must be the flow's: the same client, user pool and endpoint.
 * Anything else would send the password where the flow's checks never looked.
 */
function checkUserPool(pool: CognitoUserPool, config: CognitoConfig): void {
  const endpoint = (pool as unknown as { client?: { endpoint?: string } }).client?.endpoint;
  const same =
    pool.getClientId() === config.clientId &&
    (!config.userPoolId || pool.getUserPoolId() === config.userPoolId) &&
    !!endpoint &&
    new URL(endpoint).href === endpointOf(config);
  if (!same) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'userPool'
        : "autoSignIn({ userPool }): the pool's client id, user pool id or endpoint is not the flow's. Pass the same ones to both (userPoolConfig(pool) does).",
    );
  }
}

/** A JWT's payload, or `undefined` when it is not one. */
function claimsOf(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tokens are cached only when they are what a sign-in of `username` returns: two JWTs, not
 * expired, a positive `ExpiresIn` when given, and of this user (the access token's `username`,
 * the ID token's `cognito:username`, or its `email` / `phone_number` when those are the
 * username). Anything else is an `InvalidResponseError`: the flow ends at done, signed out.
 */
function checkTokens(
  idToken: string,
  accessToken: string,
  expiresIn: number | undefined,
  username: string,
): void {
  const id = claimsOf(idToken);
  const access = claimsOf(accessToken);
  const now = Date.now() / 1000;
  const fresh = (claims: Record<string, unknown> | undefined) =>
    typeof claims?.exp === 'number' && claims.exp > now;
  const theirs =
    access?.username === username ||
    [id?.['cognito:username'], id?.email, id?.phone_number].includes(username);
  if (!fresh(id) || !fresh(access) || (expiresIn !== undefined && !(expiresIn > 0)) || !theirs) {
    throw new SignUpError({
      code: 'InvalidResponseError',
      message:
        process.env.NODE_ENV === 'production'
          ? 'tokens'
          : `The sign-in answered tokens that are not a valid, current session of "${username}": nothing was cached.`,
    });
  }
}

async function signIn(
  options: AutoSignInOptions,
  config: CognitoConfig & { analyticsEndpointId?: string },
  username: string,
  session: string | undefined,
  password: string | undefined,
  clientMetadata: Record<string, string> | undefined,
  signal: AbortSignal,
): Promise<AutoSignInResult> {
  // Nothing to sign in with (a reload on the confirm step): done, and the user signs in.
  if (!session && !password) return {};
  // Checked before the single-use Session is spent: a sign-in whose session cannot be kept
  // would leave the user signed in nowhere.
  if (!options.userPool && !config.userPoolId) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'userPoolId'
        : 'Auto sign-in needs userPoolId (or autoSignIn({ userPool })) to cache the session.',
    );
  }
  // The app's own pool must be the flow's, before any request with the password or Session.
  if (options.userPool) checkUserPool(options.userPool, config);
  const lib = await loadIdentityJs();
  let tokens: AuthenticationResultType | undefined;
  if (session) {
    try {
      const answer = await initiateUserAuth(
        config,
        { username, session, clientMetadata, analyticsEndpointId: config.analyticsEndpointId },
        { signal },
      );
      if (answer.ChallengeName) return { challenge: answer.ChallengeName };
      tokens = answer.AuthenticationResult;
    } catch (error) {
      // An expired or spent Session: the password typed in this page still signs in.
      if (!password || (error as SignUpError).code !== 'NotAuthorizedException') throw error;
    }
  }
  const pool =
    options.userPool ??
    new lib.CognitoUserPool({
      UserPoolId: config.userPoolId as string,
      ClientId: config.clientId,
      endpoint: config.endpoint,
      Storage: options.storage,
    });
  const storage =
    options.storage ?? (pool as unknown as { storage?: ICognitoStorage }).storage ?? undefined;
  let signedIn: { user: CognitoUser; session: CognitoUserSession };
  if (tokens) {
    checkTokens(tokens.IdToken, tokens.AccessToken, tokens.ExpiresIn, username);
    // Aborted while the answer came: nothing is cached.
    if (signal.aborted) return {};
    signedIn = cacheSession(lib, pool, storage, username, tokens);
  } else {
    const user = new lib.CognitoUser({ Username: username, Pool: pool, Storage: storage });
    // Its requests go through the kit's transport, never the library's own fetch.
    Object.assign(user, { client: kitClient(config, signal) });
    if (options.authFlow === 'USER_PASSWORD_AUTH')
      user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    const outcome = await authenticate(
      user,
      new lib.AuthenticationDetails({
        Username: username,
        Password: password,
        ClientMetadata: clientMetadata,
      }),
    );
    if ('challenge' in outcome) return outcome;
    const { session: userSession } = outcome;
    try {
      // The library cached the tokens before answering: checked now, and forgotten if wrong.
      checkTokens(
        userSession.getIdToken().getJwtToken(),
        userSession.getAccessToken().getJwtToken(),
        undefined,
        username,
      );
    } catch (error) {
      user.signOut();
      throw error;
    }
    signedIn = { user, session: userSession };
  }
  const { user, session: userSession } = signedIn;
  const result: SignedIn = {
    username: user.getUsername(),
    tokens: {
      idToken: userSession.getIdToken().getJwtToken(),
      accessToken: userSession.getAccessToken().getJwtToken(),
      refreshToken: userSession.getRefreshToken().getToken() || undefined,
      expiresIn: tokens?.ExpiresIn,
    },
    user,
    session: userSession,
  };
  return { signedIn: result };
}

/**
 * `<SignUp {...userPoolConfig(userPool)} />`: the pool's id, client id and endpoint, and auto
 * sign-in that caches the session in the pool's storage.
 */
export function userPoolConfig(
  userPool: CognitoUserPool,
  options: Omit<AutoSignInOptions, 'userPool'> = {},
): Pick<CognitoConfig, 'userPoolId' | 'clientId' | 'endpoint'> & { autoSignIn: AutoSignIn } {
  const endpoint = (userPool as unknown as { client?: { endpoint?: string } }).client?.endpoint;
  return {
    userPoolId: userPool.getUserPoolId(),
    clientId: userPool.getClientId(),
    endpoint,
    autoSignIn: autoSignIn({ ...options, userPool }),
  };
}

/** Where the app's session is cached: the pool `<SignUp>` signed in to, and its storage. */
export interface SessionLocation
  extends Pick<CognitoConfig, 'userPoolId' | 'clientId' | 'endpoint'> {
  /** The storage given to `autoSignIn({ storage })`, if any (default: localStorage). */
  storage?: ICognitoStorage;
}

/** The signed-in user {@link getCurrentSession} finds. */
export interface CurrentSession {
  username: string;
  user: CognitoUser;
  /** Valid (refreshed when it had expired and a refresh token allowed it). */
  session: CognitoUserSession;
}

/**
 * The session auto sign-in cached, read back as amazon-cognito-identity-js reads it
 * (`getCurrentUser().getSession()`), with the library loaded lazily by the kit: no static
 * import of amazon-cognito-identity-js, so no `global` to define in the app's bundler config.
 * `null` when no one is signed in or the session cannot be refreshed.
 */
export async function getCurrentSession(where: SessionLocation): Promise<CurrentSession | null> {
  if (!where.userPoolId) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'userPoolId'
        : 'getCurrentSession needs the userPoolId the session was cached under.',
    );
  }
  const lib = await loadIdentityJs();
  const pool = new lib.CognitoUserPool({
    UserPoolId: where.userPoolId,
    ClientId: where.clientId,
    endpoint: where.endpoint,
    Storage: where.storage,
  });
  const user = pool.getCurrentUser();
  if (!user) return null;
  return new Promise((resolve) => {
    user.getSession((error: Error | null, session: CognitoUserSession | null) => {
      resolve(
        error || !session?.isValid() ? null : { username: user.getUsername(), user, session },
      );
    });
  });
}
