// What the page trusts in StartWebAuthnRegistration's answer (security issue #35): the creation
// options reach navigator.credentials.create only when every member keeps the rules; anything
// else is refused with InvalidResponseError.
import { describe, expect, it } from 'vitest';
import { toCreationOptions } from '../../src/core/passkey/webAuthnJson.ts';

const b64url = (bytes: ArrayLike<number>) =>
  Buffer.from(Uint8Array.from(bytes)).toString('base64url');
const bytes = (buffer: BufferSource) => [
  ...new Uint8Array(ArrayBuffer.isView(buffer) ? buffer.buffer : buffer),
];
const CHALLENGE = Array.from({ length: 32 }, (_, i) => i + 200);
const EXPECTED = { usernames: ['ada'], hostname: 'app.example.com' };

/** CredentialCreationOptions shaped as Cognito's StartWebAuthnRegistration answers them. */
const cognitoShaped = () => ({
  challenge: b64url(CHALLENGE),
  rp: { id: 'example.com', name: 'Example pool' },
  user: { id: b64url([9, 8, 7, 6]), name: 'ada', displayName: 'ada@example.com' },
  pubKeyCredParams: [
    { type: 'public-key', alg: -7 },
    { type: 'public-key', alg: -257 },
  ],
  timeout: 60_000,
  excludeCredentials: [{ type: 'public-key', id: b64url([255, 254]), transports: ['internal'] }],
  authenticatorSelection: {
    requireResidentKey: true,
    residentKey: 'required',
    userVerification: 'preferred',
  },
  extensions: { credProps: true },
});

type Json = ReturnType<typeof cognitoShaped> & Record<string, unknown>;
/** The Cognito-shaped answer with one change. */
const changed = (change: (json: Json) => void) => {
  const json = cognitoShaped() as Json;
  change(json);
  return json;
};

describe('toCreationOptions: a Cognito-shaped answer', () => {
  it('becomes the creation options, binary members decoded', () => {
    const options = toCreationOptions(cognitoShaped(), EXPECTED);
    expect(bytes(options.challenge)).toEqual(CHALLENGE);
    expect(bytes(options.user.id)).toEqual([9, 8, 7, 6]);
    expect(options.user).toMatchObject({ name: 'ada', displayName: 'ada@example.com' });
    expect(options.rp).toEqual({ id: 'example.com', name: 'Example pool' });
    expect(options.pubKeyCredParams).toEqual([
      { type: 'public-key', alg: -7 },
      { type: 'public-key', alg: -257 },
    ]);
    expect(options.timeout).toBe(60_000);
    expect(bytes(options.excludeCredentials?.[0]?.id as BufferSource)).toEqual([255, 254]);
    expect(options.excludeCredentials?.[0]?.transports).toEqual(['internal']);
    expect(options.authenticatorSelection).toEqual({
      requireResidentKey: true,
      residentKey: 'required',
      userVerification: 'preferred',
    });
    expect(options.extensions).toEqual({ credProps: true });
  });

  it('keeps what the rules allow: rp.id equal to the host, attestation none or direct, no optional members, the username in another case', () => {
    for (const json of [
      changed((j) => {
        j.rp.id = 'app.example.com';
      }),
      changed((j) => {
        j.attestation = 'none';
      }),
      changed((j) => {
        j.attestation = 'direct';
      }),
      changed((j) => {
        j.user.name = 'ADA';
        j.user.displayName = '';
      }),
      changed((j) => {
        for (const key of [
          'timeout',
          'excludeCredentials',
          'authenticatorSelection',
          'extensions',
        ] as const)
          delete (j as Partial<Json>)[key];
        delete (j.rp as { id?: string }).id;
      }),
    ]) {
      expect(() => toCreationOptions(json, EXPECTED), JSON.stringify(json)).not.toThrow();
    }
    expect(
      toCreationOptions(
        changed((j) => {
          j.attestation = 'direct';
        }),
        EXPECTED,
      ).attestation,
    ).toBe('direct');
  });

  it("the user's name may be the username the person typed or Cognito's own for it", () => {
    const json = changed((j) => {
      j.user.name = '6f1c-sub-as-username';
    });
    expect(() =>
      toCreationOptions(json, { ...EXPECTED, usernames: ['ada', '6f1c-sub-as-username'] }),
    ).not.toThrow();
  });

  it('drops members no rule keeps (hints, attestationFormats, unknown ones)', () => {
    const options = toCreationOptions(
      changed((j) => {
        j.hints = ['security-key'];
        j.attestationFormats = ['apple'];
        j.surprise = { script: true };
      }),
      EXPECTED,
    ) as unknown as Record<string, unknown>;
    expect(options).not.toHaveProperty('hints');
    expect(options).not.toHaveProperty('attestationFormats');
    expect(options).not.toHaveProperty('surprise');
  });
});

describe('toCreationOptions refuses an answer that breaks a rule (InvalidResponseError)', () => {
  const long = (n: number) => 'x'.repeat(n);
  it.each<[string, (json: Json) => void]>([
    ['not an object', () => {}],
    [
      'an empty challenge',
      (j) => {
        j.challenge = '';
      },
    ],
    [
      'a challenge under 16 bytes',
      (j) => {
        j.challenge = b64url(CHALLENGE.slice(0, 15));
      },
    ],
    [
      'a challenge that is not base64url',
      (j) => {
        j.challenge = `${b64url(CHALLENGE)}+/=`;
      },
    ],
    [
      'a timeout over 10 minutes (2^31 ms)',
      (j) => {
        j.timeout = 2 ** 31;
      },
    ],
    [
      'a timeout just over 10 minutes',
      (j) => {
        j.timeout = 600_001;
      },
    ],
    [
      'a timeout that is not a positive whole number',
      (j) => {
        (j as Record<string, unknown>).timeout = '60000';
      },
    ],
    [
      'attestation enterprise',
      (j) => {
        j.attestation = 'enterprise';
      },
    ],
    [
      'attestation indirect',
      (j) => {
        j.attestation = 'indirect';
      },
    ],
    [
      'an extension other than credProps',
      (j) => {
        (j.extensions as Record<string, unknown>).largeBlob = { support: 'required' };
      },
    ],
    [
      'extensions that are not an object',
      (j) => {
        (j as Record<string, unknown>).extensions = ['credProps'];
      },
    ],
    [
      "an rp.id that is not the page's host nor a suffix of it",
      (j) => {
        j.rp.id = 'evil.example';
      },
    ],
    [
      'an rp.id that only ends like the host',
      (j) => {
        j.rp.id = 'ple.com';
      },
    ],
    [
      'an rp.id that is a single label (a public suffix)',
      (j) => {
        j.rp.id = 'com';
      },
    ],
    [
      'an rp without a name',
      (j) => {
        (j.rp as { name?: string }).name = undefined;
      },
    ],
    [
      'an rp.name over 128 characters',
      (j) => {
        j.rp.name = long(129);
      },
    ],
    [
      'an rp.name with a control character',
      (j) => {
        j.rp.name = 'Example\u0007';
      },
    ],
    [
      'an empty user.id',
      (j) => {
        j.user.id = '';
      },
    ],
    [
      'a user.id over 64 bytes',
      (j) => {
        j.user.id = b64url(new Array(65).fill(1));
      },
    ],
    [
      'a user.name that is not the signed-in user',
      (j) => {
        j.user.name = 'mallory';
      },
    ],
    [
      'a user.displayName over 256 characters',
      (j) => {
        j.user.displayName = long(257);
      },
    ],
    [
      'a user.displayName with a bidi override',
      (j) => {
        j.user.displayName = 'ada\u202Emoc.elpmaxe';
      },
    ],
    [
      'no pubKeyCredParams',
      (j) => {
        j.pubKeyCredParams = [];
      },
    ],
    [
      'an unknown algorithm',
      (j) => {
        j.pubKeyCredParams.push({ type: 'public-key', alg: 12345 });
      },
    ],
    [
      'a credential type other than public-key',
      (j) => {
        j.pubKeyCredParams = [{ type: 'password', alg: -7 }];
      },
    ],
    [
      'an excluded credential without an id',
      (j) => {
        j.excludeCredentials = [{ type: 'public-key', id: '', transports: [] }];
      },
    ],
    [
      'an authenticator selection out of its values',
      (j) => {
        j.authenticatorSelection.userVerification = 'sometimes';
      },
    ],
  ])('%s', (_, change) => {
    const json = _ === 'not an object' ? 'nope' : changed(change);
    expect(() => toCreationOptions(json, EXPECTED)).toThrow(
      expect.objectContaining({ name: 'PasskeyError', code: 'InvalidResponseError' }),
    );
  });
});
