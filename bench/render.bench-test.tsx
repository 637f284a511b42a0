// Render cost, counted with React's <Profiler>: run by `npm run bench` (bench/run.mjs), not by
// `npm test`. Counts are deterministic; no timing is asserted anywhere.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { afterAll, afterEach, it } from 'vitest';
import { SignUp } from '../src/index.ts';
import { phone } from '../src/phone.ts';
import { createFakeTransport } from '../src/testing.ts';

const results: Record<string, Record<string, number>> = {};
afterEach(cleanup);

function counter() {
  const commits: Record<string, number> = {};
  const onRender: ProfilerOnRenderCallback = (id) => {
    commits[id] = (commits[id] ?? 0) + 1;
  };
  return { commits, onRender };
}

/** <SignUp> with a Profiler around each field; the header counts renders of <SignUp> itself. */
function setup() {
  const { commits, onRender } = counter();
  const transport = createFakeTransport({ SignUp: { UserConfirmed: false, UserSub: 's' } });
  let rootRenders = 0;
  const Header = () => {
    rootRenders += 1;
    return <h2>Sign up</h2>;
  };
  render(
    <SignUp
      clientId="c"
      transport={transport}
      fields={['email', 'phone_number']}
      phone={phone}
      components={{ Header }}
      renderField={(field, node: ReactNode) => (
        <Profiler id={field.field.name} onRender={onRender}>
          {node}
        </Profiler>
      )}
    />,
  );
  return { commits, root: () => rootRenders, transport };
}

async function typing(label: RegExp, name: string, text: string) {
  const user = userEvent.setup();
  const { commits, root } = setup();
  await waitFor(() => expect(screen.getByLabelText('Country')).toBeTruthy());
  // Let the lazily loaded country list settle before counting.
  await new Promise((r) => setTimeout(r, 300));
  for (const key of Object.keys(commits)) delete commits[key];
  const before = root();
  await user.type(screen.getByLabelText(label), text);
  const perField = Object.fromEntries(
    Object.entries(commits).map(([k, v]) => [k, v / text.length]),
  );
  results[`typing:${name}`] = { root: (root() - before) / text.length, ...perField };
}

it('typing 50 characters into a plain field', async () => {
  await typing(/^Email/, 'email', `${'a'.repeat(44)}@x.com`);
});

it('typing 50 characters into the password field', async () => {
  await typing(/^Password$/, 'password', 'Passw0rd!'.repeat(6).slice(0, 50));
});

it('typing 50 characters into the phone field', async () => {
  await typing(/^Phone number/, 'phone_number', '2015550123'.repeat(5));
});

it('submitting the form', async () => {
  const user = userEvent.setup();
  const { commits, root, transport } = setup();
  await user.type(screen.getByLabelText('Username'), 'ada');
  await user.type(screen.getByLabelText('Password'), 'Passw0rd!');
  for (const key of Object.keys(commits)) delete commits[key];
  const before = root();
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await waitFor(() => expect(transport.calls.length).toBe(1));
  await screen.findByLabelText('Confirmation code');
  results.submit = { root: root() - before, ...commits };
});

afterAll(() => {
  mkdirSync('bench/.results', { recursive: true });
  writeFileSync('bench/.results/render.json', JSON.stringify(results, null, 2));
});

function expect(value: unknown) {
  return {
    toBeTruthy() {
      if (!value) throw new Error('expected a value');
    },
    toBe(other: unknown) {
      if (value !== other) throw new Error(`expected ${String(value)} to be ${String(other)}`);
    },
  };
}
