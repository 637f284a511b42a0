import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CognitoConfig,
  confirmSignUp,
  resendConfirmationCode,
  signUp,
} from '../../src/core/index.ts';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';

let env: CognitoEnv;
let config: CognitoConfig;
const PASSWORD = 'Passw0rd!';

beforeAll(async () => {
  env = await startCognitoEnv();
  config = { clientId: env.clientId, userPoolId: env.userPoolId, endpoint: env.url };
});
afterAll(() => env?.stop());

function attributesOf(user: Record<string, unknown> | undefined) {
  const list = (user?.UserAttributes ?? []) as Array<{ Name: string; Value: string }>;
  return Object.fromEntries(list.map((a) => [a.Name, a.Value]));
}

describe('core against a real cognito-local', () => {
  it('accepts a sign-up with all nine fields and stores the attributes', async () => {
    const username = uniqueUsername('nine');
    const result = await signUp(
      { ...config, getSecretHash: () => 'c2VjcmV0aGFzaA==', userContextData: () => 'encoded-data' },
      {
        username,
        password: PASSWORD,
        attributes: { email: `${username}@example.com`, given_name: 'Ada', 'custom:plan': 'pro' },
        validationData: { terms: 'accepted' },
        clientMetadata: { referral: 'FRIEND42' },
        analyticsEndpointId: 'endpoint-1',
      },
    );
    expect(result.UserConfirmed).toBe(false);
    expect(result.UserSub).toMatch(/[0-9a-f-]{36}/);
    expect(result.CodeDeliveryDetails).toMatchObject({
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });

    const user = await env.user(username);
    expect(user?.UserStatus).toBe('UNCONFIRMED');
    expect(attributesOf(user)).toMatchObject({
      email: `${username}@example.com`,
      given_name: 'Ada',
      'custom:plan': 'pro',
      sub: result.UserSub,
    });
    const preSignUp = env.triggers.calls.find(
      (c) => c.name === 'PreSignUp' && c.event.userName === username,
    );
    expect(preSignUp?.event.request.clientMetadata).toEqual({ referral: 'FRIEND42' });
  });

  it('answers a duplicate username with UsernameExistsException on the username', async () => {
    const username = uniqueUsername('dup');
    await signUp(config, { username, password: PASSWORD, attributes: { email: 'd@example.com' } });
    await expect(
      signUp(config, { username, password: PASSWORD, attributes: { email: 'd@example.com' } }),
    ).rejects.toMatchObject({ code: 'UsernameExistsException', field: 'username' });
  });

  it('confirms with the real code; a wrong code is CodeMismatchException', async () => {
    const username = uniqueUsername('confirm');
    await signUp(config, { username, password: PASSWORD, attributes: { email: 'c@example.com' } });
    const code = env.code(username);
    expect(code).toMatch(/^\d{6}$/);
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(confirmSignUp(config, { username, code: wrong })).rejects.toMatchObject({
      code: 'CodeMismatchException',
      field: 'code',
    });
    await confirmSignUp(config, { username, code: code as string });
    expect((await env.user(username))?.UserStatus).toBe('CONFIRMED');
  });

  it('resends a new code: the new one works, the old one fails', async () => {
    const username = uniqueUsername('resend');
    await signUp(config, { username, password: PASSWORD, attributes: { email: 'r@example.com' } });
    const oldCode = env.code(username) as string;
    const resent = await resendConfirmationCode(config, { username });
    expect(resent.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL' });
    let newCode = env.code(username) as string;
    // A 1-in-a-million collision would make the test meaningless: resend again.
    if (newCode === oldCode) {
      await resendConfirmationCode(config, { username });
      newCode = env.code(username) as string;
    }
    expect(newCode).not.toBe(oldCode);
    await expect(confirmSignUp(config, { username, code: oldCode })).rejects.toMatchObject({
      code: 'CodeMismatchException',
    });
    await confirmSignUp(config, { username, code: newCode });
    expect((await env.user(username))?.UserStatus).toBe('CONFIRMED');
  });

  it("surfaces a PreSignUp rejection with the Lambda's message", async () => {
    env.triggers.rejectPreSignUp('Sign-ups from this domain are closed');
    try {
      const username = uniqueUsername('rejected');
      await expect(
        signUp(config, { username, password: PASSWORD, attributes: { email: 'x@example.com' } }),
      ).rejects.toMatchObject({
        code: 'UserLambdaValidationException',
        lambdaMessage: 'Sign-ups from this domain are closed',
      });
      expect(await env.user(username)).toBeUndefined();
    } finally {
      env.triggers.rejectPreSignUp(null);
    }
  });

  it('reports an aborted call as AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      signUp(
        config,
        { username: uniqueUsername(), password: PASSWORD },
        { signal: controller.signal },
      ),
    ).rejects.toMatchObject({ code: 'AbortError' });
  });

  it('reports a stopped server as NetworkError', async () => {
    const other = await startCognitoEnv();
    const stoppedConfig = { ...config, clientId: other.clientId, endpoint: other.url };
    await other.stop();
    await expect(
      signUp(stoppedConfig, { username: uniqueUsername(), password: PASSWORD }),
    ).rejects.toMatchObject({ code: 'NetworkError' });
  });
});
