import { socialSignOutUrl } from 'react-cognito-signup/core';
import {
  clearSessionCookieHeaders,
  readSessionCookies,
  revokeRefreshToken,
} from 'react-cognito-signup/server';
import { cognitoPool, socialDomain } from '../../../cognito';
import { siteRoot } from '../../../site';

/**
 * Sign-out, a form's POST (it works before the page's JavaScript runs): the refresh token is
 * revoked at Cognito (it mints no more tokens, wherever it was copied), every session cookie of
 * this app client is removed, and the browser goes back to the sign-up page: through the user
 * pool domain's /logout when "Continue with Google" is offered, which ends the domain's own
 * session too (else the next person at this browser could be signed in as this one). The
 * cookies are SameSite=Lax: another site's form cannot post them here.
 */
export async function POST(request: Request): Promise<Response> {
  const pool = cognitoPool();
  const { clientId } = pool;
  const refreshToken = readSessionCookies(request, { clientId })?.refreshToken;
  if (refreshToken) {
    // Best effort: the cookies go whatever Cognito answers.
    await revokeRefreshToken({ ...pool, refreshToken }).catch((error: { code?: string }) =>
      console.warn(`sign-out: the refresh token was not revoked (${error.code})`),
    );
  }
  // Home, through the domain's /logout when the page offers "Continue with Google".
  const domain = socialDomain();
  const location = domain
    ? socialSignOutUrl({ domain, clientId, logoutUri: siteRoot(request) })
    : '/';
  const headers = new Headers({ location });
  for (const line of clearSessionCookieHeaders(request, { clientId })) {
    headers.append('set-cookie', line);
  }
  return new Response(null, { status: 303, headers });
}
