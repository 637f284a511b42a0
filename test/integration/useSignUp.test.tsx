// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSignUp } from '../../src/react/useSignUp.ts';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';

let env: CognitoEnv;
beforeAll(async () => {
  env = await startCognitoEnv();
});
afterAll(() => env?.stop());

describe('useSignUp against a real cognito-local', () => {
  it('signs up, resends, confirms with the real new code, and ends done', async () => {
    const username = uniqueUsername('hook');
    const { result } = renderHook(() =>
      useSignUp({
        clientId: env.clientId,
        userPoolId: env.userPoolId,
        endpoint: env.url,
        fields: ['email', { name: 'custom:plan', kind: 'select', options: [{ value: 'pro' }] }],
        clientMetadata: { source: 'hook-test' },
        resendCooldown: 0,
      }),
    );
    act(() => {
      const { form } = result.current;
      form.setValue('username', username);
      form.setValue('email', `${username}@example.com`);
      form.setValue('custom:plan', 'pro');
      form.setValue('password', 'Passw0rd!');
    });
    await act(() => result.current.submit());
    await waitFor(() => expect(result.current.step).toBe('confirm'));
    expect(result.current.codeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL' });
    expect(result.current.form.getValues('password')).toBe('');

    const firstCode = env.code(username);
    await act(() => result.current.resend());
    await waitFor(() => expect(result.current.status).toBe('success'));
    const secondCode = env.code(username) as string;
    expect(secondCode).toMatch(/^\d{6}$/);

    if (firstCode !== secondCode) {
      await act(() => result.current.confirm(firstCode));
      await waitFor(() => expect(result.current.error?.code).toBe('CodeMismatchException'));
      expect(result.current.step).toBe('confirm');
    }
    await act(() => result.current.confirm(secondCode));
    await waitFor(() => expect(result.current.step).toBe('done'));
    const user = await env.user(username);
    expect(user?.UserStatus).toBe('CONFIRMED');
    expect(user?.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'email', Value: `${username}@example.com` },
        { Name: 'custom:plan', Value: 'pro' },
      ]),
    );
    const preSignUp = env.triggers.calls.find(
      (c) => c.name === 'PreSignUp' && c.event.userName === username,
    );
    expect(preSignUp?.event.request.clientMetadata).toEqual({ source: 'hook-test' });
  });
});
