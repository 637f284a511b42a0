import { describe, expect, it, vi } from 'vitest';
import {
  advancedSecurityData,
  buildConfirmSignUpRequest,
  buildResendConfirmationCodeRequest,
  buildSignUpRequest,
  confirmSignUp,
  resendConfirmationCode,
  signUp,
} from '../../src/core/index.ts';
import { createFakeTransport } from '../../src/testing.ts';

const globalWithCollector = globalThis as { AmazonCognitoAdvancedSecurityData?: unknown };

describe('request building', () => {
  it('puts every SignUp field on the wire under its service name', () => {
    const request = buildSignUpRequest(
      'client1',
      {
        username: 'alice',
        password: 'Passw0rd!',
        attributes: { email: 'a@example.com', 'custom:plan': 'pro' },
        validationData: { terms: 'accepted' },
        clientMetadata: { referral: 'FRIEND' },
        analyticsEndpointId: 'endpoint-1',
      },
      { secretHash: 'hash=', userContextData: { EncodedData: 'enc' } },
    );
    expect(request).toEqual({
      ClientId: 'client1',
      SecretHash: 'hash=',
      Username: 'alice',
      Password: 'Passw0rd!',
      UserAttributes: [
        { Name: 'email', Value: 'a@example.com' },
        { Name: 'custom:plan', Value: 'pro' },
      ],
      ValidationData: [{ Name: 'terms', Value: 'accepted' }],
      AnalyticsMetadata: { AnalyticsEndpointId: 'endpoint-1' },
      UserContextData: { EncodedData: 'enc' },
      ClientMetadata: { referral: 'FRIEND' },
    });
  });

  it('leaves out what was not given, and empty lists and maps', () => {
    expect(
      buildSignUpRequest('c', { username: 'u', password: 'p', attributes: {}, clientMetadata: {} }),
    ).toEqual({ ClientId: 'c', Username: 'u', Password: 'p' });
  });

  it('accepts attributes as a name/value list too', () => {
    const request = buildSignUpRequest('c', {
      username: 'u',
      password: 'p',
      attributes: [{ Name: 'email', Value: 'e@x.io' }],
    });
    expect(request.UserAttributes).toEqual([{ Name: 'email', Value: 'e@x.io' }]);
  });

  it('builds ConfirmSignUp with every field', () => {
    expect(
      buildConfirmSignUpRequest(
        'c',
        {
          username: 'u',
          code: '123456',
          forceAliasCreation: true,
          session: 's'.repeat(20),
          clientMetadata: { a: 'b' },
          analyticsEndpointId: 'e',
        },
        { secretHash: 'h', userContextData: { IpAddress: '127.0.0.1' } },
      ),
    ).toEqual({
      ClientId: 'c',
      SecretHash: 'h',
      Username: 'u',
      ConfirmationCode: '123456',
      ForceAliasCreation: true,
      AnalyticsMetadata: { AnalyticsEndpointId: 'e' },
      UserContextData: { IpAddress: '127.0.0.1' },
      ClientMetadata: { a: 'b' },
      Session: 's'.repeat(20),
    });
  });

  it('builds ResendConfirmationCode with every field', () => {
    expect(
      buildResendConfirmationCodeRequest(
        'c',
        { username: 'u', clientMetadata: { a: 'b' }, analyticsEndpointId: 'e' },
        { secretHash: 'h', userContextData: { EncodedData: 'x' } },
      ),
    ).toEqual({
      ClientId: 'c',
      SecretHash: 'h',
      Username: 'u',
      AnalyticsMetadata: { AnalyticsEndpointId: 'e' },
      UserContextData: { EncodedData: 'x' },
      ClientMetadata: { a: 'b' },
    });
  });
});

describe('operations', () => {
  const answer = {
    UserConfirmed: false,
    UserSub: 'sub-1',
    CodeDeliveryDetails: {
      Destination: 'a***@e***',
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    },
    Session: 'session-token',
  } as const;

  it('signUp sends one request and returns every response field', async () => {
    const transport = createFakeTransport({ SignUp: answer });
    const result = await signUp(
      { clientId: 'c', transport, getSecretHash: (u) => `hash${u}=` },
      { username: 'alice', password: 'Passw0rd!' },
    );
    expect(result).toEqual(answer);
    expect(transport.calls).toHaveLength(1);
    expect(transport.calls[0]?.request).toMatchObject({ SecretHash: 'hashalice=' });
  });

  it('takes UserContextData from the advanced-security collector when asked to', async () => {
    const seen: unknown[] = [];
    globalWithCollector.AmazonCognitoAdvancedSecurityData = {
      getData: (...args: unknown[]) => {
        seen.push(args);
        return 'encoded-fingerprint';
      },
    };
    try {
      const transport = createFakeTransport({ SignUp: answer });
      const config = { clientId: 'c', userPoolId: 'us-east-1_Pool', transport };
      const input = { username: 'alice', password: 'Passw0rd!' };
      await signUp({ ...config, userContextData: advancedSecurityData }, input);
      // Only when asked: the collector on the page alone sends nothing.
      await signUp(config, input);
      expect(seen).toEqual([['alice', 'us-east-1_Pool', 'c']]);
      expect(transport.calls[0]?.request).toMatchObject({
        UserContextData: { EncodedData: 'encoded-fingerprint' },
      });
      expect(transport.calls[1]?.request).not.toHaveProperty('UserContextData');
    } finally {
      delete globalWithCollector.AmazonCognitoAdvancedSecurityData;
    }
  });

  it('never sends UserContextData empty, nor fails with a failing collector', async () => {
    for (const getData of [
      () => '',
      () => {
        throw new Error('collector broke');
      },
    ]) {
      globalWithCollector.AmazonCognitoAdvancedSecurityData = { getData };
      try {
        const transport = createFakeTransport({ SignUp: answer });
        const config = { clientId: 'c', userPoolId: 'us-east-1_Pool', transport };
        await signUp(
          { ...config, userContextData: advancedSecurityData },
          { username: 'alice', password: 'Passw0rd!' },
        );
        expect(transport.calls[0]?.request).not.toHaveProperty('UserContextData');
      } finally {
        delete globalWithCollector.AmazonCognitoAdvancedSecurityData;
      }
    }
    const transport = createFakeTransport({ SignUp: answer });
    for (const data of [{}, { EncodedData: '', IpAddress: '' }]) {
      await signUp(
        { clientId: 'c', transport, userContextData: () => data },
        { username: 'alice', password: 'Passw0rd!' },
      );
    }
    for (const call of transport.calls) expect(call.request).not.toHaveProperty('UserContextData');
  });

  it('takes UserContextData from a callback, and sends none when told not to', async () => {
    const transport = createFakeTransport({ SignUp: answer });
    await signUp(
      { clientId: 'c', transport, userContextData: ({ username }) => `data-for-${username}` },
      { username: 'alice', password: 'Passw0rd!' },
    );
    globalWithCollector.AmazonCognitoAdvancedSecurityData = { getData: () => 'x' };
    try {
      await signUp(
        { clientId: 'c', userPoolId: 'us-east-1_P', transport, userContextData: false },
        { username: 'alice', password: 'Passw0rd!' },
      );
    } finally {
      delete globalWithCollector.AmazonCognitoAdvancedSecurityData;
    }
    expect(transport.calls[0]?.request).toMatchObject({
      UserContextData: { EncodedData: 'data-for-alice' },
    });
    expect(transport.calls[1]?.request).not.toHaveProperty('UserContextData');
  });

  it("tells the developer that 'auto' is no source any more, and sends none", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    globalWithCollector.AmazonCognitoAdvancedSecurityData = { getData: () => 'x' };
    try {
      const transport = createFakeTransport({ SignUp: answer });
      await signUp(
        { clientId: 'c', userPoolId: 'us-east-1_P', transport, userContextData: 'auto' as never },
        { username: 'alice', password: 'Passw0rd!' },
      );
      expect(transport.calls[0]?.request).not.toHaveProperty('UserContextData');
      expect(error).toHaveBeenCalledWith(expect.stringContaining('advancedSecurityData'));
    } finally {
      delete globalWithCollector.AmazonCognitoAdvancedSecurityData;
      error.mockRestore();
    }
  });

  it('confirmSignUp and resendConfirmationCode return every response field', async () => {
    const transport = createFakeTransport({
      ConfirmSignUp: { Session: 'next' },
      ResendConfirmationCode: {
        CodeDeliveryDetails: {
          Destination: '+*******0100',
          DeliveryMedium: 'SMS',
          AttributeName: 'phone_number',
        },
      },
    });
    await expect(
      confirmSignUp({ clientId: 'c', transport }, { username: 'u', code: '1' }),
    ).resolves.toEqual({
      Session: 'next',
    });
    await expect(
      resendConfirmationCode({ clientId: 'c', transport }, { username: 'u' }),
    ).resolves.toEqual({
      CodeDeliveryDetails: {
        Destination: '+*******0100',
        DeliveryMedium: 'SMS',
        AttributeName: 'phone_number',
      },
    });
  });

  it('rejects a SignUp answer without UserSub as InvalidResponseError', async () => {
    const transport = createFakeTransport({ SignUp: {} as never });
    await expect(
      signUp({ clientId: 'c', transport }, { username: 'u', password: 'p' }),
    ).rejects.toMatchObject({
      code: 'InvalidResponseError',
    });
  });
});
