import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignUpFlow, type SignUpFlowOptions, signUp } from '../../src/core/index.ts';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';

// The flow machine, with no React, against a real cognito-local (through the local Cognito's
// in-process additions: ResendConfirmationCode, and ConfirmSignUp's answers for unknown and
// already confirmed users as Cognito gives them).
let env: CognitoEnv;
beforeAll(async () => {
  env = await startCognitoEnv();
});
afterAll(() => env?.stop());

const PASSWORD = 'Passw0rd!';

function flowFor(options: Partial<SignUpFlowOptions> = {}) {
  return createSignUpFlow({
    clientId: env.clientId,
    userPoolId: env.userPoolId,
    endpoint: env.url,
    persist: false,
    resendCooldown: 0,
    ...options,
  });
}

/** An account left UNCONFIRMED by an earlier visit. */
async function unconfirmedAccount() {
  const username = uniqueUsername('flow');
  const config = { clientId: env.clientId, userPoolId: env.userPoolId, endpoint: env.url };
  await signUp(config, {
    username,
    password: PASSWORD,
    attributes: { email: `${username}@example.com` },
  });
  return username;
}

describe('the flow against a real cognito-local', () => {
  it('"I already have a code" finishes an account left unconfirmed, sending ClientMetadata along', async () => {
    const username = await unconfirmedAccount();
    const flow = flowFor({ clientMetadata: { source: 'flow-test' } });
    flow.startConfirmation(username);
    expect(flow.getState().step).toBe('confirm');
    await flow.resend();
    expect(flow.getState().notice?.key).toBe('confirm.resent');
    await flow.confirm(env.code(username) as string);
    expect(flow.getState().step).toBe('done');
    expect((await env.user(username))?.UserStatus).toBe('CONFIRMED');
    const postConfirmation = env.triggers.calls.find(
      (c) => c.name === 'PostConfirmation' && c.event.userName === username,
    );
    expect(postConfirmation?.event.request.clientMetadata).toEqual({ source: 'flow-test' });
  });

  it('a sign-up without the email the pool verifies lands on the email field, with its own message', async () => {
    const flow = flowFor({ signUpFields: ['username', 'email', 'password'] });
    await flow.signUp({ username: uniqueUsername('noemail'), password: PASSWORD });
    const { error, errorField, step } = flow.getState();
    expect(step).toBe('signUp');
    expect(error?.code).toBe('InvalidParameterException');
    expect(error?.messageKey).toBe('error.verifiedContactMissing');
    expect(errorField).toBe('email');
  });

  it('beforeSignUp adds a CAPTCHA token the pre sign-up trigger verifies, or cancels before anything is sent', async () => {
    const preSignUp = (username: string) =>
      env.triggers.calls.find((c) => c.name === 'PreSignUp' && c.event.userName === username);
    const withToken = (captchaToken: string) =>
      flowFor({
        beforeSignUp: async (input) => ({
          validationData: { captchaToken },
          clientMetadata: { attempt: String(input.username.length) },
        }),
      });

    const human = uniqueUsername('human');
    const passed = withToken(`local-captcha.${Date.now()}`);
    await passed.signUp({
      username: human,
      password: PASSWORD,
      attributes: { email: `${human}@example.com` },
      validationData: { terms: 'accepted' },
    });
    expect(passed.getState().step).toBe('confirm');
    expect(preSignUp(human)?.event.request.validationData).toEqual({
      terms: 'accepted',
      captchaToken: expect.stringMatching(/^local-captcha\./),
    });
    expect(preSignUp(human)?.event.request.clientMetadata).toEqual({
      attempt: String(human.length),
    });

    const bot = uniqueUsername('bot');
    const refused = withToken('forged');
    await refused.signUp({
      username: bot,
      password: PASSWORD,
      attributes: { email: `${bot}@example.com` },
    });
    expect(refused.getState().error?.code).toBe('UserLambdaValidationException');
    expect(refused.getState().error?.lambdaMessage).toMatch(/^Bot check failed/);
    expect(await env.user(bot)).toBeUndefined();

    const cancelled = uniqueUsername('cancel');
    const errors: string[] = [];
    const flow = flowFor({
      beforeSignUp: () => ({ cancel: 'Complete the check first.' }),
      onError: (error) => errors.push(error.code),
    });
    await flow.signUp({ username: cancelled, password: PASSWORD });
    expect(flow.getState().error).toMatchObject({
      code: 'SignUpCancelled',
      messageKey: 'error.SignUpCancelled',
      values: { message: 'Complete the check first.' },
    });
    expect(errors).toEqual(['SignUpCancelled']);
    expect(preSignUp(cancelled)).toBeUndefined();
    expect(await env.user(cancelled)).toBeUndefined();
  });

  it('shows UserNotFoundException on the confirm step at form level', async () => {
    const flow = flowFor();
    flow.startConfirmation(uniqueUsername('nobody'));
    await flow.confirm('123456');
    expect(flow.getState().error?.code).toBe('UserNotFoundException');
    expect(flow.getState().errorField).toBeUndefined();
    expect(flow.getState().step).toBe('confirm');
  });

  it('is done when ConfirmSignUp meets an account already confirmed (a lost answer, retried)', async () => {
    const username = await unconfirmedAccount();
    const code = env.code(username) as string;
    const first = flowFor();
    first.startConfirmation(username);
    await first.confirm(code);
    expect(first.getState().step).toBe('done');
    // The same confirmation again, as a retry after a lost answer would send it.
    const retry = flowFor();
    retry.startConfirmation(username);
    await retry.confirm(code);
    expect(retry.getState()).toMatchObject({ step: 'done', error: undefined });
  });

  it('is done when a resend meets an account already confirmed', async () => {
    const username = await unconfirmedAccount();
    const flow = flowFor();
    flow.startConfirmation(username);
    // Confirmed meanwhile, elsewhere (another tab, a link in the email).
    const other = flowFor();
    other.startConfirmation(username);
    await other.confirm(env.code(username) as string);
    await flow.resend();
    expect(flow.getState()).toMatchObject({ step: 'done', error: undefined });
  });

  it('signs up with fields as ClientMetadata and sends them again with the confirmation', async () => {
    const username = uniqueUsername('meta');
    const flow = flowFor({ clientMetadata: { source: 'flow-test' } });
    await flow.signUp({
      username,
      password: PASSWORD,
      attributes: { email: `${username}@example.com` },
      clientMetadata: { source: 'flow-test', referral: 'friend-1' },
    });
    expect(flow.getState().step).toBe('confirm');
    await flow.confirm(env.code(username) as string);
    expect(flow.getState().step).toBe('done');
    const postConfirmation = env.triggers.calls.find(
      (c) => c.name === 'PostConfirmation' && c.event.userName === username,
    );
    expect(postConfirmation?.event.request.clientMetadata).toEqual({
      source: 'flow-test',
      referral: 'friend-1',
    });
  });
});
