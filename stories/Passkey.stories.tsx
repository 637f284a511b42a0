import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { de } from '../src/core/locales/de.ts';
import { SignUp } from '../src/index.ts';
import type { FakeHandlers } from '../src/testing.ts';
import { type FakeDevice, fakeCognito, fakePasskeySignIn } from './fakeCognito.ts';
import { confirmCode, reachConfirm } from './play.ts';

/**
 * Creation options the step takes (it refuses a challenge under 16 bytes, another user's name,
 * another site's rp.id): Cognito-shaped, for `ada` at localhost.
 */
const START: FakeHandlers = {
  StartWebAuthnRegistration: {
    CredentialCreationOptions: {
      challenge: 'c3Rvcnlib29rLWNoYWxsZW5nZS0zMg',
      rp: { id: 'localhost', name: 'Storybook' },
      user: { id: 'AQID', name: 'ada', displayName: 'ada' },
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    },
  },
};
/** Auto sign-in offering the real step over the fake device and Cognito (with {@link START}). */
const passkeySignIn = (device?: FakeDevice, cognito: FakeHandlers = {}) =>
  fakePasskeySignIn(device, { ...START, ...cognito });

/**
 * The passkey step after auto sign-in (`autoSignIn({ passkey: offerPasskey() })`), one story per
 * state: the real step over a fake Cognito and a fake device (no WebAuthn, no network).
 */
const meta = {
  title: 'SignUp/Passkey',
  component: SignUp,
  args: {
    clientId: 'storybookclient',
    transport: fakeCognito(),
    persist: false,
    autoSignIn: passkeySignIn(),
  },
  argTypes: {
    transport: { table: { disable: true } },
    autoSignIn: { table: { disable: true } },
    catalog: { table: { disable: true } },
  },
} satisfies Meta<typeof SignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signs up, confirms, and waits for the offer. */
async function reachOffer(canvasElement: HTMLElement, heading = 'Welcome', add = 'Add a passkey') {
  await reachConfirm(canvasElement);
  await confirmCode(canvasElement, heading);
  await waitFor(() =>
    expect(within(canvasElement).getByRole('button', { name: add })).toBeInTheDocument(),
  );
}

/** Add a passkey, for the error the fake device or Cognito answers with. */
async function addAndFail(canvasElement: HTMLElement, text: RegExp) {
  await reachOffer(canvasElement);
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Add a passkey' }));
  // One alert says it (the form's alert region is there too, empty).
  await waitFor(() =>
    expect(
      within(canvasElement)
        .getAllByRole('alert')
        .map((alert) => alert.textContent)
        .filter(Boolean),
    ).toEqual([expect.stringMatching(text)]),
  );
}

/** Signed in: "Add a passkey" / "Not now". */
export const Offered: Story = {
  play: async ({ canvasElement }) => {
    await reachOffer(canvasElement);
    await expect(
      within(canvasElement).getByRole('button', { name: 'Not now' }),
    ).toBeInTheDocument();
  },
};

/** The device's prompt is open. */
export const Registering: Story = {
  args: { autoSignIn: passkeySignIn('hangs') },
  play: async ({ canvasElement }) => {
    await reachOffer(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add a passkey' }));
    await waitFor(() =>
      expect(canvas.getByText('Follow the prompt of your device or browser.')).toBeInTheDocument(),
    );
    await expect(canvas.getByRole('button', { name: 'Add a passkey' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** Added: said by the step's live region; focus goes to the step's title. */
export const Registered: Story = {
  play: async ({ canvasElement }) => {
    await reachOffer(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add a passkey' }));
    await waitFor(() =>
      expect(canvas.getByText('Passkey added. Next time, sign in with it.')).toHaveAttribute(
        'role',
        'status',
      ),
    );
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Welcome' })).toHaveFocus());
  },
};

/** "Not now": the person stays signed in. */
export const Skipped: Story = {
  play: async ({ canvasElement }) => {
    await reachOffer(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Not now' }));
    await expect(canvas.queryByRole('button', { name: 'Add a passkey' })).toBeNull();
    await expect(canvas.getByText(/signed in as ada/)).toBeInTheDocument();
  },
};

/** Cancelled or timed out (NotAllowedError): said neutrally (a status, not an alert), offered again. */
export const Cancelled: Story = {
  args: { autoSignIn: passkeySignIn('NotAllowedError') },
  play: async ({ canvasElement }) => {
    await reachOffer(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add a passkey' }));
    const note = await canvas.findByText(/No passkey was added: the prompt was cancelled/);
    await expect(note).toHaveAttribute('role', 'status');
    await expect(note).not.toHaveClass('rcs-error');
    await expect(canvas.getByRole('button', { name: 'Add a passkey' })).toBeInTheDocument();
  },
};

/** This device already has one (InvalidStateError): only "Continue". */
export const AlreadyRegistered: Story = {
  args: { autoSignIn: passkeySignIn('InvalidStateError') },
  play: async ({ canvasElement }) => {
    await addAndFail(canvasElement, /already has a passkey/);
    await expect(
      within(canvasElement).getByRole('button', { name: 'Continue' }),
    ).toBeInTheDocument();
  },
};

/** The pool or the relying party is not set up (WebAuthnNotEnabledException, SecurityError, …). */
export const Unavailable: Story = {
  args: {
    autoSignIn: passkeySignIn('creates', {
      StartWebAuthnRegistration: () => {
        throw { __type: 'WebAuthnNotEnabledException', message: 'WebAuthn is not enabled.' };
      },
    }),
  },
  play: ({ canvasElement }) => addAndFail(canvasElement, /not available here yet/),
};

/** The access token expired (NotAuthorizedException). */
export const Expired: Story = {
  args: {
    autoSignIn: passkeySignIn('creates', {
      StartWebAuthnRegistration: () => {
        throw { __type: 'NotAuthorizedException', message: 'Access Token has expired' };
      },
    }),
  },
  play: ({ canvasElement }) => addAndFail(canvasElement, /sign-in has expired/),
};

/** As many passkeys as the account can hold (LimitExceededException). */
export const LimitReached: Story = {
  args: {
    autoSignIn: passkeySignIn('creates', {
      StartWebAuthnRegistration: () => {
        throw { __type: 'LimitExceededException', message: 'Limit exceeded.' };
      },
    }),
  },
  play: ({ canvasElement }) => addAndFail(canvasElement, /as many passkeys as it can hold/),
};

/** Throttled (TooManyRequestsException): offered again. */
export const Throttled: Story = {
  args: {
    autoSignIn: passkeySignIn('creates', {
      StartWebAuthnRegistration: () => {
        throw { __type: 'TooManyRequestsException', message: 'Rate exceeded.' };
      },
    }),
  },
  play: ({ canvasElement }) => addAndFail(canvasElement, /Too many attempts/),
};

/** In German. */
export const German: Story = {
  args: { catalog: de, autoSignIn: passkeySignIn('NotAllowedError') },
};
