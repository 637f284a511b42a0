import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { de } from '../src/core/locales/de.ts';
import { SocialSignUp } from '../src/social.ts';
import { fakeCognito } from './fakeCognito.ts';

/** Where "Continue with …" would have gone: kept, not followed (Storybook stays on its page). */
const visited: string[] = [];

/**
 * `<SocialSignUp>` (`react-cognito-signup/social`): `<SignUp>` with "Continue with …" above the
 * form. The buttons lead to the user pool domain's authorize endpoint; here `navigate` keeps the
 * address instead of going there (the callback's steps run in the browser tests, against the
 * local Cognito and its Google stand-in).
 */
const meta = {
  title: 'SignUp/Social',
  component: SocialSignUp,
  args: {
    clientId: 'storybookclient',
    userPoolId: 'us-east-1_Storybook',
    usernameMode: 'email',
    transport: fakeCognito(),
    persist: false,
    social: {
      domain: 'storybook.auth.us-east-1.amazoncognito.com',
      providers: ['Google', 'SignInWithApple', { name: 'AcmeSSO', label: 'Acme' }],
      redirectUri: 'https://app.example/signup',
      navigate: (url: string) => void visited.push(url),
    },
  },
  argTypes: {
    transport: { table: { disable: true } },
    social: { table: { disable: true } },
    catalog: { table: { disable: true } },
  },
} satisfies Meta<typeof SocialSignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The providers between the title and the form; "Continue with Google" goes to the domain with PKCE. */
export const Buttons: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const google = canvas.getByRole('button', { name: 'Continue with Google' });
    await expect(canvas.getByRole('button', { name: 'Continue with Acme' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('Email')).toBeInTheDocument();
    const before = visited.length;
    await userEvent.click(google);
    await waitFor(() => expect(visited.length).toBe(before + 1));
    const url = new URL(visited.at(-1) as string);
    await expect(url.pathname).toBe('/oauth2/authorize');
    await expect(url.searchParams.get('identity_provider')).toBe('Google');
    await expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  },
};

/** Your header stays; the buttons follow it. */
export const WithYourHeader: Story = {
  args: {
    components: { Header: () => <h2 className="rcs-title">Join Acme</h2> },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Join Acme' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Continue with Google' })).toBeInTheDocument();
  },
};

/** The buttons and the divider in the card's language. */
export const German: Story = {
  args: { catalog: de },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Weiter mit Google' })).toBeInTheDocument();
    await expect(canvas.getByText('oder')).toBeInTheDocument();
  },
};
