import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type Harness, screenshot, startHarness } from './harness.ts';

// "Continue with Google" in Chromium: the demo (built, strict CSP) → the local Cognito's
// authorize endpoint and its local Google stand-in → back in the app with a code → the profile
// completed → signed in, tokens cached. And what must be refused: a cancel, a forged state, the
// callback opened a second time; the code never left in the address bar or the history.

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
afterEach(() => {
  expect(h.takeCspViolations()).toEqual([]);
});

/** Requests the page sent to the token endpoint. */
function tokenRequests(urls: string[]): string[] {
  return urls.filter((url) => new URL(url).pathname === '/oauth2/token');
}

/** "Continue with Google", then the local Google stand-in's page. */
async function toGoogle(page: Page) {
  await page.goto(h.url);
  await page.getByRole('button', { name: 'Continue with Google' }).click();
  await page.getByRole('heading', { name: /Sign in with Google/ }).waitFor();
  const authorize = new URL(page.url());
  expect(authorize.origin).toBe(new URL(h.env.url).origin);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
}

/** The app's URLs the page was at, as the navigations went. */
function appUrls(page: Page): string[] {
  const seen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url().startsWith(h.url)) seen.push(frame.url());
  });
  return seen;
}

// The one alert that says something (the card's own alert region is there too, empty).
const said = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ }).textContent();

describe('social sign-up in Chromium against the local Cognito', () => {
  it('Google → an identity → back in the app → the profile completed → signed in, tokens cached', async () => {
    const { page, urls } = await h.newPage();
    await page.goto(h.url);
    await page.getByRole('button', { name: 'Continue with Google' }).waitFor();
    await screenshot(page, 'social-1-buttons');
    expect(await axeViolations(page)).toEqual([]);
    const visits = appUrls(page);
    await toGoogle(page);
    await screenshot(page, 'social-2-local-google');
    await page.getByRole('button', { name: /Ada Lovelace/ }).click();

    // Back in the app: the plan is the one thing Google does not share.
    const title = page.getByRole('heading', { name: 'Complete your profile' });
    await title.waitFor();
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    expect(tokenRequests(urls)).toHaveLength(1);
    await screenshot(page, 'social-3-profile');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Plan').selectOption('team');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
    await expect.poll(() => page.getByText(/signed in as ada@example.com/).count()).toBe(1);
    // The card's signed-in step, as after the form: the app's next step under the welcome.
    expect(await page.getByRole('link', { name: 'Go to your account' }).count()).toBe(1);
    await screenshot(page, 'social-4-signed-in');
    const user = await h.env.user('Google_1001');
    const attributes = Object.fromEntries(
      ((user?.UserAttributes ?? []) as Array<{ Name: string; Value: string }>).map((a) => [
        a.Name,
        a.Value,
      ]),
    );
    expect(attributes).toMatchObject({ email: 'ada@example.com', 'custom:plan': 'team' });
    expect(attributes.identities).toContain('"providerName":"Google"');
    const cached = await page.evaluate(() => ({ ...localStorage }));
    const prefix = `CognitoIdentityServiceProvider.${h.env.clientId}`;
    expect(cached[`${prefix}.LastAuthUser`]).toBe('Google_1001');
    for (const key of ['idToken', 'accessToken', 'refreshToken']) {
      expect(cached[`${prefix}.Google_1001.${key}`]).toBeTruthy();
    }
    // The code was in the app's address once, and is in no history entry now.
    expect(visits.some((url) => new URL(url).searchParams.has('code'))).toBe(true);
    expect(new URL(page.url()).searchParams.has('code')).toBe(false);
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('code')).toBeNull();
    await page.goForward();
    expect(new URL(page.url()).searchParams.get('code')).toBeNull();
    // No session or verifier left behind in sessionStorage.
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  });

  it('the callback opened a second time: refused in words, no token request', async () => {
    const { page, urls } = await h.newPage();
    const visits = appUrls(page);
    await toGoogle(page);
    await page.getByRole('button', { name: /Grace Hopper/ }).click();
    await page.getByRole('heading', { name: 'Complete your profile' }).waitFor();
    const callback = visits.find((url) => new URL(url).searchParams.has('code')) as string;
    expect(callback).toBeDefined();
    const before = tokenRequests(urls).length;
    await page.goto(callback);
    await expect.poll(() => said(page)).toContain('could not be trusted');
    expect(tokenRequests(urls)).toHaveLength(before);
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.getByLabel('Email').count()).toBe(1);
  });

  it('a forged state: refused in words, no token request, the form still there', async () => {
    const { page, urls } = await h.newPage();
    await toGoogle(page);
    const state = new URL(page.url()).searchParams.get('state');
    await page.goto(`${h.url}?code=forged-code&state=${state}x`);
    await expect.poll(() => said(page)).toContain('could not be trusted');
    expect(tokenRequests(urls)).toEqual([]);
    await screenshot(page, 'social-5-forged-state');
    await expect.poll(() => page.getByLabel('Email').count()).toBe(1);
  });

  it('Cancel at Google: told, the buttons and the form still there, nothing exchanged', async () => {
    const { page, urls } = await h.newPage();
    await toGoogle(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => said(page)).toContain('Sign-in with Google was cancelled');
    await screenshot(page, 'social-6-cancelled');
    expect(tokenRequests(urls)).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.getByLabel('Email').count()).toBe(1);
    await expect
      .poll(() => page.getByRole('button', { name: 'Continue with Google' }).count())
      .toBe(1);
  });
});
