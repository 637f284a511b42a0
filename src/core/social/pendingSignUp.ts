/**
 * What a started social sign-up keeps for its callback: the state and the PKCE verifier, in
 * sessionStorage only, for ten minutes, read once.
 */

/** How long a started sign-up may take at the provider before its callback is refused. */
export const PENDING_TTL_MS = 10 * 60 * 1000;

/** What start keeps for the callback, in sessionStorage only, used once. */
export interface Pending {
  state: string;
  verifier: string;
  provider: string;
  redirectUri: string;
  expiresAt: number;
}

export const pendingKey = (clientId: string) => `rcs.social.${clientId}`;

/** The pending sign-up kept for `clientId`, removed as it is read (single use). */
export function takePending(clientId: string): Pending | undefined {
  const storage = globalThis.sessionStorage;
  const raw = storage?.getItem(pendingKey(clientId));
  storage?.removeItem(pendingKey(clientId));
  try {
    const pending = JSON.parse(raw ?? 'null') as Partial<Pending> | null;
    return typeof pending?.state === 'string' &&
      typeof pending.verifier === 'string' &&
      typeof pending.provider === 'string' &&
      typeof pending.redirectUri === 'string' &&
      typeof pending.expiresAt === 'number'
      ? (pending as Pending)
      : undefined;
  } catch {
    return undefined;
  }
}
