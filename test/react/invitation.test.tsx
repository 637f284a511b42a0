import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SignUp, type SignUpProps, valuesFromUrl } from '../../src/index.ts';
import { createFakeTransport } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';
import { expectNoAxeViolations } from './axe.ts';

// Invitations: values from the link's address, a field shown but not changeable, a token that
// is never shown and goes to ValidationData.

const INVITE = 'https://app.example/signup?email=ana%40example.com&invite=tok-123&admin=true';

/** The fields of an invitation: the email it was sent to, locked; its token, hidden. */
const FIELDS: SignUpProps['fields'] = [
  { name: 'email', required: true, readOnly: true },
  { name: 'invite', kind: 'hidden', destination: 'validationData' },
];

function renderInvitation(href = INVITE, props: Partial<SignUpProps> = {}) {
  const transport = createFakeTransport({ SignUp: unconfirmed });
  const user = userEvent.setup();
  const view = render(
    <SignUp
      clientId="client1"
      transport={transport}
      fields={FIELDS}
      defaultValues={valuesFromUrl(['email', 'invite'], { href })}
      {...props}
    />,
  );
  return { transport, user, ...view };
}

describe('valuesFromUrl', () => {
  it('takes only the allowed parameters, from the query or the fragment', () => {
    expect(valuesFromUrl(['email', 'invite'], { href: INVITE })).toEqual({
      email: 'ana@example.com',
      invite: 'tok-123',
    });
    expect(
      valuesFromUrl(['email'], {
        href: 'https://app.example/#email=bo%40example.com',
        in: 'fragment',
      }),
    ).toEqual({ email: 'bo@example.com' });
    expect(valuesFromUrl(['email'], { href: 'https://app.example/signup' })).toEqual({});
    expect(valuesFromUrl({ username: 'email' }, { href: INVITE })).toEqual({
      username: 'ana@example.com',
    });
  });
});

describe('an invitation', () => {
  it('prefills and locks the email, hides the token, and sends both', async () => {
    const { transport, user, container } = renderInvitation();
    const email = screen.getByLabelText('Email');
    expect(email).toHaveValue('ana@example.com');
    expect(email).toHaveAttribute('readonly');
    expect(email).toHaveAttribute('aria-readonly', 'true');
    await user.type(email, 'x');
    expect(email).toHaveValue('ana@example.com');
    // The token is in no field a person sees or a screen reader reads.
    expect(screen.queryByDisplayValue('tok-123')).not.toBeVisible();
    expect(screen.queryByRole('textbox', { name: /invite/i })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.type(screen.getByLabelText('Username'), 'ana');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    expect(transport.calls[0]?.request).toMatchObject({
      Username: 'ana',
      UserAttributes: [{ Name: 'email', Value: 'ana@example.com' }],
      ValidationData: [{ Name: 'invite', Value: 'tok-123' }],
    });
  });

  it('locks the email where the email is the username', async () => {
    const transport = createFakeTransport({ SignUp: unconfirmed });
    render(
      <SignUp
        clientId="client1"
        usernameMode="email"
        transport={transport}
        fields={[{ name: 'username', readOnly: true }]}
        defaultValues={valuesFromUrl({ username: 'email' }, { href: INVITE })}
      />,
    );
    const email = screen.getByLabelText('Email');
    expect(email).toHaveValue('ana@example.com');
    expect(email).toHaveAttribute('aria-readonly', 'true');
  });

  it('shows an invalid prefilled value on its field at once, with what to do', async () => {
    renderInvitation('https://app.example/signup?email=not-an-email&invite=tok');
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById(`${email.id}-error`)?.textContent).toMatch(/email/i);
  });
});
