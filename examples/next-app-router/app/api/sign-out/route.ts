import { clearSessionCookieHeaders, readSessionCookies } from 'react-cognito-signup/server';
import { cognitoPool, revokeRefreshToken } from '../../../cognito';

/**
 * Sign-out, a form's POST (it works before the page's JavaScript runs): the refresh token is
 * revoked at Cognito (it mints no more tokens, wherever it was copied), every session cookie of
 * this app client is removed, and the browser goes back to the sign-up page. The cookies are
 * SameSite=Lax: another site's form cannot post them here.
 */
export async function POST(request: Request): Promise<Response> {
  const { clientId } = cognitoPool();
  const refreshToken = readSessionCookies(request, { clientId })?.refreshToken;
  if (refreshToken) await revokeRefreshToken(refreshToken);
  const headers = new Headers({ location: new URL('/', request.url).href });
  for (const line of clearSessionCookieHeaders(request, { clientId })) {
    headers.append('set-cookie', line);
  }
  return new Response(null, { status: 303, headers });
}
