// A passkey right after sign-up, in Chromium with a virtual authenticator (DevTools protocol
// WebAuthn domain: ctap2, internal, user verification) against the local Cognito, on localhost
// (WebAuthn refuses an IP address as relying party).
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cognitoCall } from '../../dev/local-cognito.mjs';
import { uniqueUsername } from '../integration/localCognito.ts';
import {
  axeViolations,
  fillDemoSignUp,
  type Harness,
  screenshot,
  startHarness,
} from './harness.ts';

const PASSWORD = 'Passw0rd!';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
afterEach(() => {
  expect(h.takeCspViolations()).toEqual([]);
});

interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId?: string;
  privateKey: string;
  userHandle?: string;
  signCount: number;
}

/** A platform authenticator that verifies the user, on this page's tab. */
async function addAuthenticator(
  context: BrowserContext,
  page: Page,
  options: { isUserVerified?: boolean } = {},
): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: options.isUserVerified ?? true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

async function credentialsOf(cdp: CDPSession, authenticatorId: string) {
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  return credentials as VirtualCredential[];
}

/** Sign-up → real code → confirmed → signed in with the Session, at the demo (on localhost). */
async function signUpAndSignIn(page: Page, username: string, url = h.localhostUrl) {
  await page.goto(url);
  await fillDemoSignUp(page, username);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByLabel('Confirmation code').waitFor();
  await page.getByLabel('Confirmation code').fill(h.env.code(username) as string);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('heading', { name: 'Welcome' }).waitFor();
}

/** The access token the kit cached for `username` (amazon-cognito-identity-js's storage keys). */
function accessToken(page: Page, username: string): Promise<string> {
  const key = `CognitoIdentityServiceProvider.${h.env.clientId}.${username}.accessToken`;
  return page.evaluate((k) => localStorage.getItem(k) as string, key);
}

/** How many times the page called navigator.credentials.create (counted from the page's start). */
async function countCreates(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const container = navigator.credentials;
    const create = container.create.bind(container);
    Object.assign(window, { __creates: 0 });
    container.create = (options) => {
      (window as unknown as { __creates: number }).__creates += 1;
      return create(options);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __creates: number }).__creates);
}

/** The requests of one Cognito operation the page sends, as they are sent. */
function requestsOf(page: Page, operation: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['x-amz-target'] === `AWSCognitoIdentityProviderService.${operation}`)
      seen.push(request.url());
  });
  return seen;
}

/**
 * Holds the page's next `operation` request until `release()`: then it goes on to the local
 * Cognito, or (`forwardFirst`) it has reached it already and only its answer was held.
 */
function holdRequest(page: Page, operation: string, { forwardFirst = false } = {}) {
  let seen!: (request: Request) => void;
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let handled: Promise<void> = Promise.resolve();
  const held = {
    seen: new Promise<Request>((resolve) => {
      seen = resolve;
    }),
    /** Lets the request (or its answer) go, and waits until Playwright has handed it on. */
    release: async () => {
      release();
      await handled;
    },
  };
  const cognito = new URL(h.env.url).origin;
  void page.route(
    (url) => url.origin === cognito,
    async (route, request) => {
      if (request.headers()['x-amz-target'] !== `AWSCognitoIdentityProviderService.${operation}`)
        return route.fallback();
      handled = (async () => {
        const response = forwardFirst ? await route.fetch() : undefined;
        seen(request);
        await released;
        // A request the page has aborted meanwhile cannot be answered any more.
        await (response ? route.fulfill({ response }) : route.continue()).catch(() => {});
      })();
      await handled;
    },
  );
  return held;
}

const toBase64url = (base64: string) =>
  base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('a passkey after sign-up, in Chromium with a virtual authenticator', () => {
  it('adds a passkey after sign-up; the local Cognito keeps it; a new page signs in with it alone', async () => {
    const { page, context, console: lines } = await h.newPage();
    const { cdp, authenticatorId } = await addAuthenticator(context, page);
    const username = uniqueUsername('pk');
    await signUpAndSignIn(page, username);

    // The kit's prompt (the demo's account panel has an "Add a passkey" of its own).
    const kit = page.locator('.rcs');
    const add = kit.getByRole('button', { name: 'Add a passkey' });
    const notNow = kit.getByRole('button', { name: 'Not now' });
    await add.waitFor();
    await screenshot(page, 'passkey-1-offered');
    // What a person needs: both choices are real targets, side by side inside the card.
    const card = await page.locator('.rcs').boundingBox();
    for (const button of [add, notNow]) {
      const box = await button.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box && card && box.x >= card.x && box.x + box.width <= card.x + card.width).toBe(true);
    }
    expect(await page.getByText('Add a passkey, and next time sign in').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await add.click();
    await page.getByText('Passkey added. Next time, sign in with it.').waitFor();
    await screenshot(page, 'passkey-2-registered');
    expect(await notNow.count()).toBe(0);
    // Focus moved to the step's title (the live region says what happened), not lost with the button.
    const focused = await page.evaluate(() => ({
      title: document.activeElement?.matches('.rcs .rcs-title'),
      text: document.activeElement?.textContent,
    }));
    expect(focused).toEqual({ title: true, text: 'Welcome' });

    const [stored] = await credentialsOf(cdp, authenticatorId);
    expect(stored?.rpId).toBe('localhost');
    const listed = await cognitoCall(h.env.url, 'ListWebAuthnCredentials', {
      AccessToken: await accessToken(page, username),
    });
    expect(listed.Credentials).toHaveLength(1);
    expect(listed.Credentials[0].CredentialId).toBe(toBase64url(stored?.credentialId ?? ''));
    expect(listed.Credentials[0].RelyingPartyId).toBe('localhost');

    // The same device in a new page: the credential with its private key, nothing else.
    const fresh = await h.newPage();
    const device = await addAuthenticator(fresh.context, fresh.page);
    await device.cdp.send('WebAuthn.addCredential', {
      authenticatorId: device.authenticatorId,
      credential: stored as VirtualCredential,
    });
    await fresh.page.goto(h.localhostUrl);
    const signedIn = await fresh.page.evaluate(
      async ({ endpoint, clientId, username }) => {
        const call = async (operation: string, body: unknown) => {
          const response = await fetch(endpoint, {
            method: 'POST',
            headers: {
              'content-type': 'application/x-amz-json-1.1',
              'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
            },
            body: JSON.stringify(body),
          });
          return response.json();
        };
        const started = await call('InitiateAuth', {
          AuthFlow: 'USER_AUTH',
          ClientId: clientId,
          AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: 'WEB_AUTHN' },
        });
        const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(
          JSON.parse(started.ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS),
        );
        const assertion = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential;
        const answer = await call('RespondToAuthChallenge', {
          ClientId: clientId,
          ChallengeName: 'WEB_AUTHN',
          Session: started.Session,
          ChallengeResponses: {
            USERNAME: username,
            CREDENTIAL: JSON.stringify(assertion.toJSON()),
          },
        });
        return { challenge: started.ChallengeName, tokens: answer.AuthenticationResult };
      },
      { endpoint: h.env.url, clientId: h.env.clientId, username },
    );
    expect(signedIn.challenge).toBe('WEB_AUTHN');
    const claims = JSON.parse(
      Buffer.from(String(signedIn.tokens?.AccessToken).split('.')[1] ?? '', 'base64url').toString(),
    );
    expect(claims.username).toBe(username);
    expect(signedIn.tokens?.IdToken).toEqual(expect.any(String));
    await fresh.context.close();

    // "Already registered": the account page's "Add a passkey" on the same device.
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
    await page.locator('.demo-passkey button').click();
    await page.getByText('Not added: InvalidStateError').waitFor();
    expect(await credentialsOf(cdp, authenticatorId)).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
    expect(lines.join('\n')).not.toContain(PASSWORD);
    await context.close();
  });

  it('says what happened when the device refuses, offers again, and "Not now" ends signed in', async () => {
    const { page, context } = await h.newPage();
    const { cdp, authenticatorId } = await addAuthenticator(context, page, {
      isUserVerified: false,
    });
    const username = uniqueUsername('pkno');
    await signUpAndSignIn(page, username);
    const kit = page.locator('.rcs');
    await kit.getByRole('button', { name: 'Add a passkey' }).click();
    // Said neutrally: a status in the note's colours, not an alert in the error's.
    const note = kit.locator('.rcs-passkey [role="status"][data-code="NotAllowedError"]');
    await note.waitFor();
    expect(await note.textContent()).toContain('No passkey was added');
    expect(await kit.locator('.rcs-passkey [role="alert"]').count()).toBe(0);
    await screenshot(page, 'passkey-3-refused');
    expect(await credentialsOf(cdp, authenticatorId)).toHaveLength(0);
    // Offered again, and "Not now" leaves the person signed in, focus on the step's title.
    await kit.getByRole('button', { name: 'Not now' }).click();
    expect(await kit.getByRole('button', { name: 'Add a passkey' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Welcome');
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
    await context.close();
  });

  it('unmounting <SignUp> while StartWebAuthnRegistration waits aborts it: no device prompt, nothing completed, nothing kept', async () => {
    const { page, context, console: lines } = await h.newPage();
    const { cdp, authenticatorId } = await addAuthenticator(context, page);
    const creates = await countCreates(page);
    const username = uniqueUsername('pkgone');
    await signUpAndSignIn(page, username);
    const completes = requestsOf(page, 'CompleteWebAuthnRegistration');
    // Cognito's answer to Start is held until <SignUp> is gone.
    const start = holdRequest(page, 'StartWebAuthnRegistration');
    const kit = page.locator('.rcs');
    await kit.getByRole('button', { name: 'Add a passkey' }).click();
    const request = await start.seen;
    const ended = new Promise<string>((resolve) => {
      page.on('requestfailed', (r) => r === request && resolve('aborted'));
      page.on('requestfinished', (r) => r === request && resolve('answered'));
    });
    // Another layout: <SignUp> unmounts (the demo's composed parts take its place).
    await page.getByLabel('Layout').selectOption('composed');
    await page.locator('.demo-composed').waitFor();
    expect(await page.locator('.rcs').count()).toBe(0);
    await start.release();
    // The page stopped waiting for Start: its answer reaches no one.
    expect(await ended).toBe('aborted');
    await screenshot(page, 'passkey-4-unmounted');
    expect(await creates()).toBe(0);
    expect(completes).toEqual([]);
    expect(await credentialsOf(cdp, authenticatorId)).toHaveLength(0);
    const listed = await cognitoCall(h.env.url, 'ListWebAuthnCredentials', {
      AccessToken: await accessToken(page, username),
    });
    expect(listed.Credentials).toHaveLength(0);
    expect(lines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
    await context.close();
  });

  it('"Not now" while CompleteWebAuthnRegistration is in flight ends "Passkey added" when the server kept it', async () => {
    const { page, context } = await h.newPage();
    const { cdp, authenticatorId } = await addAuthenticator(context, page);
    const username = uniqueUsername('pklate');
    await signUpAndSignIn(page, username);
    // Complete reaches the local Cognito at once; its answer reaches the page when released.
    const complete = holdRequest(page, 'CompleteWebAuthnRegistration', { forwardFirst: true });
    const kit = page.locator('.rcs');
    await kit.getByRole('button', { name: 'Add a passkey' }).click();
    await complete.seen;
    await kit.getByRole('button', { name: 'Not now' }).click();
    await complete.release();
    const ended = kit.locator(
      '.rcs-passkey[data-status="registered"], .rcs-passkey[data-status="skipped"]',
    );
    await ended.waitFor({ state: 'attached' });
    expect(await ended.getAttribute('data-status')).toBe('registered');
    await kit.getByText('Passkey added. Next time, sign in with it.').waitFor();
    await screenshot(page, 'passkey-5-registered-after-not-now');
    expect(await credentialsOf(cdp, authenticatorId)).toHaveLength(1);
    const listed = await cognitoCall(h.env.url, 'ListWebAuthnCredentials', {
      AccessToken: await accessToken(page, username),
    });
    expect(listed.Credentials).toHaveLength(1);
    await context.close();
  });

  it('offers no passkey at an IP address (WebAuthn needs a domain)', async () => {
    const { page, context, console: lines } = await h.newPage();
    await addAuthenticator(context, page);
    const username = uniqueUsername('pkip');
    await signUpAndSignIn(page, username, h.url);
    // Signed in, and the signed-in step drawn: the offer was decided before it.
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
    expect(await page.locator('.rcs-passkey').count()).toBe(0);
    expect(lines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
    await context.close();
  });
});
