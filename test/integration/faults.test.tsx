// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cognitoCall } from '../../dev/local-cognito.mjs';
import type { SignUpError } from '../../src/core/index.ts';
import { SignUp } from '../../src/index.ts';
import { type Fault, type FaultProxy, startFaultProxy } from './faultProxy.ts';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from './localCognito.ts';

const PASSWORD = 'Passw0rd!';
let env: CognitoEnv;
let proxy: FaultProxy;

beforeAll(async () => {
  env = await startCognitoEnv();
  proxy = await startFaultProxy(env.url, 1500);
});
afterAll(async () => {
  await proxy?.close();
  await env?.stop();
});

async function usersNamed(username: string): Promise<number> {
  const { Users = [] } = await cognitoCall(env.cognito.url, 'ListUsers', {
    UserPoolId: env.userPoolId,
  });
  return (Users as Array<{ Username: string }>).filter((u) => u.Username === username).length;
}

const FAULTS: Array<[Fault, string]> = [
  ['refuse', 'NetworkError'],
  ['reset', 'NetworkError'],
  ['html500', 'InvalidResponseError'],
  ['text400', 'InvalidResponseError'],
  ['throttle', 'TooManyRequestsException'],
  ['slow', 'TimeoutError'],
];

describe('faults between the form and a real cognito-local', () => {
  it.each(FAULTS)(
    '%s: a clear %s, nothing typed lost, and a retry creates exactly one user',
    async (fault, code) => {
      const onError = vi.fn();
      const user = userEvent.setup();
      const username = uniqueUsername(fault);
      render(
        <SignUp
          clientId={env.clientId}
          userPoolId={env.userPoolId}
          endpoint={proxy.url}
          timeoutMs={800}
          persist={false}
          fields={[{ name: 'email', required: true }]}
          onError={onError}
        />,
      );
      await user.type(screen.getByLabelText('Username'), username);
      await user.type(screen.getByLabelText('Email'), `${username}@example.com`);
      await user.type(screen.getByLabelText('Password'), PASSWORD);

      await proxy.set(fault);
      try {
        await user.click(screen.getByRole('button', { name: 'Create account' }));
        await waitFor(() => expect(onError).toHaveBeenCalled(), { timeout: 5000 });
        const error = onError.mock.calls[0]?.[0] as SignUpError;
        expect(error.code).toBe(code);
        // Said as an alert (focus stays on the submit button) and shown by the status box.
        const alert = screen.getByRole('alert');
        await waitFor(() => expect(alert.textContent).not.toBe(''));
        expect(alert.closest('.rcs-status')).toHaveAttribute('data-tone', 'error');
        expect(screen.getByLabelText('Username')).toHaveValue(username);
        expect(screen.getByLabelText('Email')).toHaveValue(`${username}@example.com`);
        expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);
      } finally {
        await proxy.set('pass');
      }
      // Let a slow answer that is still on its way arrive before retrying.
      if (fault === 'slow') await new Promise((r) => setTimeout(r, 1000));

      await user.click(screen.getByRole('button', { name: 'Create account' }));
      expect(
        await screen.findByLabelText('Confirmation code', {}, { timeout: 5000 }),
      ).toBeInTheDocument();
      expect(screen.getByLabelText('Confirmation code')).toHaveValue('');
      expect(await usersNamed(username)).toBe(1);
      console.info(`fault ${fault}: ${code}, retried, 1 user`);
    },
  );
});
