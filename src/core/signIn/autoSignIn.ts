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
import type { AuthenticationResultType } from '../cognitoOperations.js';
import { configurationError, normalizeCognitoError, type SignUpError } from '../errors/index.js';
import type { AutoSignIn, AutoSignInRequest, AutoSignInResult, SignedIn } from '../flow/index.js';
import type { SignedInMessageKey } from '../locales/en.js';
import type { PasskeyOffer } from '../passkey/index.js';
import type { CognitoConfig } from '../wire/index.js';
import {
  authenticate,
  cacheSession,
  loadIdentityJs,
  sessionPool,
  userWithTransport,
} from './identityJs.js';
import { initiateUserAuth } from './initiateAuth.js';
import { checkTokens, checkUserPool, poolEndpoint } from './signInChecks.js';

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
  /**
   * Offers a passkey once signed in: `offerPasskey()` from `react-cognito-signup/passkey`. The
   * signed-in result then carries its prompt (`signedIn.passkey`) where a passkey can work.
   */
  passkey?: PasskeyOffer;
}

/** The signed-in step's English (the bundled catalogs translate it). */
const SIGNED_IN_MESSAGES: Record<SignedInMessageKey, string> = {
  'signedIn.title': 'Welcome',
  'signedIn.message': 'Your account is ready and you are signed in as {username}.',
};

let withPasskey: { from: PasskeyOffer['messages']; messages: Partial<Record<string, string>> } = {
  from: {},
  messages: SIGNED_IN_MESSAGES,
};
/** The signed-in step's English with a passkey offer's (the same object for the same offer's). */
function messagesWith(passkey: PasskeyOffer | undefined) {
  if (!passkey) return SIGNED_IN_MESSAGES;
  if (withPasskey.from !== passkey.messages)
    withPasskey = {
      from: passkey.messages,
      messages: { ...SIGNED_IN_MESSAGES, ...passkey.messages },
    };
  return withPasskey.messages;
}

/**
 * Auto sign-in for `useSignUp({ autoSignIn: autoSignIn() })` / `<SignUp autoSignIn={…} />`.
 * With the Session Cognito returned (app clients with `ALLOW_USER_AUTH`), InitiateAuth
 * USER_AUTH; an expired or missing Session falls back to the password typed in this page
 * (SRP, or `USER_PASSWORD_AUTH`); with neither, the flow ends at done.
 */
export function autoSignIn(options: AutoSignInOptions = {}): AutoSignIn {
  const run: AutoSignIn = async (request) => {
    const { config, session, password, signal } = request;
    let result: AutoSignInResult;
    try {
      result = await signIn(options, request);
    } catch (raw) {
      result = {
        error: normalizeCognitoError(raw, {
          operation: 'InitiateAuth',
          secrets: [password, session],
        }),
      };
    }
    // Signed in: a passkey is offered where one can work (it only asks the browser).
    if ('signedIn' in result && options.passkey) {
      const { username, tokens } = result.signedIn;
      result.signedIn.passkey = await options.passkey.offer({
        config,
        username,
        accessToken: tokens.accessToken,
      });
    }
    // "Start over" or an unmount while signing in: no one is signed in, nothing is told (the
    // flow tells the rest: onSignedIn, onError).
    if (signal.aborted) {
      if ('signedIn' in result) (result.signedIn.user as CognitoUser).signOut();
      return {};
    }
    return result;
  };
  return Object.assign(run, {
    messages: messagesWith(options.passkey),
    checkConfiguration(config: CognitoConfig) {
      needsUserPoolId(options, config);
      if (options.userPool) checkUserPool(options.userPool, config);
    },
  });
}

/** A session is cached under a user pool id: the flow's, or the app's own pool's. */
function needsUserPoolId(options: AutoSignInOptions, config: CognitoConfig): void {
  if (!options.userPool && !config.userPoolId) {
    throw configurationError(
      process.env.NODE_ENV === 'production'
        ? 'userPoolId'
        : 'Auto sign-in needs userPoolId (or autoSignIn({ userPool })) to cache the session.',
    );
  }
}

async function signIn(
  options: AutoSignInOptions,
  { config, username, session, password, clientMetadata, signal }: AutoSignInRequest,
): Promise<AutoSignInResult> {
  // Nothing to sign in with (a reload on the confirm step): done, and the user signs in.
  if (!session && !password) return {};
  // Checked before the single-use Session is spent: a sign-in whose session cannot be kept
  // would leave the user signed in nowhere.
  needsUserPoolId(options, config);
  const lib = await loadIdentityJs();
  // The app's own pool must be the flow's, before any request with the password or Session
  // (also checked on mount: see `checkConfiguration` above).
  if (options.userPool) checkUserPool(options.userPool, config);
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
  const { pool, storage } = sessionPool(lib, options, {
    ...config,
    userPoolId: config.userPoolId as string,
  });
  const poolConfig = { ...config, userPoolId: pool.getUserPoolId() };
  let signedIn: { user: CognitoUser; session: CognitoUserSession };
  if (tokens) {
    checkTokens(tokens, { ...poolConfig, username });
    // Aborted while the answer came: nothing is cached.
    if (signal.aborted) return {};
    signedIn = cacheSession({ lib, pool, storage, config: poolConfig }, tokens);
  } else {
    // Its requests go through the kit's transport, never the library's own fetch; the answer
    // with tokens is checked there, before the library caches it.
    const user = userWithTransport(
      new lib.CognitoUser({ Username: username, Pool: pool, Storage: storage }),
      poolConfig,
      signal,
    );
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
    // Handed to the app: its later refreshes and sign-out are not tied to this sign-in's abort.
    signedIn = { user: userWithTransport(user, poolConfig), session: outcome.session };
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
  return {
    userPoolId: userPool.getUserPoolId(),
    clientId: userPool.getClientId(),
    endpoint: poolEndpoint(userPool),
    autoSignIn: autoSignIn({ ...options, userPool }),
  };
}
