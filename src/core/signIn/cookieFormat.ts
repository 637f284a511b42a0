/**
 * The session's cookies as the browser and the server both write and read them: named and
 * encoded as amazon-cognito-identity-js's `CookieStorage` (js-cookie 3) does, so that either reads
 * the other's; a value too long for one cookie split into numbered chunks; the attributes.
 * Pure: no `document`, no `node:` module.
 */

/** Browsers keep a cookie of at most 4096 bytes, name, value and attributes together. */
export const COOKIE_LIMIT_BYTES = 4096;
/** A value is never split into more chunks than this (16 × ~4 KB; Cognito's tokens are a few KB). */
export const MAX_CHUNKS = 16;
/** The refresh token's life by default: Cognito's default refresh token validity, 30 days. */
export const DEFAULT_REFRESH_MAX_AGE = 30 * 24 * 60 * 60;

/**
 * What the cookie of a chunked value holds: `chunks:<n>`, its value then being in the cookies
 * `<name>.0` … `<name>.<n-1>`. No value the session keeps looks like it (tokens are JWTs,
 * clockDrift a number, userData JSON); LastAuthUser (a username, which could) is never chunked
 * and never read as a marker.
 */
const MARKER = /^chunks:([1-9]\d?)$/;
const marker = (count: number) => `chunks:${count}`;

/** The key under which amazon-cognito-identity-js keeps the last user: never chunked. */
const isLastAuthUser = (key: string) => key.endsWith('.LastAuthUser');

/**
 * A cookie name as js-cookie 3 writes it: `encodeURIComponent`, then `# $ & + ^ \` |` put back
 * and `(` `)` escaped.
 */
export function cookieName(key: string): string {
  return encodeURIComponent(key)
    .replace(/%(2[346B]|5E|60|7C)/g, decodeURIComponent)
    .replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Lone surrogates (which `encodeURIComponent` refuses) as U+FFFD. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A cookie value as js-cookie 3 writes it: percent-encoded, the characters cookies allow kept. */
export function cookieValue(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(
    /%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g,
    decodeURIComponent,
  );
}

/** A cookie value as js-cookie 3 reads it: quotes dropped, `%XX` sequences decoded. */
export function readCookieValue(raw: string): string {
  const unquoted =
    raw.length > 1 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  return unquoted.replace(/(%[\dA-F]{2})+/gi, (s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

/** The cookies of a Cookie header (or `document.cookie`) by decoded name; the first of a name wins, as in js-cookie. */
export function parseCookies(header: string): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    let name: string;
    try {
      name = decodeURIComponent(part.slice(0, at).trim());
    } catch {
      continue;
    }
    if (!jar.has(name)) jar.set(name, readCookieValue(part.slice(at + 1).trim()));
  }
  return jar;
}

/**
 * The value kept under `key`, its chunks put back together: `get` answers a cookie's value by
 * its decoded name. A marker whose chunks are not all there reads as no value.
 */
export function readChunked(
  get: (name: string) => string | undefined,
  key: string,
): string | undefined {
  const value = get(key);
  const count = value !== undefined && !isLastAuthUser(key) ? MARKER.exec(value)?.[1] : undefined;
  if (count === undefined) return value;
  let whole = '';
  for (let index = 0; index < Number(count); index++) {
    const chunk = get(`${key}.${index}`);
    if (chunk === undefined) return undefined;
    whole += chunk;
  }
  return whole;
}

/** The chunk cookies of `key` (their decoded names) among `names`: `<key>.0`, `<key>.1`, … */
export function chunkNames(names: Iterable<string>, key: string): string[] {
  const prefix = `${key}.`;
  return [...names].filter(
    (name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)),
  );
}

export interface CookieAttributes {
  /** Seconds; 0 removes the cookie. */
  maxAge: number;
  domain?: string | undefined;
  secure: boolean;
}

/** `; Path=/; Domain=…; Max-Age=…; SameSite=Lax; Secure`: the same for every cookie of the session. */
export function cookieAttributes({ maxAge, domain, secure }: CookieAttributes): string {
  const seconds = Math.max(0, Math.floor(maxAge));
  return `; Path=/${domain ? `; Domain=${domain}` : ''}; Max-Age=${seconds}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

const utf8 = new TextEncoder();
const bytes = (text: string) => utf8.encode(text).length;

/**
 * The cookie lines (`name=value; attributes`, as `document.cookie` takes them and a Set-Cookie
 * header sends them) that keep `value` under `key`, each under {@link COOKIE_LIMIT_BYTES}: one
 * cookie when it fits, else the marker and the chunks. Chunks are cut between characters, so each
 * decodes on its own. Throws a `RangeError` (naming no value) when more than {@link MAX_CHUNKS}
 * would be needed.
 */
export function cookieLines(
  key: string,
  value: string,
  attributes: string,
): { lines: string[]; chunks: number } {
  const name = cookieName(key);
  const single = `${name}=${cookieValue(value)}${attributes}`;
  if (bytes(single) < COOKIE_LIMIT_BYTES || isLastAuthUser(key))
    return { lines: [single], chunks: 0 };
  // Room for a chunk's value: the longest chunk name (two digits) and the attributes taken off.
  const room = COOKIE_LIMIT_BYTES - 1 - bytes(`${name}.${MAX_CHUNKS - 1}=${attributes}`);
  if (room < 64)
    throw new RangeError(`The cookie name and attributes of ${key} leave no room for a value.`);
  const chunks: string[] = [];
  let chunk = '';
  for (const character of wellFormed(value)) {
    const encoded = cookieValue(character);
    if (chunk.length + encoded.length > room) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += encoded;
  }
  if (chunk) chunks.push(chunk);
  if (chunks.length > MAX_CHUNKS) {
    throw new RangeError(`The value of ${key} is too long for ${MAX_CHUNKS} cookies.`);
  }
  return {
    lines: [
      ...chunks.map((part, index) => `${name}.${index}=${part}${attributes}`),
      `${name}=${marker(chunks.length)}${attributes}`,
    ],
    chunks: chunks.length,
  };
}

/** The line that removes the cookie `key` (same path and domain as it was written with). */
export function removalLine(key: string, attributes: Omit<CookieAttributes, 'maxAge'>): string {
  return `${cookieName(key)}=${cookieAttributes({ ...attributes, maxAge: 0 })}`;
}

/**
 * How long a JWT lives, in seconds: `exp - iat` (its life, whatever the clock of the page), or
 * `exp` minus now without `iat`; `undefined` for what is not a JWT with an `exp`.
 */
export function tokenMaxAge(token: string, nowMs = Date.now()): number | undefined {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const { exp, iat } = JSON.parse(json) as { exp?: unknown; iat?: unknown };
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return undefined;
    return typeof iat === 'number' && iat < exp ? exp - iat : Math.max(0, exp - nowMs / 1000);
  } catch {
    return undefined;
  }
}
