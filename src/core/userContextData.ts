import type { UserContextData } from './types.js';

/**
 * Where UserContextData comes from: `'auto'` reads Cognito's advanced-security collector
 * (`amazon-cognito-advanced-security-data.min.js`) when the page loaded it; a function
 * supplies it yourself; `false` never sends it.
 */
export type UserContextDataSource =
  | 'auto'
  | false
  | ((context: {
      username: string;
      userPoolId: string | undefined;
      clientId: string;
    }) => UserContextData | string | undefined | Promise<UserContextData | string | undefined>);

interface AdvancedSecurityCollector {
  getData(username: string, userPoolId: string, clientId: string): unknown;
}

/** Cognito's collector, if the page has loaded it. */
function collector(): AdvancedSecurityCollector | undefined {
  const candidate = (globalThis as { AmazonCognitoAdvancedSecurityData?: unknown })
    .AmazonCognitoAdvancedSecurityData;
  return candidate && typeof (candidate as AdvancedSecurityCollector).getData === 'function'
    ? (candidate as AdvancedSecurityCollector)
    : undefined;
}

/** Resolves the UserContextData to send; `undefined` when there is none (never sent empty). */
export async function resolveUserContextData(
  source: UserContextDataSource | undefined,
  context: { username: string; userPoolId: string | undefined; clientId: string },
): Promise<UserContextData | undefined> {
  if (source === false) return undefined;
  let value: unknown;
  if (typeof source === 'function') {
    value = await source(context);
  } else {
    const found = collector();
    if (!found || !context.userPoolId) return undefined;
    try {
      value = found.getData(context.username, context.userPoolId, context.clientId);
    } catch {
      // The collector is best effort: a failure must not block the sign-up.
      return undefined;
    }
  }
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
