import { computeSecretHash } from 'react-cognito-signup/server';
import { cognitoPool } from '../../../cognito';
import { createRateLimiter, limitKeys } from './rateLimit';

/**
 * SECRET_HASH for an app client that has a secret: computed here, on the server, so the
 * secret never reaches the browser. `getSecretHash(username)` in the page calls it.
 *
 * Know what this route is: anyone who can call it gets a valid SECRET_HASH for any username,
 * which is all the secret is for. In effect it makes the secret public. The checks below keep
 * other web pages from using it through their visitors' browsers (same origin, JSON only) and
 * slow down a script (rates per username and in all, per address behind a trusted proxy: see
 * ./rateLimit.ts), but a script can send any Origin header it likes.
 * In production, put rate limits in front of it where they hold (AWS WAF on the user pool and
 * on this route), or use an app client without a secret, which needs no route at all.
 */

/**
 * 20 hashes per username and minute, 300 per minute in all (per server process: a real limit
 * lives in a WAF). TRUST_PROXY=<number of proxies in front> adds a limit per client address.
 */
const limiter = createRateLimiter({
  perKey: 20,
  global: 300,
  windowMs: 60_000,
  maxKeys: 10_000,
});

export async function POST(request: Request): Promise<Response> {
  const { clientId } = cognitoPool();
  const secret = process.env.COGNITO_CLIENT_SECRET;
  if (!clientId || !secret)
    return Response.json({ error: 'No client secret here.' }, { status: 404 });
  // Only this app's own pages: browsers send Origin with every POST and Sec-Fetch-Site with
  // every request. The origin is the Host the browser asked for (APP_ORIGIN names the public
  // origin when a proxy in front rewrites the Host).
  const host = request.headers.get('host');
  const origin = process.env.APP_ORIGIN ?? `${new URL(request.url).protocol}//${host}`;
  const site = request.headers.get('sec-fetch-site');
  if (request.headers.get('origin') !== origin || (site !== null && site !== 'same-origin')) {
    return Response.json({ error: 'Cross-origin requests are refused.' }, { status: 403 });
  }
  // JSON only: a cross-origin form or "simple" request cannot send it without a preflight.
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return Response.json({ error: 'Send JSON.' }, { status: 415 });
  }
  const body = (await request.json().catch(() => null)) as { username?: unknown } | null;
  const username = body?.username;
  if (typeof username !== 'string' || !username || username.length > 128) {
    return Response.json({ error: 'A username is required.' }, { status: 400 });
  }
  if (!limiter.allow(limitKeys(request.headers, username, process.env.TRUST_PROXY))) {
    return Response.json({ error: 'Too many requests.' }, { status: 429 });
  }
  return Response.json({ secretHash: computeSecretHash(username, clientId, secret) });
}
