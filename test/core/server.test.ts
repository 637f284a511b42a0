import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeSecretHash } from '../../src/server/index.ts';

describe('computeSecretHash (react-cognito-signup/server)', () => {
  it('is Base64(HMAC-SHA256(secret, username + clientId))', () => {
    const expected = createHmac('sha256', 'secret').update('aliceclient').digest('base64');
    expect(computeSecretHash('alice', 'client', 'secret')).toBe(expected);
    // A fixed vector computed independently (Python's hmac), so both sides cannot drift together.
    expect(computeSecretHash('alice', 'client', 'secret')).toBe(
      'RTsve+FQ659UKyESgvLg9GYmZEL+QjzQsW/OjL77/b0=',
    );
  });

  it('refuses missing inputs', () => {
    expect(() => computeSecretHash('', 'c', 's')).toThrow(TypeError);
  });
});
