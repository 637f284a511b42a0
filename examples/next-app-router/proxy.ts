import { type NextRequest, NextResponse } from 'next/server';
import {
  readSession,
  readSessionCookies,
  refreshTokens,
  sessionCookieHeaders,
} from 'react-cognito-signup/server';
import { cognitoPool } from './cognito';
import { siteRoot } from './site';

/**
 * Next.js 16's proxy: the file Next.js 15 called `middleware.ts` (that name still works in 16
 * but is deprecated, and only it can run on the edge runtime; `proxy.ts` always runs on
 * Node.js, which the token check's node:crypto needs). Before a protected page renders:
 *
 * - a session whose tokens verify and have not expired goes on;
 * - an expired one (its cookies expire with the tokens) is refreshed with the refresh token
 *   cookie: the new tokens go to the browser (Set-Cookie, as the page's sessionCookieStorage
 *   writes them) and to this very request (the page rendered now reads them);
 * - anyone else is sent to the sign-up page (307), before anything renders.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const pool = cognitoPool();
  // No clock skew here: a token past its `exp` is refreshed now, not a minute later.
  if (await readSession(request, { ...pool, clockSkewSeconds: 0 })) return NextResponse.next();

  const stored = readSessionCookies(request, pool);
  if (stored?.refreshToken) {
    try {
      const fresh = await refreshTokens({ ...pool, refreshToken: stored.refreshToken });
      const setCookies = sessionCookieHeaders(fresh, { clientId: pool.clientId, request });
      const response = NextResponse.next({
        request: { headers: withCookies(request.headers, setCookies) },
      });
      for (const line of setCookies) response.headers.append('set-cookie', line);
      return response;
    } catch {
      // A revoked or expired refresh token: signed out.
    }
  }
  // To the sign-up page of this site as the browser asked for it (a proxy's redirect must be
  // absolute). It depends on this visitor's cookies: no cache may keep it for another.
  const response = NextResponse.redirect(siteRoot(request));
  response.headers.set('cache-control', 'private, no-store');
  return response;
}

/** The request's headers with its Cookie header as it will be once `setCookies` are applied. */
function withCookies(headers: Headers, setCookies: string[]): Headers {
  const jar = new Map<string, string>();
  for (const pair of (headers.get('cookie') ?? '').split(/;\s*/)) {
    const at = pair.indexOf('=');
    if (at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  for (const line of setCookies) {
    const [pair = '', ...attributes] = line.split(/;\s*/);
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    if (attributes.some((attribute) => /^max-age=0$/i.test(attribute))) jar.delete(name);
    else jar.set(name, pair.slice(at + 1));
  }
  const next = new Headers(headers);
  next.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
  return next;
}

export const config = {
  // The pages that need a session (and their Server Functions, which POST to them).
  matcher: ['/account/:path*'],
};
