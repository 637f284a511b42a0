/**
 * The session's cookies on the server (issue #41): read from a request as amazon-cognito-identity-
 * js's `CookieStorage` or the kit's `sessionCookieStorage()` wrote them (chunks put back
 * together), and written back by a middleware in the same format (`sessionCookieHeaders`,
 * `clearSessionCookieHeaders`): the same names, flags and chunks as the browser's, so they
 * replace the browser's cookies. The format itself is shared with the browser
 * (`src/core/signIn/cookieFormat.ts`).
 */
import {
  cookieAttributes,
  cookieLines,
  cookieName,
  DEFAULT_REFRESH_MAX_AGE,
  MAX_CHUNKS,
  parseCookies,
  readChunked,
  removalLine,
  tokenMaxAge,
} from '../core/signIn/index.js';
import { LOOPBACK } from '../core/wire/index.js';

/** Anything with `get(name) → { value } | undefined`: Next's `cookies()` store, for one. */
export interface CookieStore {
  get(name: string): { value: string } | undefined;
}

/** Where `readSession` reads the cookies from. */
export type CookieSource = Request | Headers | string | CookieStore;

/** The cookies amazon-cognito-identity-js keeps for a user, as they were read (not verified). */
export interface SessionCookies {
  username: string;
  idToken?: string;
  accessToken?: string;
  refreshToken?: string;
}

const headerLike = (value: unknown): value is Headers =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<Headers>).get === 'function' &&
  typeof (value as Partial<Headers>).append === 'function';

/** The Cookie header of a source that has one (a string, `Headers`, a `Request` of any realm). */
function cookieHeaderOf(source: CookieSource): string | undefined {
  if (typeof source === 'string') return source;
  const { headers } = source as { headers?: unknown };
  if (headerLike(headers)) return headers.get('cookie') ?? '';
  if (headerLike(source)) return source.get('cookie') ?? '';
  return undefined;
}

/** A `get(name)` over the source by decoded name: a header parsed, or a store asked for either form of the name. */
function cookieReader(source: CookieSource): (name: string) => string | undefined {
  const header = cookieHeaderOf(source);
  if (header !== undefined) {
    const jar = parseCookies(header);
    return (name) => jar.get(name);
  }
  // A cookie store: Next's decodes values and keys cookies by their name as sent.
  const store = source as CookieStore;
  return (name) => {
    for (const candidate of new Set([name, cookieName(name)])) {
      const value = store.get(candidate)?.value;
      if (typeof value === 'string') return value;
    }
    return undefined;
  };
}

/**
 * The names amazon-cognito-identity-js keeps a user's session under, as `CookieStorage` and
 * `sessionCookieStorage()` write them (so that a middleware that sets new tokens replaces the
 * browser's cookies). A value longer than one cookie is in `<name>.0`, `<name>.1`, … with
 * `chunks:<n>` in `<name>`: {@link sessionCookieHeaders} writes them so.
 */
export function sessionCookieNames(
  clientId: string,
  username: string,
): {
  lastAuthUser: string;
  idToken: string;
  accessToken: string;
  refreshToken: string;
  clockDrift: string;
} {
  const keys = sessionKeys(clientId, username);
  return {
    lastAuthUser: cookieName(keys.lastAuthUser),
    idToken: cookieName(keys.idToken),
    accessToken: cookieName(keys.accessToken),
    refreshToken: cookieName(keys.refreshToken),
    clockDrift: cookieName(keys.clockDrift),
  };
}

/** The keys (decoded cookie names) of a user's session. */
function sessionKeys(clientId: string, username: string) {
  const prefix = `CognitoIdentityServiceProvider.${clientId}`;
  const user = `${prefix}.${username}`;
  return {
    lastAuthUser: `${prefix}.LastAuthUser`,
    idToken: `${user}.idToken`,
    accessToken: `${user}.accessToken`,
    refreshToken: `${user}.refreshToken`,
    clockDrift: `${user}.clockDrift`,
    userData: `${user}.userData`,
  };
}

/**
 * The session cookies of app client `clientId` as they are (nothing verified), chunks put back
 * together: the last user and that user's tokens, or `null` when no one is signed in. For a
 * middleware that needs the refresh token; `readSession` is the one to trust.
 */
export function readSessionCookies(
  source: CookieSource,
  { clientId }: { clientId: string },
): SessionCookies | null {
  try {
    const cookie = cookieReader(source);
    const get = (key: string) => readChunked(cookie, key);
    const username = get(`CognitoIdentityServiceProvider.${clientId}.LastAuthUser`);
    if (!username) return null;
    const keys = sessionKeys(clientId, username);
    const cookies: SessionCookies = { username };
    const idToken = get(keys.idToken);
    const accessToken = get(keys.accessToken);
    const refreshToken = get(keys.refreshToken);
    if (idToken) cookies.idToken = idToken;
    if (accessToken) cookies.accessToken = accessToken;
    if (refreshToken) cookies.refreshToken = refreshToken;
    return cookies;
  } catch {
    return null;
  }
}

/** The tokens {@link sessionCookieHeaders} writes: `refreshTokens()`'s answer, or these fields with `username`. */
export interface SessionCookieTokens {
  idToken: string;
  accessToken: string;
  /** Written only when given (a refresh that rotates refresh tokens gives a new one). */
  refreshToken?: string | undefined;
  /** The user's username; or `session.username` (`refreshTokens()` verified it). */
  username?: string;
  session?: { username: string };
}

export interface SessionCookieHeaderOptions {
  /** The app client the tokens are for. */
  clientId: string;
  /**
   * The request being answered: its URL decides `Secure` (every URL but `http://localhost` and
   * other loopback addresses), and its cookies which chunks the new values no longer need.
   */
  request?: CookieSource;
  /** `Secure`, instead of what `request` says (true without one). */
  secure?: boolean;
  /** The `Domain` the browser's `sessionCookieStorage({ domain })` uses, if any. */
  domain?: string;
  /** The refresh token's and the last user's cookie life in seconds (30 days by default), as in the browser. */
  refreshTokenMaxAge?: number;
}

/** Secure unless the request's URL is plain http on loopback. */
function secureFor(options: SessionCookieHeaderOptions): boolean {
  if (options.secure !== undefined) return options.secure;
  const url = (options.request as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string') return true;
  try {
    const { protocol, hostname } = new URL(url);
    return !(protocol === 'http:' && LOOPBACK.test(hostname));
  } catch {
    return true;
  }
}

/**
 * The Set-Cookie header values that keep `tokens` in the browser exactly as
 * `sessionCookieStorage()` does (same names, `Path=/`, `SameSite=Lax`, `Secure` but on
 * http://localhost, the ID and access tokens' cookies expiring with the tokens, chunks for a
 * value over 4096 bytes), and remove the chunks of `request` they replace. Not httpOnly: the
 * page's amazon-cognito-identity-js reads and replaces them. For a middleware that refreshed the
 * session: `for (const line of sessionCookieHeaders(fresh, { clientId, request })) headers.append('set-cookie', line)`.
 */
export function sessionCookieHeaders(
  tokens: SessionCookieTokens,
  options: SessionCookieHeaderOptions,
): string[] {
  const username = tokens.username ?? tokens.session?.username;
  if (typeof username !== 'string' || !username) {
    throw new TypeError('sessionCookieHeaders needs the username (or refreshTokens()’s answer).');
  }
  if (typeof options.clientId !== 'string' || !options.clientId) {
    throw new TypeError('clientId is required.');
  }
  const keys = sessionKeys(options.clientId, username);
  const where = { domain: options.domain, secure: secureFor(options) };
  const refreshMaxAge = options.refreshTokenMaxAge ?? DEFAULT_REFRESH_MAX_AGE;
  const sent = options.request ? cookieReader(options.request) : () => undefined;
  const values: Array<[key: string, value: string, maxAge: number]> = [
    [keys.idToken, tokens.idToken, tokenMaxAge(tokens.idToken) ?? refreshMaxAge],
    [keys.accessToken, tokens.accessToken, tokenMaxAge(tokens.accessToken) ?? refreshMaxAge],
  ];
  if (tokens.refreshToken) values.push([keys.refreshToken, tokens.refreshToken, refreshMaxAge]);
  values.push([keys.lastAuthUser, username, refreshMaxAge]);
  const lines: string[] = [];
  for (const [key, value, maxAge] of values) {
    const written = cookieLines(key, value, cookieAttributes({ ...where, maxAge }));
    lines.push(...written.lines);
    for (let index = written.chunks; index < MAX_CHUNKS; index++) {
      if (sent(`${key}.${index}`) !== undefined) lines.push(removalLine(`${key}.${index}`, where));
    }
  }
  return lines;
}

/**
 * The Set-Cookie header values that sign app client `clientId` out in the browser: every session
 * cookie of `request` (its last user's, their chunks, and, when the request's Cookie header can
 * be listed, every other `CognitoIdentityServiceProvider.<clientId>.…` cookie) removed with the
 * attributes they were written with. Revoke the refresh token too (`RevokeToken`), or it stays
 * valid wherever it was copied.
 */
export function clearSessionCookieHeaders(
  request: CookieSource,
  options: Omit<SessionCookieHeaderOptions, 'request' | 'refreshTokenMaxAge'>,
): string[] {
  const where = { domain: options.domain, secure: secureFor({ ...options, request }) };
  const prefix = `CognitoIdentityServiceProvider.${options.clientId}.`;
  const header = cookieHeaderOf(request);
  let names: string[];
  if (header !== undefined) {
    names = [...parseCookies(header).keys()].filter((name) => name.startsWith(prefix));
  } else {
    const get = cookieReader(request);
    const username = get(`${prefix}LastAuthUser`);
    const keys = Object.values(username ? sessionKeys(options.clientId, username) : {});
    const all = [`${prefix}LastAuthUser`, ...keys];
    const chunks = all.flatMap((key) =>
      Array.from({ length: MAX_CHUNKS }, (_, index) => `${key}.${index}`),
    );
    names = [...new Set([...all, ...chunks])].filter((name) => get(name) !== undefined);
  }
  return names.map((name) => removalLine(name, where));
}
