import type { CodeDeliveryDetails } from '../cognitoOperations.js';
import { LIMITS, limitProblem, parseDelivery } from '../wire/index.js';

/**
 * What survives a reload on the confirm step: the username and where the code went.
 * Never the password, never the Session.
 */
export interface PendingConfirmation {
  username: string;
  codeDeliveryDetails?: CodeDeliveryDetails;
  /** Epoch milliseconds after which a new code may be requested. */
  resendAvailableAt?: number;
}

const PREFIX = 'react-cognito-signup:pending:';

/**
 * `apply(sessionStorage)`, or `undefined` where there is none or it refuses: no window (server
 * rendering), storage disabled (privacy modes, sandboxed frames), quota. Resuming after a
 * reload is a convenience, never a requirement.
 */
function withStorage<T>(apply: (storage: Storage) => T): T | undefined {
  try {
    return apply(window.sessionStorage);
  } catch {
    return undefined;
  }
}

/** Saves the pending confirmation for `clientId` in sessionStorage. */
export function savePendingConfirmation(clientId: string, state: PendingConfirmation): void {
  const { username, codeDeliveryDetails, resendAvailableAt } = state;
  withStorage((storage) =>
    storage.setItem(
      PREFIX + clientId,
      JSON.stringify({ username, codeDeliveryDetails, resendAvailableAt }),
    ),
  );
}

/** The pending confirmation for `clientId`, if a valid one is stored. */
export function loadPendingConfirmation(clientId: string): PendingConfirmation | undefined {
  const raw = withStorage((storage) => storage.getItem(PREFIX + clientId));
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as Record<string, unknown>;
    // Checked like input: storage is writable by anything on the page's origin.
    if (limitProblem(data.username, LIMITS.username)) return undefined;
    return {
      username: data.username as string,
      codeDeliveryDetails: parseDelivery(data.codeDeliveryDetails),
      resendAvailableAt: Number.isFinite(data.resendAvailableAt)
        ? (data.resendAvailableAt as number)
        : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Forgets the pending confirmation for `clientId`. */
export function clearPendingConfirmation(clientId: string): void {
  withStorage((storage) => storage.removeItem(PREFIX + clientId));
}
