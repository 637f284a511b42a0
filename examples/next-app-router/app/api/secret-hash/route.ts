import { computeSecretHash } from 'react-cognito-signup/server';

/**
 * SECRET_HASH for an app client that has a secret: computed here, on the server, so the
 * secret never reaches the browser. `getSecretHash(username)` in the page calls it.
 */
export async function POST(request: Request): Promise<Response> {
  const clientId = process.env.NEXT_PUBLIC_COGNITO_CLIENT_ID;
  const secret = process.env.COGNITO_CLIENT_SECRET;
  if (!clientId || !secret)
    return Response.json({ error: 'No client secret here.' }, { status: 404 });
  const body = (await request.json().catch(() => null)) as { username?: unknown } | null;
  const username = body?.username;
  if (typeof username !== 'string' || !username || username.length > 128) {
    return Response.json({ error: 'A username is required.' }, { status: 400 });
  }
  return Response.json({ secretHash: computeSecretHash(username, clientId, secret) });
}
