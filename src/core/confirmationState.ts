import { parseDelivery } from './cognitoSignUp.js';
import { LIMITS, limitProblem } from './serviceLimits.js';
import type { CodeDeliveryDetails } from './types.js';

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

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    // Storage can be disabled (privacy modes, sandboxed frames).
    return undefined;
  }
}

/** Saves the pending confirmation for `clientId` in sessionStorage. */
export function savePendingConfirmation(clientId: string, state: PendingConfirmation): void {
  const { username, codeDeliveryDetails, resendAvailableAt } = state;
  try {
    storage()?.setItem(
      PREFIX + clientId,
      JSON.stringify({ username, codeDeliveryDetails, resendAvailableAt }),
    );
  } catch {
    // Quota or privacy mode: resuming after a reload is a convenience, not a requirement.
  }
}

/** The pending confirmation for `clientId`, if a valid one is stored. */
export function loadPendingConfirmation(clientId: string): PendingConfirmation | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(PREFIX + clientId);
  } catch {
    return undefined;
  }
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
  try {
    storage()?.removeItem(PREFIX + clientId);
  } catch {
    // nothing stored, nothing to clear
  }
}
