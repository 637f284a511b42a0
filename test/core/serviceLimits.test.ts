import { describe, expect, it, vi } from 'vitest';
import {
  assertConfig,
  type CognitoConfig,
  confirmSignUp,
  resendConfirmationCode,
  type SignUpError,
  type SignUpInput,
  signUp,
} from '../../src/core/index.ts';
import { createFakeTransport } from '../../src/testing.ts';

const valid: SignUpInput = { username: 'alice', password: 'Passw0rd!' };

/** Sends `input` through a fake transport and returns the error and the number of requests. */
async function attempt(input: Partial<SignUpInput>, config: Partial<CognitoConfig> = {}) {
  const transport = createFakeTransport({ SignUp: { UserConfirmed: false, UserSub: 's' } });
  const error = await signUp(
    { clientId: 'client', transport, ...config },
    { ...valid, ...input },
  ).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, requests: transport.calls.length };
}

const cases: Array<
  [string, Partial<SignUpInput>, Partial<CognitoConfig>, string | undefined, string]
> = [
  ['empty username', { username: '' }, {}, 'username', 'validation.required'],
  ['username over 128', { username: 'u'.repeat(129) }, {}, 'username', 'validation.tooLong'],
  ['username with a space', { username: 'al ice' }, {}, 'username', 'validation.pattern'],
  [
    'username with a control character',
    { username: 'al\u0007ice' },
    {},
    'username',
    'validation.pattern',
  ],
  [
    'username with a lone surrogate',
    { username: 'al\ud800ice' },
    {},
    'username',
    'validation.pattern',
  ],
  ['empty password', { password: '' }, {}, 'password', 'validation.required'],
  ['password over 256', { password: 'P'.repeat(257) }, {}, 'password', 'validation.tooLong'],
  [
    'password with a leading space',
    { password: ' Passw0rd!' },
    {},
    'password',
    'validation.whitespace',
  ],
  [
    'password with a trailing tab',
    { password: 'Passw0rd!\t' },
    {},
    'password',
    'validation.whitespace',
  ],
  [
    'attribute name over 32',
    { attributes: { ['a'.repeat(33)]: 'x' } },
    {},
    'a'.repeat(33),
    'validation.tooLong',
  ],
  [
    'custom attribute name over 20 after the prefix',
    { attributes: { [`custom:${'c'.repeat(21)}`]: 'x' } },
    {},
    `custom:${'c'.repeat(21)}`,
    'validation.tooLong',
  ],
  [
    'empty attribute name',
    { attributes: [{ Name: '', Value: 'x' }] },
    {},
    '',
    'validation.required',
  ],
  [
    // The current model's AttributeNameType allows spaces, tabs and line breaks; not a NUL.
    'attribute name with a control character',
    { attributes: { 'given\u0000name': 'x' } },
    {},
    'given\u0000name',
    'validation.pattern',
  ],
  [
    'attribute value over 2048',
    { attributes: { email: 'e'.repeat(2049) } },
    {},
    'email',
    'validation.tooLong',
  ],
  [
    'ValidationData value over 2048',
    { validationData: { terms: 't'.repeat(2049) } },
    {},
    'terms',
    'validation.tooLong',
  ],
  [
    'ValidationData name over 32',
    { validationData: { ['v'.repeat(33)]: 'x' } },
    {},
    'v'.repeat(33),
    'validation.tooLong',
  ],
  [
    'ClientMetadata value over 131072',
    { clientMetadata: { k: 'x'.repeat(131_073) } },
    {},
    'k',
    'validation.tooLong',
  ],
  [
    'analytics id over 131072',
    { analyticsEndpointId: 'x'.repeat(131_073) },
    {},
    'analyticsMetadata',
    'validation.tooLong',
  ],
  ['empty client id', {}, { clientId: '' }, undefined, 'error.ConfigurationError'],
  // The developer's to fix: a configuration error (the user sees "not set up correctly").
  ['client id with a dash', {}, { clientId: 'abc-def' }, undefined, 'error.ConfigurationError'],
  ['client id over 128', {}, { clientId: 'c'.repeat(129) }, undefined, 'error.ConfigurationError'],
  [
    'secret hash with a dash',
    {},
    { getSecretHash: () => 'a-b' },
    'secretHash',
    'validation.pattern',
  ],
  [
    'secret hash over 128',
    {},
    { getSecretHash: () => 'h'.repeat(129) },
    'secretHash',
    'validation.tooLong',
  ],
  [
    'user context data over 131072',
    {},
    { userContextData: () => 'x'.repeat(131_073) },
    'userContextData',
    'validation.tooLong',
  ],
];

describe('service limits', () => {
  it.each(cases)('refuses %s with no request', async (_name, input, config, field, key) => {
    const { error, requests } = await attempt(input, config);
    expect(requests).toBe(0);
    expect(error).toMatchObject({ field, messageKey: key });
  });

  it('accepts values right at the limits', async () => {
    const { error, requests } = await attempt(
      {
        username: 'u'.repeat(128),
        password: `P a${'s'.repeat(253)}`,
        attributes: { [`custom:${'c'.repeat(20)}`]: 'v'.repeat(2048), ['n'.repeat(32)]: '' },
        clientMetadata: { k: 'x'.repeat(131_072) },
      },
      { clientId: 'c'.repeat(128), getSecretHash: () => `${'h'.repeat(127)}=` },
    );
    expect(error).toBeUndefined();
    expect(requests).toBe(1);
  });

  it('accepts Unicode letters, marks, symbols and punctuation in a username', async () => {
    const { error } = await attempt({ username: 'Zoë_山田+tag@例え.jp' });
    expect(error).toBeUndefined();
  });

  it('refuses a duplicate attribute name', async () => {
    const { error, requests } = await attempt({
      attributes: [
        { Name: 'email', Value: 'a@x.io' },
        { Name: 'email', Value: 'b@x.io' },
      ],
    });
    expect(requests).toBe(0);
    expect(error).toMatchObject({ code: 'ValidationError', field: 'email' });
  });

  it('refuses a bad confirmation code and an over-long session without a request', async () => {
    const transport = createFakeTransport();
    const config = { clientId: 'c', transport };
    for (const code of ['', '12 34', 'x'.repeat(2049)]) {
      await expect(confirmSignUp(config, { username: 'u', code })).rejects.toMatchObject({
        code: 'ValidationError',
        field: 'code',
      });
    }
    await expect(
      confirmSignUp(config, { username: 'u', code: '1', session: 's'.repeat(2049) }),
    ).rejects.toMatchObject({ field: 'session' });
    await expect(resendConfirmationCode(config, { username: 'a b' })).rejects.toMatchObject({
      field: 'username',
    });
    expect(transport.calls).toHaveLength(0);
  });

  it('are checked in development only: a production build leaves them to Cognito', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      for (const input of [
        { username: 'al ice' },
        { clientMetadata: { k: 'x'.repeat(131_073) } },
      ]) {
        const { error, requests } = await attempt(input);
        expect(error).toBeUndefined();
        expect(requests).toBe(1);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('asks for no secret hash while the input itself is invalid', async () => {
    let asked = 0;
    const { error } = await attempt({ username: '' }, { getSecretHash: () => `${++asked}` });
    expect(error).toMatchObject({ field: 'username' });
    expect(asked).toBe(0);
  });
});

describe('configuration', () => {
  it('refuses a client secret with an explanation, before any request', async () => {
    const transport = createFakeTransport();
    const config = { clientId: 'c', transport, clientSecret: 'shh' } as unknown as CognitoConfig;
    const error = await signUp(config, valid).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ConfigurationError' });
    expect((error as Error).message).toMatch(/secret/i);
    expect((error as Error).message).toMatch(/getSecretHash/);
    expect((error as Error).message).not.toContain('shh');
    expect(transport.calls).toHaveLength(0);
  });

  it('refuses a user pool id Cognito would not write, or one of another region than `region`', () => {
    const refused = (config: Partial<CognitoConfig>) => {
      try {
        assertConfig({ clientId: 'c', ...config });
        return undefined;
      } catch (error) {
        return (error as SignUpError).code;
      }
    };
    for (const userPoolId of ['eu-west-1', 'eu-west-1_', 'eu west 1_abc', 'eu-west-1_a.b', '']) {
      expect(refused({ userPoolId }), userPoolId).toBe('ConfigurationError');
    }
    expect(refused({ userPoolId: 'eu-west-1_AbCdEf', region: 'us-east-1' })).toBe(
      'ConfigurationError',
    );
    expect(refused({ userPoolId: 'eu-west-1_AbCdEf', region: 'eu-west-1' })).toBeUndefined();
    expect(refused({ userPoolId: 'eu-west-1_AbCdEf' })).toBeUndefined();
    expect(
      refused({ userPoolId: 'eusc-de-east-1_AbCdEf', region: 'eusc-de-east-1' }),
    ).toBeUndefined();
    // An endpoint of your own (cognito-local, a proxy) serves pools of any name and region.
    const local = { endpoint: 'http://127.0.0.1:9229/', region: 'local' };
    expect(refused({ ...local, userPoolId: 'local_5ay8HD9q' })).toBeUndefined();
    expect(refused({ ...local, userPoolId: 'local 5ay8' })).toBe('ConfigurationError');
  });

  it('says that a local pool needs an endpoint when its id names no region', () => {
    let error: unknown;
    try {
      assertConfig({ clientId: 'c', userPoolId: 'local_5ay8HD9q' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'ConfigurationError' });
    expect((error as Error).message).toContain('local_5ay8HD9q');
    expect((error as Error).message).toMatch(/needs endpoint/);
    expect((error as Error).message).not.toMatch(/pass userPoolId/);
  });

  it('needs a region, an endpoint, a transport, or a pool id that names the region', async () => {
    await expect(signUp({ clientId: 'c' }, valid)).rejects.toMatchObject({
      code: 'ConfigurationError',
    });
    await expect(signUp({ clientId: 'c', userPoolId: 'local_abc' }, valid)).rejects.toMatchObject({
      code: 'ConfigurationError',
    });
  });
});
