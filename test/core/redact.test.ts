import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/core/errors/redact.ts';

// redact(text, secrets): no trace of a secret survives. A JWT (an access token) is also known by
// its long parts and its base64 encodings, so an echo that altered the token is scrubbed too.

const RUNS = 300;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** A base64url part of a JWT, at least 20 characters (a part redact knows on its own). */
const part = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...BASE64URL), minLength: 20, maxLength });
/** A JWT-shaped token: header, payload and signature, each 20 characters or more. */
const jwt = fc
  .tuple(part(120), part(600), part(400))
  .map(([header, payload, signature]) => ({ header, payload, signature }));
/** Text around an echo: anything at all. */
const around = fc.string({ maxLength: 60 });

const base64url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Each altered echo of `token` an error message might carry, named. */
function echoes({
  header,
  payload,
  signature,
}: {
  header: string;
  payload: string;
  signature: string;
}) {
  const token = `${header}.${payload}.${signature}`;
  return {
    token,
    'payload.signature': `${payload}.${signature}`,
    'token without its first character': token.slice(1),
    'base64 of the token': btoa(token),
    'base64url of the token': base64url(token),
    header,
    payload,
    signature,
  };
}

describe('redact', () => {
  it('scrubs a secret, its encodings and a cut-short start', () => {
    const secret = 'Pa55 "w&rd"/ü!';
    for (const form of [
      secret,
      encodeURIComponent(secret),
      JSON.stringify(secret).slice(1, -1),
      secret.toUpperCase(),
      secret.slice(0, 8),
    ]) {
      expect(redact(`before ${form} after`, [secret])).toBe('before *** after');
    }
  });

  it.each(Object.keys(echoes({ header: 'h', payload: 'p', signature: 's' })))(
    'scrubs a JWT echoed as %s, in any text',
    (name) => {
      fc.assert(
        fc.property(jwt, around, around, (parts, before, after) => {
          const echo = echoes(parts)[name as keyof ReturnType<typeof echoes>];
          const said = redact(`${before}${echo}${after}`, [
            `${parts.header}.${parts.payload}.${parts.signature}`,
          ]);
          expect(said).not.toContain(echo);
          for (const secret of [parts.payload, parts.signature]) expect(said).not.toContain(secret);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it('scrubs each form of the base64 encoding: URL-encoded (%2B, %2F, %3D) and cut short', () => {
    fc.assert(
      fc.property(jwt, (parts) => {
        const token = `${parts.header}.${parts.payload}.${parts.signature}`;
        const encoded = btoa(token);
        for (const echo of [encodeURIComponent(encoded), encoded.slice(0, 30)]) {
          expect(redact(`x ${echo} y`, [token])).toBe('x *** y');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves a short part alone (a part under 20 characters is no secret of its own)', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2hvcnQ';
    // The signature (7 characters) alone is not recognized; the whole token is.
    expect(redact('sig c2hvcnQ', [token])).toBe('sig c2hvcnQ');
    expect(redact(`t ${token}`, [token])).toBe('t ***');
    expect(redact('p eyJzdWIiOiJhZGEifQ', [token])).toBe('p eyJzdWIiOiJhZGEifQ');
  });

  it('treats a secret that is not JWT-shaped as before: no parts, no base64', () => {
    const secret = 'abcdefghijklmnopqrstuvwxyz.0123456789';
    expect(redact(`x ${btoa(secret)}`, [secret])).toBe(`x ${btoa(secret)}`);
    expect(redact('x 0123456789', [secret])).toBe('x 0123456789');
  });
});
