// The local Cognito's passkeys, driven over HTTP with a software authenticator made here (Node's
// crypto and a small CBOR writer): registration with `packed` self attestation and `none`, the
// checks Cognito makes (access token, single-use challenge, client data type, challenge and
// origin, attestation signature), and sign-in with USER_AUTH WEB_AUTHN against the kept key.
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoCall, ensureClient } from '../../dev/local-cognito.mjs';
import { toCreationOptions } from '../../src/core/passkey/webAuthnJson.ts';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';

const ORIGIN = 'http://localhost:5173';
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** CBOR (RFC 8949) for what WebAuthn sends: integers, byte and text strings, maps. */
function cbor(value: unknown): Buffer {
  const head = (major: number, n: number) =>
    n < 24
      ? Buffer.from([(major << 5) | n])
      : n < 256
        ? Buffer.from([(major << 5) | 24, n])
        : Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  if (typeof value === 'string') {
    const text = Buffer.from(value);
    return Buffer.concat([head(3, text.length), text]);
  }
  const entries = [...(value as Map<unknown, unknown>)];
  return Buffer.concat([
    head(5, entries.length),
    ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)]),
  ]);
}

/** A software authenticator with one P-256 credential. */
function authenticator() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const id = randomBytes(16);
  let counter = 0;
  const cose = cbor(
    new Map<number, unknown>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x as string, 'base64url')],
      [-3, Buffer.from(jwk.y as string, 'base64url')],
    ]),
  );
  const authData = (rpId: string, flags: number, attested: boolean) => {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(++counter);
    const parts: Buffer[] = [sha256(rpId), Buffer.from([flags]), count];
    if (attested) {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(id.length);
      parts.push(Buffer.alloc(16), length, id, cose);
    }
    return Buffer.concat(parts);
  };
  const signed = (key: KeyObject, data: Buffer, clientData: string) =>
    sign('sha256', Buffer.concat([data, sha256(clientData)]), key);
  return {
    id: b64url(id),
    /** The credential for CompleteWebAuthnRegistration, answering `options`. */
    register(
      options: { challenge: string; rp: { id: string } },
      change: {
        type?: string;
        origin?: string;
        fmt?: 'packed' | 'none';
        badSignature?: boolean;
      } = {},
    ) {
      const clientData = JSON.stringify({
        type: change.type ?? 'webauthn.create',
        challenge: options.challenge,
        origin: change.origin ?? ORIGIN,
      });
      const data = authData(options.rp.id, 0x45, true);
      const fmt = change.fmt ?? 'packed';
      const sig = signed(privateKey, data, change.badSignature ? `${clientData} ` : clientData);
      const attStmt =
        fmt === 'packed'
          ? new Map<string, unknown>([
              ['alg', -7],
              ['sig', sig],
            ])
          : new Map();
      return {
        id: b64url(id),
        rawId: b64url(id),
        type: 'public-key',
        clientExtensionResults: {},
        response: {
          clientDataJSON: b64url(clientData),
          attestationObject: b64url(
            cbor(
              new Map<string, unknown>([
                ['fmt', fmt],
                ['attStmt', attStmt],
                ['authData', data],
              ]),
            ),
          ),
          transports: ['internal'],
        },
      };
    },
    /** The assertion for RespondToAuthChallenge WEB_AUTHN, answering `options`. */
    assert(options: { challenge: string; rpId: string }, key: KeyObject = privateKey) {
      const clientData = JSON.stringify({
        type: 'webauthn.get',
        challenge: options.challenge,
        origin: ORIGIN,
      });
      const data = authData(options.rpId, 0x05, false);
      return {
        id: b64url(id),
        rawId: b64url(id),
        type: 'public-key',
        clientExtensionResults: {},
        response: {
          clientDataJSON: b64url(clientData),
          authenticatorData: b64url(data),
          signature: b64url(signed(key, data, clientData)),
        },
      };
    },
  };
}

let env: CognitoEnv;
beforeAll(async () => {
  env = await startCognitoEnv();
});
afterAll(() => env?.stop());

/** A confirmed user signed in with a password: its access token. */
async function signedInUser(clientId = env.clientId, userPoolId = env.userPoolId) {
  const username = uniqueUsername('pk');
  await cognitoCall(env.url, 'SignUp', {
    ClientId: clientId,
    Username: username,
    Password: 'Passw0rd!',
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
  });
  await cognitoCall(env.url, 'AdminConfirmSignUp', { UserPoolId: userPoolId, Username: username });
  const { AuthenticationResult } = await cognitoCall(env.url, 'InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: 'Passw0rd!' },
  });
  return { username, accessToken: AuthenticationResult.AccessToken as string };
}

const start = async (accessToken: string) =>
  (await cognitoCall(env.url, 'StartWebAuthnRegistration', { AccessToken: accessToken }))
    .CredentialCreationOptions;
const complete = (accessToken: string, credential: unknown) =>
  cognitoCall(env.url, 'CompleteWebAuthnRegistration', {
    AccessToken: accessToken,
    Credential: credential,
  });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (error: { code?: string }) => error.code,
  );

describe('the local Cognito’s passkeys', () => {
  it('registers a packed self-attested passkey, lists it, and signs in with it alone (USER_AUTH, WEB_AUTHN)', async () => {
    const { username, accessToken } = await signedInUser();
    const device = authenticator();
    const options = await start(accessToken);
    expect(options).toMatchObject({
      rp: { id: 'localhost' },
      user: { name: username },
      pubKeyCredParams: expect.arrayContaining([{ type: 'public-key', alg: -7 }]),
      excludeCredentials: [],
    });
    expect(await complete(accessToken, device.register(options))).toEqual({});
    const { Credentials } = await cognitoCall(env.url, 'ListWebAuthnCredentials', {
      AccessToken: accessToken,
    });
    expect(Credentials).toEqual([
      expect.objectContaining({ CredentialId: device.id, RelyingPartyId: 'localhost' }),
    ]);
    // The next registration excludes it.
    expect((await start(accessToken)).excludeCredentials).toEqual([
      { type: 'public-key', id: device.id, transports: ['internal'] },
    ]);

    const challenge = await cognitoCall(env.url, 'InitiateAuth', {
      ClientId: env.clientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: 'WEB_AUTHN' },
    });
    expect(challenge.ChallengeName).toBe('WEB_AUTHN');
    const request = JSON.parse(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS);
    expect(request.allowCredentials).toEqual([expect.objectContaining({ id: device.id })]);
    const respond = (session: string, assertion: unknown) =>
      cognitoCall(env.url, 'RespondToAuthChallenge', {
        ClientId: env.clientId,
        ChallengeName: 'WEB_AUTHN',
        Session: session,
        ChallengeResponses: { USERNAME: username, CREDENTIAL: JSON.stringify(assertion) },
      });
    const answer = await respond(challenge.Session, device.assert(request));
    expect(answer.AuthenticationResult.AccessToken).toEqual(expect.any(String));
    // The Session is single use.
    expect(await codeOf(respond(challenge.Session, device.assert(request)))).toBe(
      'NotAuthorizedException',
    );
  });

  it("the creation options it answers keep the page's rules (the step hands them to the device)", async () => {
    const { username, accessToken } = await signedInUser();
    const device = authenticator();
    const expected = { usernames: [username], hostname: 'localhost' };
    const first = await start(accessToken);
    const checked = toCreationOptions(first, expected);
    expect(checked.user.name).toBe(username);
    expect(checked.challenge.byteLength).toBeGreaterThanOrEqual(16);
    expect(await complete(accessToken, device.register(first))).toEqual({});
    // With a passkey to exclude, still within the rules.
    expect(toCreationOptions(await start(accessToken), expected).excludeCredentials).toHaveLength(
      1,
    );
  });

  it('registers with `none` attestation too', async () => {
    const { accessToken } = await signedInUser();
    const device = authenticator();
    expect(
      await complete(accessToken, device.register(await start(accessToken), { fmt: 'none' })),
    ).toEqual({});
  });

  it('refuses what Cognito refuses: a spent challenge, another type or origin, a bad attestation, a bad token', async () => {
    const { accessToken } = await signedInUser();
    const device = authenticator();
    let options = await start(accessToken);
    expect(
      await codeOf(
        complete(accessToken, device.register(options, { origin: 'https://evil.example' })),
      ),
    ).toBe('WebAuthnOriginNotAllowedException');
    // The challenge went with the failed attempt: single use.
    expect(await codeOf(complete(accessToken, device.register(options)))).toBe(
      'WebAuthnChallengeNotFoundException',
    );
    options = await start(accessToken);
    expect(
      await codeOf(complete(accessToken, device.register(options, { type: 'webauthn.get' }))),
    ).toBe('InvalidParameterException');
    options = await start(accessToken);
    expect(
      await codeOf(complete(accessToken, device.register(options, { badSignature: true }))),
    ).toBe('InvalidParameterException');
    options = await start(accessToken);
    expect(
      await codeOf(complete(accessToken, { ...device.register(options), id: 'another' })),
    ).toBe('InvalidParameterException');
    expect(await codeOf(start(`${accessToken}x`))).toBe('NotAuthorizedException');
    expect(await codeOf(start('not-a-token'))).toBe('NotAuthorizedException');
    const { Credentials } = await cognitoCall(env.url, 'ListWebAuthnCredentials', {
      AccessToken: accessToken,
    });
    expect(Credentials).toEqual([]);
  });

  it('refuses an assertion signed by another key', async () => {
    const { username, accessToken } = await signedInUser();
    const device = authenticator();
    await complete(accessToken, device.register(await start(accessToken)));
    const challenge = await cognitoCall(env.url, 'InitiateAuth', {
      ClientId: env.clientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: 'WEB_AUTHN' },
    });
    const request = JSON.parse(challenge.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS);
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(
      await codeOf(
        cognitoCall(env.url, 'RespondToAuthChallenge', {
          ClientId: env.clientId,
          ChallengeName: 'WEB_AUTHN',
          Session: challenge.Session,
          ChallengeResponses: {
            USERNAME: username,
            CREDENTIAL: JSON.stringify(device.assert(request, stranger)),
          },
        }),
      ),
    ).toBe('NotAuthorizedException');
  });

  it('names what the pool lacks: WEB_AUTHN among the first factors, then a relying party', async () => {
    const { UserPool } = await cognitoCall(env.url, 'CreateUserPool', {
      PoolName: uniqueUsername('nopasskeys'),
      SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] },
    });
    const clientId = await ensureClient(env.url, UserPool.Id, 'web', [
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_USER_AUTH',
    ]);
    const { accessToken } = await signedInUser(clientId, UserPool.Id);
    expect(await codeOf(start(accessToken))).toBe('WebAuthnNotEnabledException');
    const { UserPool: second } = await cognitoCall(env.url, 'CreateUserPool', {
      PoolName: uniqueUsername('norp'),
      SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] },
    });
    const secondClient = await ensureClient(env.url, second.Id, 'web', [
      'ALLOW_USER_PASSWORD_AUTH',
    ]);
    const other = await signedInUser(secondClient, second.Id);
    expect(await codeOf(start(other.accessToken))).toBe('WebAuthnConfigurationMissingException');
  });
});
