/**
 * The kit's cookie storage for the session (`react-cognito-signup/sign-in`): what auto sign-in,
 * social sign-up and confirmation links cache, in cookies the server reads
 * (`react-cognito-signup/server`'s `readSession`), with the refresh token where the app decides.
 * It is the storage amazon-cognito-identity-js expects (`setItem`, `getItem`, `removeItem`,
 * `clear`), named and encoded as its `CookieStorage` writes, so either reads the other's cookies.
 */
import type { ICognitoStorage } from 'amazon-cognito-identity-js';
import { warnOnce } from '../errors/index.js';
import { LOOPBACK } from '../wire/index.js';
import {
  chunkNames,
  cookieAttributes,
  cookieLines,
  DEFAULT_REFRESH_MAX_AGE,
  parseCookies,
  readChunked,
  removalLine,
  tokenMaxAge,
} from './cookieFormat.js';

/** A storage for the refresh token: `localStorage`, `sessionStorage`, or one of the app's. */
export type RefreshTokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SessionCookieStorageOptions {
  /**
   * Where the refresh token is kept (it lives 30 days by default and mints new tokens):
   * - `'cookie'` (default): in a cookie like the rest, sent with every request to the site, so
   *   a middleware can refresh an expired session (`refreshTokens`, `sessionCookieHeaders`).
   * - `'localStorage'` (or `'sessionStorage'`, or a storage of the app's): never sent; only the
   *   page refreshes the session (`getCurrentSession`); the server sees it signed out from the
   *   access token's expiry (an hour by default) until the page runs.
   * - `'none'`: kept nowhere; the session ends when the access token expires.
   * Page scripts can read it in a cookie as in localStorage (neither is httpOnly).
   */
  refreshToken?: 'cookie' | 'localStorage' | 'sessionStorage' | 'none' | RefreshTokenStorage;
  /** The refresh token cookie's life in seconds (and the last user's): 30 days by default, Cognito's default refresh token validity. */
  refreshTokenMaxAge?: number;
  /** The cookies' `Domain` (e.g. `example.com` to share them with subdomains). Default: this host only. */
  domain?: string;
  /** `Secure`: by default everywhere except a page on `http://localhost` (or another loopback address). */
  secure?: boolean;
}

/** amazon-cognito-identity-js's storage interface, kept in cookies. */
export interface SessionCookieStorage extends ICognitoStorage {
  setItem(key: string, value: string): void;
  getItem(key: string): string | null;
  removeItem(key: string): void;
  /** Removes every cookie of amazon-cognito-identity-js's (`CognitoIdentityServiceProvider.…`) and the refresh tokens kept elsewhere. */
  clear(): void;
}

const PREFIX = 'CognitoIdentityServiceProvider.';
const REFRESH = '.refreshToken';
const isToken = (key: string) => key.endsWith('.idToken') || key.endsWith('.accessToken');

/**
 * What an ID or access token whose cookie has expired reads as while a refresh token is kept: a
 * token-shaped value whose `exp` is 0 (header `{}`, payload `{"exp":0}`, no signature). Never
 * written anywhere. amazon-cognito-identity-js's `getSession()` then refreshes the session, as
 * it does for an expired token, instead of failing with "Local storage is missing an ID Token":
 * the cookies expire with their tokens, the session lives as long as its refresh token.
 */
const EXPIRED_TOKEN = 'e30.eyJleHAiOjB9.';

/** The page's `document.cookie`, if there is a page (not while rendering on a server). */
function pageCookies(): { cookie: string } | undefined {
  const page = (globalThis as { document?: { cookie?: unknown } }).document;
  return typeof page?.cookie === 'string' ? (page as { cookie: string }) : undefined;
}

/** Secure unless the page is plain http on loopback (browsers drop Secure cookies set over http). */
function secureByDefault(): boolean {
  const location = (globalThis as { location?: Location }).location;
  if (location?.protocol !== 'http:') return true;
  if (LOOPBACK.test(location.hostname)) return false;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      `sessionCookieStorage(): this page is http://${location.hostname}, not https: browsers refuse its Secure cookies, so the session is not kept. Serve it over https, or on http://localhost.`,
    );
  }
  return true;
}

function refreshStorage(
  choice: SessionCookieStorageOptions['refreshToken'],
): RefreshTokenStorage | undefined {
  if (choice === 'localStorage' || choice === 'sessionStorage') return globalThis[choice];
  return typeof choice === 'object' ? choice : undefined;
}

/**
 * A storage for `autoSignIn({ storage })`, `<SocialSignUp social={{ storage }}>` and
 * `getCurrentSession({ storage })` that keeps the session in cookies the server reads and
 * verifies (`readSession` of `react-cognito-signup/server`): `Path=/`, `SameSite=Lax`, `Secure`
 * (except on http://localhost), the ID and access tokens' cookies expiring with the tokens, the
 * refresh token's (and the last user's) after `refreshTokenMaxAge`. A value too long for one
 * cookie (4096 bytes with its name and attributes) is split into `<name>.0`, `<name>.1`, … and
 * read back whole; chunks no longer needed are removed. The refresh token is kept where
 * `refreshToken` says. Create it once, outside render.
 */
export function sessionCookieStorage(
  options: SessionCookieStorageOptions = {},
): SessionCookieStorage {
  const choice = options.refreshToken ?? 'cookie';
  const refreshMaxAge = options.refreshTokenMaxAge ?? DEFAULT_REFRESH_MAX_AGE;
  const keepsRefreshCookie = (key: string) => !key.endsWith(REFRESH) || choice === 'cookie';
  const where = () => ({ domain: options.domain, secure: options.secure ?? secureByDefault() });

  const jar = () => parseCookies(pageCookies()?.cookie ?? '');

  /** Removes the chunks of `key` from chunk `from` on (`<key>.<from>`, …). */
  const removeChunks = (key: string, from: number) => {
    const page = pageCookies();
    if (!page) return;
    for (const name of chunkNames(jar().keys(), key)) {
      if (Number(name.slice(key.length + 1)) >= from) page.cookie = removalLine(name, where());
    }
  };
  /** Removes the cookie `key` and its chunks. */
  const removeCookies = (key: string) => {
    removeChunks(key, 0);
    const page = pageCookies();
    if (page && jar().has(key)) page.cookie = removalLine(key, where());
  };

  const readCookie = (key: string) => {
    const names = jar();
    return readChunked((name) => names.get(name), key);
  };

  const storage: SessionCookieStorage = {
    setItem(key, value) {
      const page = pageCookies();
      if (!page) return;
      if (!keepsRefreshCookie(key)) {
        refreshStorage(choice)?.setItem(key, value);
        removeCookies(key);
        return;
      }
      const { domain, secure } = where();
      const maxAge = (isToken(key) ? tokenMaxAge(value) : undefined) ?? refreshMaxAge;
      const { lines, chunks } = cookieLines(
        key,
        value,
        cookieAttributes({ maxAge, domain, secure }),
      );
      for (const line of lines) page.cookie = line;
      // A shorter value than before: the chunks it no longer needs go (all of them for one cookie).
      removeChunks(key, chunks);
    },
    getItem(key) {
      if (!keepsRefreshCookie(key)) return refreshStorage(choice)?.getItem(key) ?? null;
      const value = readCookie(key);
      if (value !== undefined) return value;
      if (key.startsWith(PREFIX) && isToken(key)) {
        const user = key.slice(0, key.lastIndexOf('.'));
        if (storage.getItem(`${user}${REFRESH}`)) return EXPIRED_TOKEN;
      }
      return null;
    },
    removeItem(key) {
      if (!keepsRefreshCookie(key)) refreshStorage(choice)?.removeItem(key);
      removeCookies(key);
    },
    clear() {
      for (const name of jar().keys()) {
        if (name.startsWith(PREFIX)) removeCookies(name);
      }
      const kept = refreshStorage(choice) as Partial<Storage> | undefined;
      if (typeof kept?.key === 'function' && typeof kept.length === 'number') {
        const keys = Array.from({ length: kept.length }, (_, index) => kept.key?.(index));
        for (const key of keys) {
          if (key?.startsWith(PREFIX) && key.endsWith(REFRESH)) kept.removeItem?.(key);
        }
      }
    },
  };
  return storage;
}
