import type { UserContextData } from '../cognitoOperations.js';
import { warnOnce } from '../errors/index.js';

/** What a UserContextData source is told about the request. */
export interface UserContextDataContext {
  username: string;
  userPoolId: string | undefined;
  clientId: string;
}

/**
 * Where UserContextData comes from: a function returning the encoded data (a string) or the
 * whole `{ EncodedData?, IpAddress? }`. {@link advancedSecurityData} reads Cognito's
 * collector; `false` or nothing sends none.
 */
export type UserContextDataSource = (
  context: UserContextDataContext,
) => UserContextData | string | undefined | Promise<UserContextData | string | undefined>;

/**
 * Cognito's advanced-security collector (`amazon-cognito-advanced-security-data.min.js`, for
 * pools with threat protection) as a source: its data when the page loaded it and the
 * configuration has a `userPoolId`, else none. Best effort: a failing collector sends none.
 */
export const advancedSecurityData: UserContextDataSource = ({ username, userPoolId, clientId }) => {
  const collector = (globalThis as { AmazonCognitoAdvancedSecurityData?: { getData?: unknown } })
    .AmazonCognitoAdvancedSecurityData;
  if (!userPoolId || typeof collector?.getData !== 'function') return undefined;
  try {
    return collector.getData(username, userPoolId, clientId) as string;
  } catch {
    return undefined;
  }
};

/** Resolves the UserContextData to send; `undefined` when there is none (never sent empty). */
export async function resolveUserContextData(
  source: UserContextDataSource | false | undefined,
  context: UserContextDataContext,
): Promise<UserContextData | undefined> {
  if (typeof source !== 'function') {
    if (process.env.NODE_ENV !== 'production' && source) {
      warnOnce(
        `userContextData ${JSON.stringify(source)} is not a source: pass advancedSecurityData (exported by react-cognito-signup) for Cognito's collector, or a function.`,
        'error',
      );
    }
    return undefined;
  }
  const value: unknown = await source(context);
  if (typeof value === 'string') return value ? { EncodedData: value } : undefined;
  if (value && typeof value === 'object') {
    const { EncodedData, IpAddress } = value as UserContextData;
    const data: UserContextData = {};
    if (typeof EncodedData === 'string' && EncodedData) data.EncodedData = EncodedData;
    if (typeof IpAddress === 'string' && IpAddress) data.IpAddress = IpAddress;
    return Object.keys(data).length ? data : undefined;
  }
  return undefined;
}
