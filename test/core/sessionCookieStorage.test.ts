import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COOKIE_LIMIT_BYTES,
  cookieAttributes,
  cookieLines,
  cookieName,
  parseCookies,
  readChunked,
} from '../../src/core/signIn/index.ts';
import {
  clearSessionCookieHeaders,
  readSessionCookies,
  sessionCookieHeaders,
} from '../../src/server/index.ts';
import { sessionCookieStorage } from '../../src/sign-in.ts';

// The kit's cookie storage (src/core/signIn/sessionCookieStorage.ts) and the format it shares
// with the server (cookieFormat.ts): chunks at the exact boundary, multibyte and encoded
// characters, values that shrink, the refresh token where the app says.

/** A `document.cookie` stand-in that keeps each cookie's line as set, removes it at Max-Age=0. */
function cookieJar() {
  const lines = new Map<string, string>();
  const set: string[] = [];
  const page = {
    get cookie() {
      return [...lines.values()].map((line) => line.split('; ')[0]).join('; ');
    },
    set cookie(line: string) {
      set.push(line);
      const name = line.slice(0, line.indexOf('='));
      if (/; Max-Age=0(;|$)/.test(line)) lines.delete(name);
      else lines.set(name, line);
    },
  };
  return { page, lines, set };
}

function onPage(url = 'https://app.example/') {
  const jar = cookieJar();
  vi.stubGlobal('document', jar.page);
  vi.stubGlobal('location', new URL(url));
  return jar;
}
afterEach(() => vi.unstubAllGlobals());

const PREFIX = 'CognitoIdentityServiceProvider.client1.ada';
const KEY = `${PREFIX}.userData`;
const bytes = (text: string) => Buffer.byteLength(text);
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${part({ alg: 'RS256' })}.${part(claims)}.c2ln`;

describe('cookieLines', () => {
  const attributes = cookieAttributes({ maxAge: 3600, secure: true });
  const lineOf = (length: number) => `${cookieName(KEY)}=${'a'.repeat(length)}${attributes}`;
  /** The longest ASCII value that fits one cookie. */
  const longest = COOKIE_LIMIT_BYTES - 1 - bytes(lineOf(0));

  it('keeps a value in one cookie up to 4095 bytes with its name and attributes, and chunks one byte more', () => {
    const fits = cookieLines(KEY, 'a'.repeat(longest), attributes);
    expect(fits.chunks).toBe(0);
    expect(fits.lines).toEqual([lineOf(longest)]);
    expect(bytes(fits.lines[0] as string)).toBe(COOKIE_LIMIT_BYTES - 1);

    const over = cookieLines(KEY, 'a'.repeat(longest + 1), attributes);
    expect(over.chunks).toBe(2);
    expect(over.lines.map((line) => line.split('=')[0])).toEqual([
      `${cookieName(KEY)}.0`,
      `${cookieName(KEY)}.1`,
      cookieName(KEY),
    ]);
    expect(over.lines[2]).toBe(`${cookieName(KEY)}=chunks:2${attributes}`);
    for (const line of over.lines) expect(bytes(line)).toBeLessThan(COOKIE_LIMIT_BYTES);
  });

  it('cuts multibyte and encoded characters between characters: each chunk decodes alone, the whole reads back', () => {
    // 4-byte emoji (12 encoded bytes each), 2- and 3-byte letters, and what cookies cannot hold raw.
    const value = 'é😀€ ;,"%\\=+'.repeat(800);
    const { lines, chunks } = cookieLines(KEY, value, attributes);
    expect(chunks).toBeGreaterThan(2);
    const jar = new Map<string, string>();
    for (const line of lines) {
      expect(bytes(line)).toBeLessThan(COOKIE_LIMIT_BYTES);
      const pair = line.split('; ')[0] as string;
      const raw = pair.slice(pair.indexOf('=') + 1);
      expect(raw).not.toMatch(/[ ;,"\\]/);
      expect(() => decodeURIComponent(raw)).not.toThrow();
      jar.set(decodeURIComponent(pair.slice(0, pair.indexOf('='))), decodeURIComponent(raw));
    }
    expect(readChunked((name) => jar.get(name), KEY)).toBe(value);
    // Read as a Cookie header, as the server reads it.
    const header = lines.map((line) => line.split('; ')[0]).join('; ');
    const parsed = parseCookies(header);
    expect(readChunked((name) => parsed.get(name), KEY)).toBe(value);
  });

  it('reads a marker whose chunks are missing as no value, and never reads LastAuthUser as a marker', () => {
    const jar = new Map([
      [KEY, 'chunks:2'],
      [`${KEY}.0`, 'abc'],
      ['CognitoIdentityServiceProvider.client1.LastAuthUser', 'chunks:2'],
    ]);
    expect(readChunked((name) => jar.get(name), KEY)).toBeUndefined();
    expect(
      readChunked((name) => jar.get(name), 'CognitoIdentityServiceProvider.client1.LastAuthUser'),
    ).toBe('chunks:2');
  });

  it('refuses a value that would need more than 16 chunks, naming no value', () => {
    expect(() => cookieLines(KEY, 'secret'.repeat(20_000), attributes)).toThrow(
      /too long for 16 cookies/,
    );
    try {
      cookieLines(KEY, 'secret'.repeat(20_000), attributes);
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
  });
});

describe('sessionCookieStorage', () => {
  it('writes Path=/, SameSite=Lax, Secure and the Domain given; no Secure on http://localhost or 127.0.0.1', () => {
    const jar = onPage();
    sessionCookieStorage({ domain: 'app.example' }).setItem(`${PREFIX}.clockDrift`, '0');
    expect(jar.set).toEqual([
      `${cookieName(`${PREFIX}.clockDrift`)}=0; Path=/; Domain=app.example; Max-Age=2592000; SameSite=Lax; Secure`,
    ]);
    for (const url of ['http://localhost:3000/', 'http://127.0.0.1:5173/']) {
      const local = onPage(url);
      sessionCookieStorage({ refreshTokenMaxAge: 3600 }).setItem(`${PREFIX}.clockDrift`, '0');
      expect(local.set).toEqual([
        `${cookieName(`${PREFIX}.clockDrift`)}=0; Path=/; Max-Age=3600; SameSite=Lax`,
      ]);
    }
  });

  it('gives the ID and access tokens’ cookies the tokens’ life, the refresh token’s the refresh lifetime', () => {
    const jar = onPage();
    const storage = sessionCookieStorage({ refreshTokenMaxAge: 7 * 86400 });
    storage.setItem(`${PREFIX}.idToken`, jwt({ iat: 1_000, exp: 4_600 }));
    storage.setItem(`${PREFIX}.accessToken`, jwt({ iat: 1_000, exp: 1_300 }));
    storage.setItem(`${PREFIX}.refreshToken`, 'opaque-refresh-token');
    expect(jar.set.map((line) => /Max-Age=(\d+)/.exec(line)?.[1])).toEqual([
      '3600',
      '300',
      String(7 * 86400),
    ]);
  });

  it('reads back a value chunked, removes the chunks a shorter value no longer needs, and all on removeItem', () => {
    const jar = onPage();
    const storage = sessionCookieStorage();
    const names = () => [...jar.lines.keys()].sort();
    const base = cookieName(KEY);
    storage.setItem(KEY, 'x'.repeat(3 * 4000));
    expect(names()).toEqual([base, `${base}.0`, `${base}.1`, `${base}.2`, `${base}.3`]);
    expect(storage.getItem(KEY)).toBe('x'.repeat(3 * 4000));

    storage.setItem(KEY, 'y'.repeat(5000));
    expect(names()).toEqual([base, `${base}.0`, `${base}.1`]);
    expect(storage.getItem(KEY)).toBe('y'.repeat(5000));

    storage.setItem(KEY, 'short');
    expect(names()).toEqual([base]);
    expect(storage.getItem(KEY)).toBe('short');

    storage.setItem(KEY, 'z'.repeat(5000));
    storage.removeItem(KEY);
    expect(names()).toEqual([]);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('clear() removes every cookie of amazon-cognito-identity-js’s, chunks included, and nothing else', () => {
    const jar = onPage();
    jar.page.cookie = 'theme=dark; Path=/';
    const storage = sessionCookieStorage();
    storage.setItem(KEY, 'z'.repeat(9000));
    storage.setItem('CognitoIdentityServiceProvider.client1.LastAuthUser', 'ada');
    storage.clear();
    expect([...jar.lines.keys()]).toEqual(['theme']);
  });

  it('keeps the refresh token where the app says: a cookie, a storage of its own, or nowhere', () => {
    const key = `${PREFIX}.refreshToken`;
    const refreshCookie = cookieName(key);

    let jar = onPage();
    sessionCookieStorage().setItem(key, 'refresh-1');
    expect(jar.lines.has(refreshCookie)).toBe(true);

    jar = onPage();
    const kept = new Map<string, string>();
    const own = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
      removeItem: (k: string) => void kept.delete(k),
    };
    jar.page.cookie = `${refreshCookie}=left-from-before; Path=/`;
    const inStorage = sessionCookieStorage({ refreshToken: own });
    inStorage.setItem(key, 'refresh-2');
    expect(kept.get(key)).toBe('refresh-2');
    expect(jar.lines.has(refreshCookie)).toBe(false); // the old cookie went
    expect(inStorage.getItem(key)).toBe('refresh-2');
    inStorage.removeItem(key);
    expect(kept.has(key)).toBe(false);

    jar = onPage();
    const none = sessionCookieStorage({ refreshToken: 'none' });
    none.setItem(key, 'refresh-3');
    expect(jar.set.join('\n')).not.toContain('refresh-3');
    expect(none.getItem(key)).toBeNull();
  });

  it('reads an expired token’s cookie as an expired token while a refresh token is kept, so getSession() refreshes', () => {
    onPage();
    const storage = sessionCookieStorage();
    expect(storage.getItem(`${PREFIX}.idToken`)).toBeNull();
    storage.setItem(`${PREFIX}.refreshToken`, 'refresh');
    const standIn = storage.getItem(`${PREFIX}.idToken`) as string;
    expect(
      JSON.parse(Buffer.from(standIn.split('.')[1] as string, 'base64url').toString()),
    ).toEqual({ exp: 0 });
    expect(storage.getItem(`${PREFIX}.accessToken`)).toBe(standIn);
    expect(sessionCookieStorage({ refreshToken: 'none' }).getItem(`${PREFIX}.idToken`)).toBeNull();
  });

  it('does nothing and reads nothing where there is no page (server rendering)', () => {
    const storage = sessionCookieStorage();
    expect(() => storage.setItem(KEY, 'value')).not.toThrow();
    expect(storage.getItem(KEY)).toBeNull();
    expect(() => storage.clear()).not.toThrow();
  });
});

describe('sessionCookieHeaders (the server’s writer)', () => {
  const tokens = {
    idToken: jwt({ iat: 1_000, exp: 4_600, pad: 'i'.repeat(5000) }),
    accessToken: jwt({ iat: 1_000, exp: 4_600 }),
    refreshToken: 'refresh',
    session: { username: 'ada' },
  };
  const clientId = 'client1';

  it('writes what the browser’s storage writes, the same lines', () => {
    const jar = onPage('https://app.example/');
    const storage = sessionCookieStorage();
    storage.setItem(`${PREFIX}.idToken`, tokens.idToken);
    storage.setItem(`${PREFIX}.accessToken`, tokens.accessToken);
    storage.setItem(`${PREFIX}.refreshToken`, tokens.refreshToken);
    storage.setItem('CognitoIdentityServiceProvider.client1.LastAuthUser', 'ada');
    const lines = sessionCookieHeaders(tokens, {
      clientId,
      request: new Request('https://app.example/account'),
    });
    expect(lines).toEqual(jar.set);
    expect(lines.some((line) => line.includes('.idToken.1='))).toBe(true);
    for (const line of lines) expect(bytes(line)).toBeLessThan(COOKIE_LIMIT_BYTES);
    // Read back by the server as one value.
    const header = lines.map((line) => line.split('; ')[0]).join('; ');
    expect(readSessionCookies(header, { clientId })).toEqual({
      username: 'ada',
      idToken: tokens.idToken,
      accessToken: tokens.accessToken,
      refreshToken: 'refresh',
    });
  });

  it('removes the chunks of the request the new values no longer need; no Secure for http://localhost', () => {
    const old = `${cookieName(`${PREFIX}.idToken`)}`;
    const request = new Request('http://localhost:3000/account', {
      headers: { cookie: `${old}=chunks:3; ${old}.0=a; ${old}.1=b; ${old}.2=c` },
    });
    const lines = sessionCookieHeaders(
      { ...tokens, idToken: jwt({ iat: 1, exp: 2 }) },
      { clientId, request },
    );
    expect(lines.filter((line) => line.includes('Max-Age=0'))).toEqual(
      [0, 1, 2].map((index) => `${old}.${index}=; Path=/; Max-Age=0; SameSite=Lax`),
    );
    expect(lines.some((line) => line.includes('Secure'))).toBe(false);
  });

  it('signs out: every session cookie of the client removed, chunks included, from a header or a cookie store', () => {
    const lines = sessionCookieHeaders(tokens, { clientId, domain: 'app.example' });
    const header = `${lines.map((line) => line.split('; ')[0]).join('; ')}; theme=dark; CognitoIdentityServiceProvider.other.LastAuthUser=bob`;
    const removed = clearSessionCookieHeaders(header, { clientId, domain: 'app.example' });
    const names = (list: string[]) => list.map((line) => line.split('=')[0]).sort();
    expect(names(removed)).toEqual(names(lines));
    for (const line of removed)
      expect(line).toMatch(/=; Path=\/; Domain=app\.example; Max-Age=0; SameSite=Lax; Secure$/);
    const store = new Map(
      lines.map((line) => {
        const pair = line.split('; ')[0] as string;
        return [pair.slice(0, pair.indexOf('=')), { value: pair.slice(pair.indexOf('=') + 1) }];
      }),
    );
    const fromStore = clearSessionCookieHeaders(
      { get: (name: string) => store.get(name) },
      { clientId, domain: 'app.example' },
    );
    expect(names(fromStore)).toEqual(names(lines));
  });
});
