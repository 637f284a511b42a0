import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { checkBreachedPassword } from '../../src/breached-password.ts';
import type { SignUpRequest } from '../../src/core/index.ts';
import { de } from '../../src/core/locales/de.ts';
import { SignUp, type SignUpProps } from '../../src/index.ts';
import { createFakeTransport } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';
import { BREACHED, rangeServerPerFile } from '../rangeServer.ts';

// The check in the form: looked up on blur and at submit, never per keystroke; block stops
// SignUp on the password field, warn says it once; a failed lookup lets the person through.

const range = rangeServerPerFile();

function renderSignUp(props: Partial<SignUpProps> = {}) {
  const transport = createFakeTransport({ SignUp: unconfirmed });
  const user = userEvent.setup();
  render(
    <SignUp
      clientId="client1"
      region="us-east-1"
      transport={transport}
      breachedPassword={checkBreachedPassword({ endpoint: range().url, onError() {} })}
      {...props}
    />,
  );
  const signUps = () => transport.calls.filter((c) => c.operation === 'SignUp');
  return { user, signUps };
}

const password = () => screen.getByLabelText('Password', { exact: true });
const submit = () => screen.getByRole('button', { name: 'Create account' });
const checklistItem = (text: string) =>
  within(screen.getByRole('list', { name: 'Password requirements' })).queryByText(text);
const BREACH = 'This password appeared in a data breach. Choose another one.';

describe('breached-password check in <SignUp>', () => {
  it('sends nothing per keystroke, before or after a failed submit', async () => {
    const { user } = renderSignUp();
    await user.type(password(), BREACHED);
    expect(range().requests).toHaveLength(0);
    // A submit with the username missing revalidates on every change from then on.
    await user.click(submit());
    // On the password field: its error, in its description.
    await waitFor(() => expect(password()).toHaveAccessibleDescription(new RegExp(BREACH)));
    expect(password()).toHaveAttribute('aria-invalid', 'true');
    expect(range().requests).toHaveLength(1);
    await user.type(password(), 'x');
    await user.type(password(), '{Backspace}');
    await user.type(password(), 'abc');
    expect(screen.getByText('This field is required.')).toBeVisible();
    expect(range().requests).toHaveLength(1);
  });

  it('block: blur shows the breach on the password field; submit sends no SignUp; the same password is looked up once', async () => {
    const { user, signUps } = renderSignUp();
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(password(), BREACHED);
    await user.tab();
    // Found once the field was left: said by the polite region (focus is elsewhere), and shown
    // on the field as its error.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(BREACH));
    const error = screen.getAllByText(BREACH).find((el) => !el.closest('[role="status"]'));
    expect(error).toBeVisible();
    expect(password()).toHaveAttribute('aria-invalid', 'true');
    expect(password().getAttribute('aria-describedby')).toContain(error?.id);
    expect(password()).toHaveAccessibleDescription(new RegExp(BREACH));
    expect(checklistItem('Not found in known data breaches')?.closest('li')).toHaveAttribute(
      'data-met',
      'false',
    );
    await user.click(submit());
    await user.click(submit());
    expect(password()).toHaveFocus();
    expect(signUps()).toHaveLength(0);
    expect(range().requests).toHaveLength(1);
    // Another password: the error goes, and it passes.
    await user.clear(password());
    await user.type(password(), PASSWORD);
    await user.click(submit());
    await screen.findByLabelText('Confirmation code');
    expect(signUps()).toHaveLength(1);
    expect(signUps().map((c) => (c.request as SignUpRequest).Password)).toEqual([PASSWORD]);
  });

  it('block at submit without a blur (Enter in the password field)', async () => {
    const { user, signUps } = renderSignUp();
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(password(), `${BREACHED}{Enter}`);
    await screen.findByText('This password appeared in a data breach. Choose another one.');
    expect(password()).toHaveFocus();
    expect(signUps()).toHaveLength(0);
  });

  it('warn: said once with the count, then the next submit goes on', async () => {
    const { user, signUps } = renderSignUp({
      breachedPassword: checkBreachedPassword({ endpoint: range().url, mode: 'warn' }),
    });
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(password(), 'P@ssw0rd123{Enter}');
    await screen.findByText(
      'This password appeared 58,000 times in data breaches. Choose another one, or submit again to keep it.',
    );
    expect(signUps()).toHaveLength(0);
    await user.click(submit());
    await screen.findByLabelText('Confirmation code');
    expect(signUps()).toHaveLength(1);
    expect(range().requests).toHaveLength(1);
  });

  it('a clean password passes, looked up once for blur and submit, and the checklist says so', async () => {
    const { user, signUps } = renderSignUp();
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(password(), PASSWORD);
    expect(checklistItem('Not found in known data breaches')).toBeNull();
    await user.tab();
    await waitFor(() =>
      expect(checklistItem('Not found in known data breaches')?.closest('li')).toHaveAttribute(
        'data-met',
        'true',
      ),
    );
    await user.click(submit());
    await screen.findByLabelText('Confirmation code');
    expect(signUps()).toHaveLength(1);
    expect(range().requests).toHaveLength(1);
  });

  it('forgets the password once SignUp went through: after Start over it is looked up again', async () => {
    const { user, signUps } = renderSignUp();
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(password(), PASSWORD);
    await user.tab();
    await waitFor(() =>
      expect(checklistItem('Not found in known data breaches')?.closest('li')).toHaveAttribute(
        'data-met',
        'true',
      ),
    );
    await user.click(submit());
    await screen.findByLabelText('Confirmation code');
    expect(signUps()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    // The same password again: the check knows nothing of it until it is looked up again.
    await user.type(password(), PASSWORD);
    expect(checklistItem('Not found in known data breaches')).toBeNull();
    expect(range().requests).toHaveLength(1);
    await user.tab();
    await waitFor(() => expect(range().requests).toHaveLength(2));
    await waitFor(() =>
      expect(checklistItem('Not found in known data breaches')?.closest('li')).toHaveAttribute(
        'data-met',
        'true',
      ),
    );
  });

  it('a failing lookup (500) lets the person sign up (fail-open)', async () => {
    range().setFault('status500');
    const { user, signUps } = renderSignUp();
    await user.type(screen.getByLabelText('Username'), 'ada');
    await user.type(password(), `${BREACHED}{Enter}`);
    await screen.findByLabelText('Confirmation code');
    expect(signUps()).toHaveLength(1);
  });

  it('speaks the catalog’s language', async () => {
    const { user } = renderSignUp({ catalog: de });
    await user.type(screen.getByLabelText('Passwort', { exact: true }), `${BREACHED}`);
    await user.tab();
    const text = 'Dieses Passwort ist in einem Datenleck aufgetaucht. Wählen Sie ein anderes.';
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));
    expect(screen.getByLabelText('Passwort', { exact: true })).toHaveAccessibleDescription(
      new RegExp(text),
    );
  });
});
