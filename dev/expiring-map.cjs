// A Map of short-lived entries that cannot grow without bound (issue #35: 8,000 unfinished
// USER_SRP_AUTH sign-ins kept 8,000 Sessions, 95 → 162 MB). Every entry has an expiry; each
// `set` first drops the expired ones, then, when the map is still full, the oldest ones (a Map
// iterates in insertion order). An unauthenticated caller can then push out other callers'
// unfinished Sessions, never the server's memory: Cognito's own Sessions expire the same way.

/**
 * @template V
 * @param {{ maxEntries: number, now?: () => number }} options
 */
function createExpiringMap({ maxEntries, now = Date.now }) {
  /** @type {Map<string, { value: V, expires: number }>} */
  const entries = new Map();
  /** Entries expire in insertion order only when every TTL is the same: scan them all. */
  function sweep() {
    const time = now();
    for (const [key, entry] of entries) if (entry.expires <= time) entries.delete(key);
  }
  return {
    /** Keeps `value` under `key` for `ttlMs`. @param {string} key @param {V} value @param {number} ttlMs */
    set(key, value, ttlMs) {
      sweep();
      entries.delete(key);
      while (entries.size >= maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      entries.set(key, { value, expires: now() + ttlMs });
    },
    /**
     * The entry under `key`, removed (single use): its value and whether it has expired (kept
     * until the next sweep, so that the caller can say so); undefined when absent.
     * @param {string} key
     */
    take(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      return { value: entry.value, expired: entry.expires <= now() };
    },
    /** How many entries are held (expired ones included until the next sweep). */
    get size() {
      return entries.size;
    },
    sweep,
  };
}

module.exports = { createExpiringMap };
