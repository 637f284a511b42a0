/**
 * Invitations a pre sign-up Lambda can verify (issue #38): a token bound to the email it was
 * sent to, with an expiry, signed with a secret of your backend (HMAC-SHA256). The invitation
 * link carries it (`/signup?email=…&invite=<token>`); the form sends it as ValidationData (a
 * hidden field), never stored by Cognito; the Lambda refuses a forged, expired or another
 * email's token, and its words reach the person.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** The signature of a token's payload. */
function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** What an invitation says: whose it is and until when. */
export interface Invitation {
  /** The email it was sent to: only a sign-up with this email may use it. */
  email: string;
  /** When it stops working (a Date, or milliseconds since the epoch). */
  expiresAt: Date | number;
}

/** A signed invitation token for `invitation` (your backend's `secret`, at least 32 characters). */
export function createInvitationToken(invitation: Invitation, secret: string): string {
  if (secret.length < 32) throw new Error('The invitation secret must have 32 characters or more.');
  const payload = base64url(
    JSON.stringify({
      email: invitation.email.trim().toLowerCase(),
      exp: Math.floor(Number(invitation.expiresAt) / 1000),
    }),
  );
  return `${payload}.${sign(payload, secret)}`;
}

/** Why a token does not admit a sign-up, or `undefined` when it does. */
export type InvitationProblem = 'malformed' | 'signature' | 'expired' | 'email';

/**
 * Checks `token` for a sign-up with `email` (the pre sign-up trigger's
 * `event.request.userAttributes.email`): its signature (in constant time), its expiry, and
 * that it was sent to this email. `undefined` when it admits the sign-up.
 */
export function checkInvitationToken(
  token: unknown,
  { email, secret, now = Date.now() }: { email: string | undefined; secret: string; now?: number },
): InvitationProblem | undefined {
  if (typeof token !== 'string' || token.length > 2048) return 'malformed';
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return 'malformed';
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'signature';
  let claims: { email?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return 'malformed';
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return 'expired';
  if (claims.email !== email?.trim().toLowerCase()) return 'email';
  return undefined;
}
