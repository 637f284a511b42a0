/**
 * SHA-1 for the breached-password check's k-anonymity lookup (the range API's own hash), kept
 * synchronous so the checklist can ask about a password while the page draws.
 */

/** A 32-bit word rotated left by `bits`. */
const rotate = (word: number, bits: number) => (word << bits) | (word >>> (32 - bits));

/**
 * Uppercase hex SHA-1 of the UTF-8 password (FIPS 180-4), computed here rather than by Web
 * Crypto because the checklist needs it synchronously: what is remembered of a password is
 * its hash, and the rule finds a verdict by hashing the password it is asked about.
 */
export function sha1Hex(password: string): string {
  const bytes = new TextEncoder().encode(password);
  // The message, a 1 bit, zeros, and its length in bits (64-bit): whole 64-byte blocks.
  const size = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(size);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(size - 8, Math.floor(bytes.length / 0x20000000));
  view.setUint32(size - 4, (bytes.length * 8) >>> 0);
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const schedule = new Array<number>(80);
  for (let block = 0; block < size; block += 64) {
    for (let i = 0; i < 80; i++) {
      schedule[i] =
        i < 16
          ? view.getUint32(block + i * 4)
          : rotate(
              (schedule[i - 3] as number) ^
                (schedule[i - 8] as number) ^
                (schedule[i - 14] as number) ^
                (schedule[i - 16] as number),
              1,
            );
    }
    let [a, b, c, d, e] = state as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      const mix =
        i < 20
          ? ((b & c) | (~b & d)) + 0x5a827999
          : i < 40
            ? (b ^ c ^ d) + 0x6ed9eba1
            : i < 60
              ? ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc
              : (b ^ c ^ d) + 0xca62c1d6;
      const next = (rotate(a, 5) + mix + e + (schedule[i] as number)) >>> 0;
      e = d;
      d = c;
      c = rotate(b, 30) >>> 0;
      b = a;
      a = next;
    }
    [a, b, c, d, e].forEach((word, i) => {
      state[i] = ((state[i] as number) + word) >>> 0;
    });
  }
  return state
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('')
    .toUpperCase();
}
