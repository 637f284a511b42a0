import { expect } from 'vitest';
import { createSignUpFlow, type SignUpFlow, type SignUpFlowOptions } from '../../src/core/index.ts';
import { PASSWORD } from '../fixtures/signUp.ts';
import type { CognitoEnv } from './localCognito.ts';

/** A flow against the local Cognito of `env`, through `clientId`, no persistence, no cooldown. */
export function flowAgainst(
  env: CognitoEnv,
  clientId: string,
  options: Partial<SignUpFlowOptions>,
): SignUpFlow {
  return createSignUpFlow({
    clientId,
    userPoolId: env.userPoolId,
    endpoint: env.url,
    persist: false,
    resendCooldown: 0,
    ...options,
  });
}

/** Signs up and confirms `username` (with an email) through `flow`, with the code `env` holds. */
export async function signUpAndConfirm(
  env: CognitoEnv,
  flow: SignUpFlow,
  username: string,
  password: string | undefined = PASSWORD,
): Promise<void> {
  await flow.signUp({
    username,
    ...(password === undefined ? {} : { password }),
    attributes: { email: `${username}@example.com` },
  });
  expect(flow.getState().step).toBe('confirm');
  await flow.confirm(env.code(username) as string);
}
