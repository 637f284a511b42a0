import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SignUpError } from '../../src/core/index.ts';
import { SignUp } from '../../src/index.ts';
import { createFakeTransport } from '../../src/testing.ts';

const PASSWORD = 'Un1que-Pa55word!';

/** Every string reachable from `value`: own properties, nested objects, the `cause` chain. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.getOwnPropertyNames(value).flatMap((k) =>
    strings((value as Record<string, unknown>)[k], seen),
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('security rules', () => {
  it('keeps the password out of every error, cause, log call and storage, whatever fails', async () => {
    const logged: unknown[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args) => logged.push(args)),
    );
    const errors: SignUpError[] = [];
    const answers = [
      () =>
        Promise.reject({
          __type: 'InvalidPasswordException',
          message: `Password ${PASSWORD} is too weak`,
        }),
      () =>
        Promise.reject({
          __type: 'UserLambdaValidationException',
          message: `PreSignUp failed with error ${PASSWORD}.`,
        }),
      () =>
        Promise.reject(
          Object.assign(new Error(`socket hang up ${PASSWORD}`), { code: 'NetworkError' }),
        ),
      () => Promise.reject(new TypeError(`Unexpected token in ${PASSWORD}`)),
      () => ({
        UserConfirmed: false,
        UserSub: 's',
        CodeDeliveryDetails: { Destination: 'a***', DeliveryMedium: 'EMAIL' as const },
      }),
    ];
    let call = 0;
    const transport = createFakeTransport({ SignUp: () => (answers[call++] as () => never)() });
    const user = userEvent.setup();
    render(<SignUp clientId="c" transport={transport} onError={(e) => errors.push(e)} />);
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    for (let i = 0; i < answers.length; i += 1) {
      await user.click(screen.getByRole('button', { name: 'Create account' }));
      await waitFor(() => expect(call).toBe(i + 1));
    }
    await screen.findByLabelText('Confirmation code');
    for (const spy of spies) spy.mockRestore();

    expect(errors).toHaveLength(4);
    for (const error of errors) {
      for (const text of strings(error)) expect(text).not.toContain(PASSWORD);
      expect(String(error)).not.toContain(PASSWORD);
    }
    expect(strings(logged).join('\n')).not.toContain(PASSWORD);
    expect(
      JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }),
    ).not.toContain(PASSWORD);
    expect(document.body.innerHTML).not.toContain(PASSWORD);
  });

  it('renders forms that never submit natively, marks the password as new, and stores no password on the confirm step', async () => {
    const transport = createFakeTransport({ SignUp: { UserConfirmed: false, UserSub: 's' } });
    const user = userEvent.setup();
    const { container } = render(<SignUp clientId="c" transport={transport} />);
    expect(container.querySelector('form')).toHaveAttribute('method', 'dialog');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByLabelText('Confirmation code')).toHaveAttribute(
      'autocomplete',
      'one-time-code',
    );
    expect(Object.values({ ...sessionStorage }).join('')).not.toContain(PASSWORD);
  });

  it('has no dangerouslySetInnerHTML, eval or new Function anywhere in src/', () => {
    const offenders = filesUnder(join(process.cwd(), 'src')).filter((file) =>
      /dangerouslySetInnerHTML|\beval\(|new Function\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
