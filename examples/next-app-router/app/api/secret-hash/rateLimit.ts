// The SECRET_HASH route's rate limit, on what a caller cannot forge.
//
// A route handler sees no socket address, only headers, and X-Forwarded-For is a header the
// caller writes: keyed on it, a script that rotates it is never limited. So by default the
// limit holds on the username asked for (a hash is only useful for one username) and on every
// caller together (a global budget per window: a script that rotates usernames gets that much,
// then everybody waits, which is the price of a route that hands out SECRET_HASH). Behind a
// proxy you run, set TRUST_PROXY to how many proxies append to X-Forwarded-For: the address the
// nearest one added (counted from the right, never the left-most the caller wrote) is then one
// more key.
//
// The table is bounded without forgetting who is limited: when it is full, entries whose
// window has passed go first, then the oldest entries that are not over their limit; if every
// entry is a limited one, a new key is refused rather than tracked. One process's memory only:
// a real limit lives in front of the app (AWS WAF), see the README.

export interface RateLimitOptions {
  /** Requests per key (a username, an address) and window. */
  perKey: number;
  /** Requests served per window, all callers together. */
  global: number;
  windowMs: number;
  /** Keys tracked at most. */
  maxKeys: number;
}

export interface RateLimiter {
  /** Counts a request against each of `keys`: true when it may be served. */
  allow(keys: readonly string[], now?: number): boolean;
  /** How many keys are tracked. */
  size(): number;
}

interface Window {
  start: number;
  count: number;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const windows = new Map<string, Window>();
  let served: Window = { start: Number.NEGATIVE_INFINITY, count: 0 };
  const current = (window: Window | undefined, now: number) =>
    window && now - window.start < options.windowMs ? window : { start: now, count: 0 };

  /** Room for one more key: passed windows first, then the oldest not limited; else none. */
  function makeRoom(now: number): boolean {
    if (windows.size < options.maxKeys) return true;
    for (const [key, window] of windows) {
      if (now - window.start >= options.windowMs) windows.delete(key);
    }
    if (windows.size < options.maxKeys) return true;
    for (const [key, window] of windows) {
      if (window.count <= options.perKey) {
        windows.delete(key);
        return true;
      }
    }
    return false;
  }

  return {
    allow(keys, now = Date.now()) {
      let allowed = true;
      for (const key of keys) {
        const known = windows.get(key);
        if (!known && !makeRoom(now)) {
          allowed = false;
          continue;
        }
        const window = current(known, now);
        // Every attempt counts: a key that keeps asking stays limited for its window.
        window.count += 1;
        windows.set(key, window);
        if (window.count > options.perKey) allowed = false;
      }
      served = current(served, now);
      if (!allowed || served.count >= options.global) return false;
      served.count += 1;
      return true;
    },
    size: () => windows.size,
  };
}

/**
 * The caller's address as the nearest of `trustedProxies` proxies saw it: the entry that many
 * places from the right of X-Forwarded-For. Undefined without a trusted proxy (nothing in the
 * header is then more than the caller's word) or when the header is shorter than that.
 */
export function clientAddress(
  forwardedFor: string | null,
  trustedProxies: number,
): string | undefined {
  if (!forwardedFor || !(trustedProxies >= 1)) return undefined;
  const entries = forwardedFor.split(',').map((entry) => entry.trim());
  const address = entries[entries.length - Math.floor(trustedProxies)];
  return address || undefined;
}

/**
 * The keys a request for `username`'s SECRET_HASH counts against: the username, and the
 * address the trusted proxy added when TRUST_PROXY (`trustProxy`) names how many there are.
 */
export function limitKeys(
  headers: Headers,
  username: string,
  trustProxy: string | undefined,
): string[] {
  const address = clientAddress(headers.get('x-forwarded-for'), Number(trustProxy ?? 0));
  return address === undefined ? [`user:${username}`] : [`user:${username}`, `ip:${address}`];
}
