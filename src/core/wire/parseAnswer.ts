/** Cognito's answers read as untrusted JSON: known fields of the right type only. */

import type { CodeDeliveryDetails, SignUpResponse } from '../cognitoOperations.js';
import { SignUpError } from '../errors/index.js';
import { compact } from './callCognito.js';

export function field(data: unknown, key: string): unknown {
  return data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
}

export function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** At most this many characters of a destination or attribute name are believed (an address is far shorter). */
const MAX_DELIVERY_TEXT = 320;

function shortString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_DELIVERY_TEXT ? value : undefined;
}

/**
 * CodeDeliveryDetails from untrusted JSON (an answer, or storage): known fields of the right
 * type only; an implausibly long destination is dropped, never rendered.
 */
export function parseDelivery(value: unknown): CodeDeliveryDetails | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const medium = field(value, 'DeliveryMedium');
  return compact<CodeDeliveryDetails>({
    Destination: shortString(field(value, 'Destination')),
    DeliveryMedium: medium === 'EMAIL' || medium === 'SMS' ? medium : undefined,
    AttributeName: shortString(field(value, 'AttributeName')),
  });
}

export function parseSignUpResponse(data: unknown): SignUpResponse {
  const userSub = field(data, 'UserSub');
  const confirmed = field(data, 'UserConfirmed');
  if (typeof userSub !== 'string' || typeof confirmed !== 'boolean') {
    throw new SignUpError({
      code: 'InvalidResponseError',
      message:
        process.env.NODE_ENV === 'production'
          ? 'SignUp'
          : 'The SignUp answer lacks UserSub or UserConfirmed.',
    });
  }
  return compact<SignUpResponse>({
    UserConfirmed: confirmed,
    UserSub: userSub,
    CodeDeliveryDetails: parseDelivery(field(data, 'CodeDeliveryDetails')),
    Session: stringOr(field(data, 'Session')),
  });
}
