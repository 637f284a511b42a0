import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uniqueUsername } from '../integration/localCognito.ts';
import { deliveredLinks, type Harness, screenshot, signUpByLink, startHarness } from './harness.ts';

// Confirmation by link in Chromium: the demo signs up with "Confirm by link" on, the local
// trigger stand-in writes a link to the demo into the message, and the link is opened as a
// person would: in another tab of the same browser (signed in), in another browser (confirmed,
// then the sign-in), a second time (already confirmed, said as a success).

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
afterEach(() => {
  expect(h.takeCspViolations()).toEqual([]);
});

/** The newest link delivered to `username`, once there is one. */
async function deliveredLink(username: string): Promise<string> {
  await expect.poll(() => deliveredLinks(h, username).length).toBeGreaterThan(0);
  return deliveredLinks(h, username).at(-1) as string;
}

describe('a confirmation link, back in the app', () => {
  it('opened in another tab of the browser that signed up: signed in there, the link gone from the address', async () => {
    const { page, context } = await h.newPage();
    const username = uniqueUsername('link');
    await signUpByLink(h, page, username);
    const link = await deliveredLink(username);
    expect(new URL(link).origin).toBe(new URL(h.url).origin);

    const tab = await context.newPage();
    const initiateAuths: string[] = [];
    tab.on('request', (request) => {
      if (request.headers()['x-amz-target']?.endsWith('.InitiateAuth'))
        initiateAuths.push(String(JSON.parse(request.postData() ?? '{}').AuthFlow));
    });
    await tab.goto(link);
    await tab.getByRole('heading', { name: 'Welcome' }).waitFor();
    // Signed in with the Session the first tab handed over: no password in this tab.
    expect(initiateAuths).toEqual(['USER_AUTH']);
    expect(new URL(tab.url()).hash).toBe('');
    await screenshot(tab, 'link-1-same-browser-signed-in');
    // The link's entry was replaced: no history entry of this tab holds the code.
    await tab.goBack().catch(() => {});
    expect(tab.url()).not.toContain('c=');
    expect((await h.env.user(username))?.UserStatus).toBe('CONFIRMED');
  });

  it('opened in another browser: confirmed, and the sign-in handed to the app; a second time: already confirmed', async () => {
    const first = await h.newPage();
    const username = uniqueUsername('linkelse');
    await signUpByLink(h, first.page, username);
    const link = await deliveredLink(username);

    const other = await h.newPage();
    await other.page.goto(link);
    await other.page.getByRole('heading', { name: 'You are all set' }).waitFor();
    expect(new URL(other.page.url()).hash).toBe('');
    await screenshot(other.page, 'link-2-other-browser-confirmed');
    expect((await h.env.user(username))?.UserStatus).toBe('CONFIRMED');

    // The same link again, in a third browser: a success, said as one.
    const again = await h.newPage();
    await again.page.goto(link);
    await again.page.getByRole('heading', { name: 'You are all set' }).waitFor();
    // The alert region is always there (empty until an error): it says nothing.
    const alerts = await again.page.getByRole('alert').allTextContents();
    expect(alerts.filter((text) => text.trim())).toEqual([]);
  });

  it('a link that lost its code: said in words, the form still there', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}#u=someone`);
    await expect
      .poll(() => page.getByText('This confirmation link is incomplete.', { exact: false }).count())
      .toBe(1);
    expect(new URL(page.url()).hash).toBe('');
    await expect.poll(() => page.getByLabel('Username').count()).toBe(1);
  });
});
