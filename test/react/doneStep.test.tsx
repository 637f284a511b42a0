import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AutoSignIn } from '../../src/core/index.ts';
import {
  ConfirmSignUpForm,
  SignUp,
  SignUpDone,
  SignUpForm,
  SignUpProvider,
} from '../../src/index.ts';
import { autoSignIn } from '../../src/sign-in.ts';
import { createFakeTransport } from '../../src/testing.ts';

// The done and signed-in steps: the app's action (doneAction), and no welcome before the app's
// own page when onSignedIn moves on.

const transport = () =>
  createFakeTransport({ SignUp: { UserConfirmed: false, UserSub: 'sub' }, ConfirmSignUp: {} });

/** Auto sign-in that signs `ada` in at once, with auto sign-in's messages. */
const signsIn: AutoSignIn = Object.assign(
  (async ({ username }) => ({
    signedIn: { username, tokens: { idToken: 'id', accessToken: 'access' } },
  })) as AutoSignIn,
  { messages: autoSignIn().messages },
);

/** Signs `ada` up and confirms; resolves once Confirm is clicked. */
async function signUpAndConfirm() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Username'), 'ada');
  await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await user.type(await screen.findByLabelText('Confirmation code'), '123456');
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  return user;
}

describe('doneAction', () => {
  it('draws your link on the done step, below the message', async () => {
    render(
      <SignUp
        clientId="client"
        transport={transport()}
        doneAction={<a href="/sign-in">Sign in</a>}
      />,
    );
    await signUpAndConfirm();
    await screen.findByRole('heading', { name: 'You are all set' });
    const link = screen.getByRole('link', { name: 'Sign in' });
    expect(link).toHaveAttribute('href', '/sign-in');
    expect(link.closest('.rcs-done-action')?.parentElement).toHaveClass('rcs-done');
  });

  it('draws your button on the signed-in step, with onSignedIn and no handOff: the welcome shows', async () => {
    const onClick = vi.fn();
    const onSignedIn = vi.fn();
    render(
      <SignUp
        clientId="client"
        transport={transport()}
        autoSignIn={signsIn}
        onSignedIn={onSignedIn}
        doneAction={
          <button type="button" onClick={onClick}>
            Continue
          </button>
        }
      />,
    );
    const user = await signUpAndConfirm();
    await screen.findByRole('heading', { name: 'Welcome' });
    expect(screen.getByText(/signed in as ada/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('is a part prop too: <SignUpDone action> in composed parts', async () => {
    render(
      <SignUpProvider clientId="client" transport={transport()}>
        <SignUpForm />
        <ConfirmSignUpForm />
        <SignUpDone action={<a href="/app">Open the app</a>} />
      </SignUpProvider>,
    );
    expect(screen.queryByRole('link', { name: 'Open the app' })).toBeNull();
    await signUpAndConfirm();
    expect(await screen.findByRole('link', { name: 'Open the app' })).toHaveAttribute(
      'href',
      '/app',
    );
  });
});

describe('handOff: onSignedIn moves on', () => {
  it('renders no welcome after sign-in: the card is busy and empty until the app navigates', async () => {
    // What an app's router.push would leave on screen: every render of the card, recorded.
    const seen: string[] = [];
    const onSignedIn = vi.fn(() => {
      seen.push(document.querySelector('.rcs')?.textContent ?? '');
    });
    render(
      <SignUp
        clientId="client"
        transport={transport()}
        autoSignIn={signsIn}
        onSignedIn={onSignedIn}
        handOff
      />,
    );
    const observer = new MutationObserver(() =>
      seen.push(document.querySelector('.rcs')?.textContent ?? ''),
    );
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await signUpAndConfirm();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    const root = document.querySelector('.rcs') as HTMLElement;
    await waitFor(() => expect(root).toHaveAttribute('aria-busy', 'true'));
    observer.disconnect();
    expect(root).toHaveAttribute('data-step', 'signedIn');
    expect(root.textContent).toBe('');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(seen.filter((text) => /Welcome|signed in as/.test(text))).toEqual([]);
  });

  it('shows the welcome without handOff, onSignedIn or not (no dead end for a page that stays)', async () => {
    const onSignedIn = vi.fn();
    render(
      <SignUp
        clientId="client"
        transport={transport()}
        autoSignIn={signsIn}
        onSignedIn={onSignedIn}
      />,
    );
    await signUpAndConfirm();
    expect(await screen.findByRole('heading', { name: 'Welcome' })).toBeInTheDocument();
    expect(document.querySelector('.rcs')).not.toHaveAttribute('aria-busy');
  });
});
