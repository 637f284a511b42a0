// The server side of Cognito's SRP variant (SRP-6a over the RFC 3526 3072-bit group, SHA-256,
// Cognito's hex padding and its HKDF "Caldera Derived Key"), so that the real
// amazon-cognito-identity-js client signs in against the local Cognito unchanged.
// Written from the protocol (RFC 5054, RFC 3526); numbers are BigInts.
const { createHash, createHmac, randomBytes, timingSafeEqual } = require('node:crypto');

/** RFC 3526, group 15 (3072-bit MODP), the group Cognito uses; g = 2. */
const N = BigInt(
  `0x${[
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74',
    '020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437',
    '4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED',
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05',
    '98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB',
    '9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B',
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718',
    '3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33',
    'A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7',
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864',
    'D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2',
    '08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
  ].join('')}`,
);
const g = 2n;

/** Hex of a non-negative number as Cognito writes it: even length, a leading 00 when the top bit is set. */
function padHex(value) {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  else if (/^[89a-f]/i.test(hex)) hex = `00${hex}`;
  return hex;
}

const sha256 = (data) => createHash('sha256').update(data).digest();
/** SHA-256 of the bytes that `hex` spells, as 64 hex digits. */
const hexHash = (hex) => sha256(Buffer.from(hex, 'hex')).toString('hex').padStart(64, '0');
const toBig = (hex) => BigInt(`0x${hex}`);

function modPow(base, exponent, modulus) {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const k = toBig(hexHash(padHex(N) + padHex(g)));

/** The verifier's secret exponent: H(salt | H(poolName | username | ":" | password)). */
function secretX(poolName, username, password, salt) {
  const inner = sha256(Buffer.from(`${poolName}${username}:${password}`, 'utf8'))
    .toString('hex')
    .padStart(64, '0');
  return toBig(hexHash(padHex(salt) + inner));
}

/**
 * Starts a PASSWORD_VERIFIER challenge for a client's A (hex). Returns the parameters to send
 * and the state needed to check the answer, or throws when A is not acceptable.
 */
function startChallenge({ poolName, username, password, srpA }) {
  const A = toBig(srpA);
  if (A % N === 0n) throw new Error('SRP_A is not acceptable.');
  const salt = toBig(randomBytes(16).toString('hex'));
  const v = modPow(g, secretX(poolName, username, password, salt), N);
  let b;
  let B;
  do {
    b = toBig(randomBytes(128).toString('hex'));
    B = (k * v + modPow(g, b, N)) % N;
  } while (B === 0n);
  const secretBlock = randomBytes(64).toString('base64');
  return {
    parameters: { SALT: salt.toString(16), SRP_B: B.toString(16), SECRET_BLOCK: secretBlock },
    state: { poolName, username, A, B, b, v, secretBlock },
  };
}

/** True when the client's PASSWORD_CLAIM_SIGNATURE proves it knows the password. */
function verifyClaim(state, { secretBlock, timestamp, signature }) {
  if (secretBlock !== state.secretBlock || typeof timestamp !== 'string') return false;
  const u = toBig(hexHash(padHex(state.A) + padHex(state.B)));
  if (u === 0n) return false;
  const S = modPow(state.A * modPow(state.v, u, N), state.b, N);
  const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex'))
    .update(Buffer.from(padHex(S), 'hex'))
    .digest();
  const key = createHmac('sha256', prk)
    .update(Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])]))
    .digest()
    .subarray(0, 16);
  const expected = createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(state.poolName, 'utf8'),
        Buffer.from(state.username, 'utf8'),
        Buffer.from(secretBlock, 'base64'),
        Buffer.from(timestamp, 'utf8'),
      ]),
    )
    .digest();
  const given = Buffer.from(String(signature), 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

module.exports = { startChallenge, verifyClaim };
