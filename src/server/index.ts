/**
 * Node-only helpers for your backend: `computeSecretHash` for an app client with a secret,
 * `createConfirmationLinkMessage`, a CustomMessage Lambda trigger that sends a confirmation link,
 * `createInvitationToken` / `checkInvitationToken` for invitations a pre sign-up trigger checks,
 * and the session read from cookies and verified (`readSession`), refreshed, and written back
 * (`sessionCookieHeaders`).
 * Never import this from browser code: the secret it takes must stay on a server. It refuses to
 * load where `window` exists.
 */
import { createHmac } from 'node:crypto';

if (
  typeof window !== 'undefined' &&
  typeof (window as { document?: unknown }).document !== 'undefined'
) {
  throw new Error(
    'react-cognito-signup/server is for servers only: it handles a client secret, which must never reach a browser.',
  );
}

/**
 * Cognito's SECRET_HASH: Base64(HMAC-SHA256(key = client secret, message = username + client id)).
 * Serve it from an endpoint the browser calls through `getSecretHash(username)`.
 */
export function computeSecretHash(
  username: string,
  clientId: string,
  clientSecret: string,
): string {
  if (!username || !clientId || !clientSecret) {
    throw new TypeError('computeSecretHash needs a username, a client id and a client secret.');
  }
  return createHmac('sha256', clientSecret)
    .update(username + clientId)
    .digest('base64');
}

export type {
  ConfirmationLinkMessageOptions,
  ConfirmationLinkWords,
  CustomMessageTriggerEvent,
} from './confirmationLink.js';
export { createConfirmationLinkMessage } from './confirmationLink.js';
export {
  type CookieSource,
  type CookieStore,
  clearSessionCookieHeaders,
  readSessionCookies,
  type SessionCookieHeaderOptions,
  type SessionCookies,
  type SessionCookieTokens,
  sessionCookieHeaders,
  sessionCookieNames,
} from './cookies.js';
export {
  checkInvitationToken,
  createInvitationToken,
  type Invitation,
  type InvitationProblem,
} from './invitation.js';
export {
  CognitoRefreshError,
  type RefreshedTokens,
  type RefreshTokensOptions,
  readSession,
  refreshTokens,
  revokeRefreshToken,
  type ServerSession,
} from './session.js';
export {
  type CognitoAccessTokenClaims,
  type CognitoIdTokenClaims,
  type CognitoPoolOptions,
  type CognitoTokenClaims,
  CognitoTokenError,
  type CognitoTokenProblem,
  type VerifyCognitoTokenOptions,
  verifyCognitoToken,
} from './verifyToken.js';
