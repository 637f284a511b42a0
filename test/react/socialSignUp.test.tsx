import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../src/core/locales/de.ts';
import type { PasskeyOffer } from '../../src/core/passkey/index.ts';
import type { SignUpProps } from '../../src/index.ts';
import { PasskeyPrompt } from '../../src/passkey.ts';
import { phone } from '../../src/phone.ts';
import { SocialSignUp, type SocialSignUpOptions } from '../../src/social.ts';
import { createFakeTransport, type FakeHandlers } from '../../src/testing.ts';
import { PASSWORD, unconfirmed } from '../fixtures/signUp.ts';
import { MapStorage } from '../mapStorage.ts';
import { expectNoAxeViolations } from './axe.ts';

// <SocialSignUp>: what a person sees and can do, in jsdom; the token endpoint is a stubbed
// fetch, Cognito a fake transport (the real round trip runs in Chromium: e2e/social.test.ts).

const POOL = 'us-east-1_Pool';
const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${POOL}`;
const DOMAIN = 'myapp.auth.us-east-1.amazoncognito.com';
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown>) =>
  `${base64url({ alg: 'RS256' })}.${base64url(claims)}.signature`;

function tokens(idClaims: Record<string, unknown> = {}) {
  const common = { sub: 'sub-1001', iss: ISSUER, exp: Math.floor(Date.now() / 1000) + 3600 };
  return {
    id_token: jwt({
      ...common,
      token_use: 'id',
      aud: 'client1',
      'cognito:username': 'Google_1001',
      ...idClaims,
    }),
    access_token: jwt({
      ...common,
      token_use: 'access',
      client_id: 'client1',
      username: 'Google_1001',
    }),
    refresh_token: 'refresh',
    expires_in: 3600,
  };
}

let tokenAnswer: () => Promise<Response>;
const fetched: string[] = [];
beforeEach(() => {
  window.history.replaceState(null, '', '/signup');
  sessionStorage.clear();
  fetched.length = 0;
  tokenAnswer = async () => new Response(JSON.stringify(tokens()), { status: 200 });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      return tokenAnswer();
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** What the page's alerts say: the form's alert region is there, empty, all along. */
const alertsSaid = () =>
  screen
    .queryAllByRole('alert')
    .map((alert) => alert.textContent)
    .filter(Boolean);

function renderSignUp(
  options: Partial<SocialSignUpOptions> = {},
  handlers: FakeHandlers = {},
  props: Partial<SignUpProps> = {},
) {
  const navigate = vi.fn();
  const onSignedIn = vi.fn();
  const onError = vi.fn();
  const social: SocialSignUpOptions = {
    domain: DOMAIN,
    providers: ['Google', 'SignInWithApple'],
    storage: new MapStorage(),
    navigate,
    ...options,
  };
  const view = render(
    <SocialSignUp
      clientId="client1"
      userPoolId={POOL}
      usernameMode="email"
      transport={createFakeTransport(handlers)}
      social={social}
      onSignedIn={onSignedIn}
      onError={onError}
      {...props}
    />,
  );
  return { ...view, navigate, onSignedIn, onError };
}

/** Starts with Google, then comes back to /signup with `params` (default: a code and the state). */
async function backFromGoogle(params?: (state: string) => Record<string, string>) {
  const first = renderSignUp();
  await userEvent.click(screen.getByRole('button', { name: 'Continue with Google' }));
  await waitFor(() => expect(first.navigate).toHaveBeenCalled());
  const state = new URL(first.navigate.mock.calls[0]?.[0] as string).searchParams.get('state');
  first.unmount();
  const query = new URLSearchParams(
    params?.(state as string) ?? { code: 'c1', state: state as string },
  );
  window.history.replaceState(null, '', `/signup?${query}`);
}

describe('<SocialSignUp>', () => {
  it('offers the providers between the title and the form, with an "or" divider, and axe finds nothing', async () => {
    const { container } = renderSignUp();
    const google = screen.getByRole('button', { name: 'Continue with Google' });
    const apple = screen.getByRole('button', { name: 'Continue with Apple' });
    const heading = screen.getByRole('heading', { level: 2 });
    const email = screen.getByLabelText('Email');
    const follows = (a: Node, b: Node) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
    expect(follows(heading, google)).toBeTruthy();
    expect(follows(apple, email)).toBeTruthy();
    expect(screen.getByText('or')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('"Continue with Google" goes to the pool domain with PKCE, and nothing else is sent', async () => {
    const { navigate } = renderSignUp();
    await userEvent.click(screen.getByRole('button', { name: 'Continue with Google' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const url = new URL(navigate.mock.calls[0]?.[0] as string);
    expect(url.origin).toBe(`https://${DOMAIN}`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(fetched).toEqual([]);
  });

  it('back from Google: the code leaves the address bar, then "Welcome", signed in', async () => {
    await backFromGoogle();
    const { onSignedIn } = renderSignUp();
    expect(window.location.search).toBe('');
    expect(await screen.findByRole('heading', { name: 'Welcome' })).toBeInTheDocument();
    expect(screen.getByText(/signed in as Google_1001/)).toBeInTheDocument();
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(fetched).toEqual([`https://${DOMAIN}/oauth2/token`]);
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
  });

  it('a cancel at Google: said in words, the buttons and the form still there', async () => {
    await backFromGoogle((state) => ({ error: 'access_denied', state }));
    renderSignUp();
    await waitFor(() =>
      expect(alertsSaid()).toEqual([expect.stringContaining('Sign-in with Google was cancelled')]),
    );
    expect(screen.getByRole('button', { name: 'Continue with Google' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
    expect(fetched).toEqual([]);
  });

  it('a forged state: refused in words, no token request', async () => {
    await backFromGoogle((state) => ({ code: 'c1', state: `${state}-forged` }));
    renderSignUp();
    await waitFor(() =>
      expect(alertsSaid()).toEqual([expect.stringContaining('could not be trusted')]),
    );
    expect(fetched).toEqual([]);
  });

  it('complete your profile: only the missing field, then signed in; its words in German too', async () => {
    await backFromGoogle();
    const handlers: FakeHandlers = {
      UpdateUserAttributes: {},
      InitiateAuth: {
        AuthenticationResult: {
          AccessToken: tokens().access_token,
          IdToken: tokens({ 'custom:plan': 'pro' }).id_token,
          ExpiresIn: 3600,
        },
      } as never,
    };
    const { container } = renderSignUp(
      {
        profileFields: [{ name: 'custom:plan', required: true, label: 'Plan' }],
      },
      handlers,
    );
    expect(await screen.findByRole('heading', { name: 'Complete your profile' })).toHaveFocus();
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByLabelText('Plan')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(screen.getByLabelText('Plan'), 'pro');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Welcome' })).toBeInTheDocument();
  });

  it("complete your profile: the app's renderField draws its fields as it draws the form's", async () => {
    await backFromGoogle();
    renderSignUp(
      { profileFields: [{ name: 'custom:plan', required: true, label: 'Plan' }] },
      {},
      {
        renderField: (field, defaultField) => (
          <div data-testid={`mine-${field.field.name}`}>{defaultField}</div>
        ),
      },
    );
    await screen.findByRole('heading', { name: 'Complete your profile' });
    expect(screen.getByTestId('mine-custom:plan')).toContainElement(screen.getByLabelText('Plan'));
  });

  it("complete your profile: a phone field speaks the phone support's English (the form's words)", async () => {
    await backFromGoogle();
    renderSignUp({ profileFields: [{ name: 'phone_number', required: true }] }, {}, { phone });
    await screen.findByRole('heading', { name: 'Complete your profile' });
    expect(await screen.findByRole('combobox', { name: 'Country' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('phone.');
  });

  it("the welcome after Google has the app's header, as after the form", async () => {
    await backFromGoogle();
    renderSignUp({}, {}, { components: { Header: () => <h2>Join Acme</h2> } });
    await screen.findByText(/signed in as Google_1001/);
    expect(screen.getByRole('heading', { name: 'Join Acme' })).toBeInTheDocument();
  });

  it("a provider's error is over once the form's sign-up goes on (no cancel notice at the code)", async () => {
    await backFromGoogle((state) => ({ error: 'access_denied', state }));
    const user = userEvent.setup();
    renderSignUp({}, { SignUp: unconfirmed });
    await waitFor(() => expect(alertsSaid()).toEqual([expect.stringContaining('cancelled')]));
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByLabelText(/Confirmation code/);
    expect(alertsSaid()).toEqual([]);
    await user.click(screen.getByRole('button', { name: /Start over/ }));
    await screen.findByLabelText('Email');
    expect(alertsSaid()).toEqual([]);
  });

  it('speaks German with the German catalog', () => {
    renderSignUp({}, {}, { catalog: de });
    expect(screen.getByRole('button', { name: 'Weiter mit Google' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-Mail-Adresse')).toBeInTheDocument();
  });

  it('signed in through Google in German: the welcome in the catalog', async () => {
    await backFromGoogle();
    renderSignUp({}, {}, { catalog: de });
    expect(await screen.findByRole('heading', { name: 'Willkommen' })).toBeInTheDocument();
  });

  it("keeps the app's header, footer and root attributes; the buttons follow the header", () => {
    const { container } = renderSignUp(
      {},
      {},
      {
        className: 'mine',
        'data-testid': 'card',
        components: {
          Header: () => <h1>Join us</h1>,
          Footer: () => <p>Have an account? Sign in</p>,
        },
      },
    );
    const card = screen.getByTestId('card');
    expect(card).toHaveClass('rcs', 'mine');
    expect(container.querySelectorAll('h2')).toHaveLength(0);
    const header = screen.getByRole('heading', { name: 'Join us' });
    const google = screen.getByRole('button', { name: 'Continue with Google' });
    expect(header.compareDocumentPosition(google) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Have an account? Sign in')).toBeInTheDocument();
  });

  it('"Sign up with the form instead": back to the form, focus on its title; the footer all along', async () => {
    await backFromGoogle();
    renderSignUp(
      { profileFields: [{ name: 'custom:plan', required: true, label: 'Plan' }] },
      {},
      { components: { Footer: ({ signUp }) => <p>Footer at {signUp.step}</p> } },
    );
    await screen.findByRole('heading', { name: 'Complete your profile' });
    expect(screen.getByText('Footer at signUp')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign up with the form instead' }));
    const title = await screen.findByRole('heading', { name: 'Create your account' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
    expect(screen.getByText('Footer at signUp')).toBeInTheDocument();
  });

  it('signed in through Google: doneAction below the welcome, as after the form', async () => {
    await backFromGoogle();
    renderSignUp({}, {}, { doneAction: <a href="/account">Go to your account</a> });
    await screen.findByRole('heading', { name: 'Welcome' });
    expect(screen.getByRole('link', { name: 'Go to your account' })).toBeInTheDocument();
  });

  it('signed in through Google with handOff: the card busy and empty until the app moves on', async () => {
    await backFromGoogle();
    const { onSignedIn } = renderSignUp({}, {}, { handOff: true, 'data-testid': 'card' });
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    const card = screen.getByTestId('card');
    await waitFor(() => expect(card).toHaveAttribute('aria-busy', 'true'));
    expect(card).toBeEmptyDOMElement();
  });

  it('signed in through Google: the passkey offer of `social.passkey` is drawn, in its words', async () => {
    await backFromGoogle();
    const offered = vi.fn();
    const state = { status: 'offered' as const };
    const passkey: PasskeyOffer = {
      messages: { 'passkey.add': 'Add a passkey' },
      async offer(request) {
        offered(request.username);
        return {
          getState: () => state,
          subscribe: () => () => {},
          register: async () => {},
          skip: () => {},
          abort: () => {},
          view: <PasskeyPrompt />,
        };
      },
    };
    renderSignUp({ passkey });
    await screen.findByRole('heading', { name: 'Welcome' });
    expect(offered).toHaveBeenCalledWith('Google_1001');
    expect(await screen.findByRole('button', { name: 'Add a passkey' })).toBeInTheDocument();
  });
});
