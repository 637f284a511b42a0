/** The signed-in session, read back for the rest of the app (`react-cognito-signup/sign-in`). */
import type { CognitoUser, CognitoUserSession, ICognitoStorage } from 'amazon-cognito-identity-js';
import { configurationError } from '../errors/index.js';
import type { CognitoConfig } from '../wire/index.js';
import { loadIdentityJs, userWithTransport } from './identityJs.js';

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
  const cached = pool.getCurrentUser();
  if (!cached) return null;
  // A refresh (when the session has expired) and a sign-out go through the kit's transport,
  // their tokens checked as sign-in checks them.
  const user = userWithTransport(cached, { ...where, userPoolId: where.userPoolId });
  return new Promise((resolve) => {
    user.getSession((error: Error | null, session: CognitoUserSession | null) => {
      resolve(
        error || !session?.isValid() ? null : { username: user.getUsername(), user, session },
      );
    });
  });
}
