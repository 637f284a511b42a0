import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoCall } from '../../dev/local-cognito.mjs';
import { signUp } from '../../src/core/index.ts';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';

const CONCURRENT = 100;
let env: CognitoEnv;

beforeAll(async () => {
  env = await startCognitoEnv();
});
afterAll(() => env?.stop());

describe('load', () => {
  it(`signs up ${CONCURRENT} users at once, each exactly once and retrievable`, async () => {
    const config = {
      clientId: env.clientId,
      userPoolId: env.userPoolId,
      endpoint: env.url,
      timeoutMs: 20_000,
    };
    const usernames = Array.from({ length: CONCURRENT }, () => uniqueUsername('load'));
    const started = performance.now();
    const results = await Promise.allSettled(
      usernames.map((username) =>
        signUp(config, {
          username,
          password: 'Passw0rd!',
          attributes: { email: `${username}@example.com` },
        }),
      ),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toEqual([]);
    const subs = new Set(results.map((r) => (r.status === 'fulfilled' ? r.value.UserSub : '')));
    expect(subs.size).toBe(CONCURRENT);

    const { Users = [] } = await cognitoCall(env.cognito.url, 'ListUsers', {
      UserPoolId: env.userPoolId,
    });
    const stored = (Users as Array<{ Username: string }>).map((u) => u.Username);
    for (const username of usernames) expect(stored.filter((u) => u === username)).toHaveLength(1);
    for (const username of usernames.slice(0, 10))
      expect((await env.user(username))?.UserStatus).toBe('UNCONFIRMED');
    console.info(
      `load: ${CONCURRENT} concurrent sign-ups, ${CONCURRENT - failed.length} created, ${stored.length} users stored, ${Math.round(performance.now() - started)} ms`,
    );
  });
});
