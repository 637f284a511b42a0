import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SignUp, type SignUpProps } from '../../src/index.ts';
import { createFakeTransport } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';
import { expectNoAxeViolations } from './axe.ts';

// Consent that is recorded: a required box whose label carries links (drawn as elements, no
// HTML string), refused with its own words, recorded as what was accepted and when.

const TERMS: SignUpProps['fields'] = [
  {
    name: 'custom:terms',
    kind: 'checkbox',
    required: true,
    label: { en: 'I accept the {terms} and the {privacy}' },
    links: {
      terms: { href: 'https://app.example/terms', label: 'terms of service' },
      privacy: { href: '/privacy', label: 'privacy policy' },
    },
    consent: { version: 'terms-2026-12' },
  },
];

function renderConsent(fields = TERMS) {
  const transport = createFakeTransport({ SignUp: unconfirmed });
  const user = userEvent.setup();
  const view = render(<SignUp clientId="client1" transport={transport} fields={fields} />);
  return { transport, user, ...view };
}

async function fillAndSubmit(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Username'), 'ana');
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('a consent box', () => {
  it('draws its label’s links as links, named as a person reads them', async () => {
    const { container } = renderConsent();
    const box = screen.getByRole('checkbox', {
      name: 'I accept the terms of service and the privacy policy',
    });
    expect(box).toBeRequired();
    expect(screen.getByRole('link', { name: 'terms of service' })).toHaveAttribute(
      'href',
      'https://app.example/terms',
    );
    expect(screen.getByRole('link', { name: 'privacy policy' })).toHaveAttribute(
      'href',
      '/privacy',
    );
    await expectNoAxeViolations(container);
  });

  it('refused: its own words, and nothing is sent', async () => {
    const { user, transport } = renderConsent();
    await fillAndSubmit(user);
    const box = screen.getByRole('checkbox');
    await waitFor(() => expect(box).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById(`${box.id}-error`)).toHaveTextContent(
      'Accept this to create your account.',
    );
    expect(transport.calls).toEqual([]);
  });

  it('accepted: records the version and the time where the field says', async () => {
    const { user, transport } = renderConsent();
    await user.click(screen.getByRole('checkbox'));
    const before = Date.now();
    await fillAndSubmit(user);
    await waitFor(() => expect(transport.calls).toHaveLength(1));
    const request = transport.calls[0]?.request as
      | { UserAttributes?: Array<{ Name: string; Value: string }> }
      | undefined;
    const record = request?.UserAttributes?.find((a) => a.Name === 'custom:terms')?.Value ?? '';
    const [version, when] = record.split(' ');
    expect(version).toBe('terms-2026-12');
    expect(Date.parse(when ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('draws a link of another scheme as text, never as a link', () => {
    renderConsent([
      {
        name: 'custom:terms',
        kind: 'checkbox',
        required: true,
        label: 'I accept the {terms}',
        links: { terms: { href: 'javascript:alert(1)', label: 'terms' } },
        consent: { version: '1' },
      },
    ]);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
