import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  createRateLimiter,
  limitKeys,
} from '../../examples/next-app-router/app/api/secret-hash/rateLimit.ts';

// The Next example's SECRET_HASH route limits its callers (issue #35): on what a caller cannot
// forge (the username asked for, every caller together), on the address a trusted proxy added
// only when one is configured, and in a bounded table that a flood of new keys cannot empty.

const LIMITS = { perKey: 20, global: 100, windowMs: 60_000, maxKeys: 10_000 };

describe('the SECRET_HASH route’s rate limit', () => {
  it('a forged X-Forwarded-For is no new address without a trusted proxy', () => {
    const limiter = createRateLimiter(LIMITS);
    let hashes = 0;
    for (let i = 0; i < 2000; i++) {
      const headers = new Headers({ 'x-forwarded-for': `10.0.${i >> 8}.${i & 255}` });
      if (limiter.allow(limitKeys(headers, 'victim', undefined), 1_000)) hashes += 1;
    }
    expect(hashes).toBe(LIMITS.perKey);
  });

  it('rotating usernames and addresses gets at most the global limit per window', () => {
    const limiter = createRateLimiter(LIMITS);
    let hashes = 0;
    for (let i = 0; i < 2000; i++) {
      const headers = new Headers({ 'x-forwarded-for': `10.1.${i >> 8}.${i & 255}` });
      if (limiter.allow(limitKeys(headers, `user${i}`, undefined), 1_000)) hashes += 1;
    }
    expect(hashes).toBe(LIMITS.global);
    // A new window: allowed again.
    expect(limiter.allow(limitKeys(new Headers(), 'someone', undefined), 1_000 + 60_000)).toBe(
      true,
    );
  });

  it('behind a trusted proxy, the address it added (right-most), not what the caller wrote', () => {
    expect(clientAddress('1.1.1.1, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('1.1.1.1, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', 2)).toBeUndefined();
    expect(clientAddress(null, 1)).toBeUndefined();
    expect(clientAddress('1.1.1.1, 203.0.113.7', 0)).toBeUndefined();
    const limiter = createRateLimiter(LIMITS);
    let hashes = 0;
    for (let i = 0; i < 200; i++) {
      // The caller rotates the left-most entry and the username; the proxy's entry stays.
      const headers = new Headers({ 'x-forwarded-for': `10.2.0.${i & 255}, 203.0.113.7` });
      if (limiter.allow(limitKeys(headers, `user${i}`, '1'), 1_000)) hashes += 1;
    }
    expect(hashes).toBe(LIMITS.perKey);
  });

  it('a flood of new keys neither empties the table nor frees a limited key', () => {
    const limiter = createRateLimiter({
      ...LIMITS,
      global: Number.POSITIVE_INFINITY,
      maxKeys: 500,
    });
    for (let i = 0; i <= LIMITS.perKey; i++) limiter.allow(['ip:203.0.113.7'], 1_000);
    expect(limiter.allow(['ip:203.0.113.7'], 1_000)).toBe(false);
    for (let i = 0; i < 10_001; i++) limiter.allow([`ip:10.3.${i >> 8}.${i & 255}`], 1_001);
    expect(limiter.size()).toBeLessThanOrEqual(500);
    expect(limiter.allow(['ip:203.0.113.7'], 1_002)).toBe(false);
    // Its window over, it is served again.
    expect(limiter.allow(['ip:203.0.113.7'], 1_000 + 60_000)).toBe(true);
  });
});
