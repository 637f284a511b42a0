// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// The built package, typed by its sources (dist/ exists only after the global setup's build).
const DIST = '../../dist/index.js';
const { SignUp }: typeof import('../../src/index.ts') = await import(/* @vite-ignore */ DIST);

describe('hydration of the built package', () => {
  it('hydrates the server HTML of <SignUp> without a warning', async () => {
    const element = (
      <SignUp
        clientId="abc123"
        userPoolId="us-east-1_Example"
        fields={[
          'email',
          'given_name',
          { name: 'custom:plan', kind: 'select', options: [{ value: 'pro' }] },
        ]}
        confirmPassword
      />
    );
    const html = renderToString(element);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: recoverable });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(container.querySelector('form')).toHaveAttribute('method', 'dialog');
    expect(container.querySelector('input[autocomplete="new-password"]')).not.toBeNull();
  });
});
