// WebAuthn for the local Cognito, as Cognito's passkeys work: registration (creation options,
// then the attestation checked and its public key kept) and sign-in (request options, then the
// assertion's signature checked against the kept key). Attestation formats: `none` and `packed`
// self attestation (what platform authenticators and Chromium's virtual one send). Node's crypto only.
const { createHash, createPublicKey, randomBytes, verify } = require('node:crypto');

/** Why a credential or a client data is refused: `code` is the Cognito exception it becomes. */
class WebAuthnRefusal extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// --- CBOR (RFC 8949), the subset WebAuthn uses: integers, byte and text strings, arrays, maps,
// simple values. Indefinite lengths, tags and floats are refused.

/** @returns {{ value: unknown, end: number }} */
function decodeCbor(bytes, start = 0) {
  let at = start;
  const take = (n) => {
    if (at + n > bytes.length)
      throw new WebAuthnRefusal('InvalidParameterException', 'CBOR ends early');
    const slice = bytes.subarray(at, at + n);
    at += n;
    return slice;
  };
  const item = () => {
    const head = take(1)[0];
    const major = head >> 5;
    const info = head & 31;
    let length;
    if (info < 24) length = info;
    else if (info === 24) length = take(1)[0];
    else if (info === 25) length = take(2).readUInt16BE(0);
    else if (info === 26) length = take(4).readUInt32BE(0);
    else if (info === 27) length = Number(take(8).readBigUInt64BE(0));
    else throw new WebAuthnRefusal('InvalidParameterException', 'CBOR: unsupported length');
    switch (major) {
      case 0:
        return length;
      case 1:
        return -1 - length;
      case 2:
        return Buffer.from(take(length));
      case 3:
        return take(length).toString('utf8');
      case 4:
        return Array.from({ length }, item);
      case 5: {
        const map = new Map();
        for (let i = 0; i < length; i++) map.set(item(), item());
        return map;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        break;
    }
    throw new WebAuthnRefusal('InvalidParameterException', `CBOR: unsupported item ${head}`);
  };
  const value = item();
  return { value, end: at };
}

// --- COSE keys (RFC 9053) → Node key objects, and the signature check of each algorithm.

const ALGORITHMS = { ES256: -7, EdDSA: -8, RS256: -257 };

/** The credential's public key as a JWK (kept on the user) and its COSE algorithm. */
function coseToJwk(cose) {
  const kty = cose.get(1);
  const alg = cose.get(3);
  const b64 = (buffer) => Buffer.from(buffer).toString('base64url');
  if (kty === 2 && alg === ALGORITHMS.ES256 && cose.get(-1) === 1) {
    return { alg, jwk: { kty: 'EC', crv: 'P-256', x: b64(cose.get(-2)), y: b64(cose.get(-3)) } };
  }
  if (kty === 3 && alg === ALGORITHMS.RS256) {
    return { alg, jwk: { kty: 'RSA', n: b64(cose.get(-1)), e: b64(cose.get(-2)) } };
  }
  if (kty === 1 && alg === ALGORITHMS.EdDSA && cose.get(-1) === 6) {
    return { alg, jwk: { kty: 'OKP', crv: 'Ed25519', x: b64(cose.get(-2)) } };
  }
  throw new WebAuthnRefusal(
    'WebAuthnCredentialNotSupportedException',
    `Unsupported public key (kty ${kty}, alg ${alg})`,
  );
}

function verifySignature(alg, jwk, data, signature) {
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  if (alg === ALGORITHMS.ES256)
    return verify('sha256', data, { key, dsaEncoding: 'der' }, signature);
  if (alg === ALGORITHMS.RS256) return verify('sha256', data, key, signature);
  return verify(null, data, key, signature);
}

// --- Authenticator data and client data (WebAuthn Level 3, §6.1 and §5.8.1).

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED = 0x40;

function parseAuthenticatorData(bytes) {
  if (bytes.length < 37)
    throw new WebAuthnRefusal('InvalidParameterException', 'authenticator data too short');
  const data = {
    rpIdHash: bytes.subarray(0, 32),
    flags: bytes[32],
    signCount: bytes.readUInt32BE(33),
  };
  if (!(data.flags & FLAG_ATTESTED)) return data;
  const idLength = bytes.readUInt16BE(53);
  const credentialId = bytes.subarray(55, 55 + idLength);
  const { value: cose } = decodeCbor(bytes, 55 + idLength);
  return { ...data, credentialId: Buffer.from(credentialId), cose };
}

const sha256 = (data) => createHash('sha256').update(data).digest();

/** May a page at `origin` use `rpId`: its host or a subdomain, over https (http on localhost). */
function originAllowed(origin, rpId) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const { hostname, protocol } = url;
  const secure = protocol === 'https:' || (protocol === 'http:' && hostname === 'localhost');
  return secure && (hostname === rpId || hostname.endsWith(`.${rpId}`));
}

/** The client data, checked: its type, the challenge handed out, and an origin of the relying party. */
function checkClientData(clientDataJSON, type, challenge, rpId) {
  let data;
  try {
    data = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
  } catch {
    throw new WebAuthnRefusal('InvalidParameterException', 'clientDataJSON is not JSON');
  }
  if (data.type !== type) {
    throw new WebAuthnRefusal('InvalidParameterException', `clientDataJSON type is not ${type}`);
  }
  if (data.challenge !== challenge) {
    throw new WebAuthnRefusal(
      'WebAuthnChallengeNotFoundException',
      'The challenge does not match.',
    );
  }
  if (!originAllowed(data.origin, rpId)) {
    throw new WebAuthnRefusal(
      'WebAuthnOriginNotAllowedException',
      `The origin ${data.origin} is not allowed for the relying party ${rpId}.`,
    );
  }
}

function checkAuthenticatorData(data, rpId, userVerification) {
  if (!sha256(rpId).equals(data.rpIdHash)) {
    throw new WebAuthnRefusal(
      'WebAuthnRelyingPartyMismatchException',
      'The credential is for another relying party.',
    );
  }
  if (!(data.flags & FLAG_USER_PRESENT)) {
    throw new WebAuthnRefusal('InvalidParameterException', 'The user was not present.');
  }
  if (userVerification === 'required' && !(data.flags & FLAG_USER_VERIFIED)) {
    throw new WebAuthnRefusal('InvalidParameterException', 'The user was not verified.');
  }
}

// --- The two ceremonies.

const challenge = () => randomBytes(32).toString('base64url');

/**
 * CredentialCreationOptions as Cognito's StartWebAuthnRegistration returns them (JSON, base64url).
 * @param {{ rpId: string, rpName: string, userId: string, username: string, displayName: string,
 *   userVerification: string, exclude: Array<{ CredentialId: string, AuthenticatorTransports?: string[] }> }} input
 */
function creationOptions(input) {
  return {
    challenge: challenge(),
    rp: { id: input.rpId, name: input.rpName },
    user: {
      id: Buffer.from(input.userId).toString('base64url'),
      name: input.username,
      displayName: input.displayName,
    },
    pubKeyCredParams: [
      { type: 'public-key', alg: ALGORITHMS.ES256 },
      { type: 'public-key', alg: ALGORITHMS.RS256 },
    ],
    timeout: 60_000,
    excludeCredentials: input.exclude.map((credential) => ({
      type: 'public-key',
      id: credential.CredentialId,
      transports: credential.AuthenticatorTransports,
    })),
    authenticatorSelection: {
      requireResidentKey: true,
      residentKey: 'required',
      userVerification: input.userVerification,
    },
    extensions: { credProps: true },
  };
}

/**
 * The credential a registration returned, checked against the creation options it answers.
 * @returns the credential to keep on the user
 */
function verifyRegistration(credential, options, now) {
  if (!credential || typeof credential !== 'object' || credential.type !== 'public-key') {
    throw new WebAuthnRefusal(
      'InvalidParameterException',
      'Credential is not a public-key credential.',
    );
  }
  const response = credential.response ?? {};
  checkClientData(response.clientDataJSON, 'webauthn.create', options.challenge, options.rp.id);
  const { value: attestation } = decodeCbor(
    Buffer.from(String(response.attestationObject), 'base64url'),
  );
  if (!(attestation instanceof Map)) {
    throw new WebAuthnRefusal('InvalidParameterException', 'attestationObject is not a map.');
  }
  const authData = attestation.get('authData');
  const data = parseAuthenticatorData(authData);
  checkAuthenticatorData(data, options.rp.id, options.authenticatorSelection.userVerification);
  if (!data.credentialId || !data.cose) {
    throw new WebAuthnRefusal('InvalidParameterException', 'No attested credential data.');
  }
  const id = data.credentialId.toString('base64url');
  if (credential.id !== id) {
    throw new WebAuthnRefusal('InvalidParameterException', 'The credential id does not match.');
  }
  const { alg, jwk } = coseToJwk(data.cose);
  const fmt = attestation.get('fmt');
  const statement = attestation.get('attStmt');
  if (fmt === 'packed') {
    // Self attestation: signed with the credential's own key (no certificate chain).
    if (statement.get('x5c')) {
      throw new WebAuthnRefusal(
        'WebAuthnCredentialNotSupportedException',
        'The local Cognito checks self attestation only.',
      );
    }
    const signed = Buffer.concat([
      authData,
      sha256(Buffer.from(response.clientDataJSON, 'base64url')),
    ]);
    if (statement.get('alg') !== alg || !verifySignature(alg, jwk, signed, statement.get('sig'))) {
      throw new WebAuthnRefusal('InvalidParameterException', 'The attestation signature is wrong.');
    }
  } else if (fmt !== 'none') {
    throw new WebAuthnRefusal(
      'WebAuthnCredentialNotSupportedException',
      `Attestation ${fmt} is not supported.`,
    );
  }
  return {
    CredentialId: id,
    PublicKey: jwk,
    Algorithm: alg,
    SignCount: data.signCount,
    RelyingPartyId: options.rp.id,
    AuthenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    AuthenticatorTransports: Array.isArray(response.transports) ? response.transports : [],
    FriendlyCredentialName: `Passkey ${new Date(now).toISOString().slice(0, 10)}`,
    CreatedAt: now / 1000,
  };
}

/** CREDENTIAL_REQUEST_OPTIONS of Cognito's WEB_AUTHN challenge: the user's credentials allowed. */
function requestOptions(rpId, credentials, userVerification) {
  return {
    challenge: challenge(),
    timeout: 180_000,
    rpId,
    allowCredentials: credentials.map((credential) => ({
      type: 'public-key',
      id: credential.CredentialId,
      transports: credential.AuthenticatorTransports,
    })),
    userVerification,
  };
}

/**
 * An assertion checked against the request options and the stored credential.
 * @returns the credential's new signature counter
 */
function verifyAssertion(assertion, options, credentials) {
  if (!assertion || typeof assertion !== 'object' || assertion.type !== 'public-key') {
    throw new WebAuthnRefusal(
      'NotAuthorizedException',
      'Credential is not a public-key credential.',
    );
  }
  const stored = credentials.find((credential) => credential.CredentialId === assertion.id);
  if (!stored) throw new WebAuthnRefusal('NotAuthorizedException', 'Unknown credential.');
  const response = assertion.response ?? {};
  checkClientData(response.clientDataJSON, 'webauthn.get', options.challenge, options.rpId);
  const authData = Buffer.from(String(response.authenticatorData), 'base64url');
  const data = parseAuthenticatorData(authData);
  checkAuthenticatorData(data, options.rpId, options.userVerification);
  const signed = Buffer.concat([
    authData,
    sha256(Buffer.from(response.clientDataJSON, 'base64url')),
  ]);
  const signature = Buffer.from(String(response.signature), 'base64url');
  if (!verifySignature(stored.Algorithm, stored.PublicKey, signed, signature)) {
    throw new WebAuthnRefusal('NotAuthorizedException', 'The assertion signature is wrong.');
  }
  // A counter that does not grow (when the authenticator keeps one) means a cloned authenticator.
  if ((stored.SignCount > 0 || data.signCount > 0) && data.signCount <= stored.SignCount) {
    throw new WebAuthnRefusal('NotAuthorizedException', 'The signature counter went back.');
  }
  return { credentialId: stored.CredentialId, signCount: data.signCount };
}

module.exports = {
  WebAuthnRefusal,
  creationOptions,
  decodeCbor,
  requestOptions,
  verifyAssertion,
  verifyRegistration,
};
