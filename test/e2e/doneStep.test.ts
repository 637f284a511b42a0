import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueUsername } from '../integration/localCognito.ts';
import {
  clearArtifacts,
  fillDemoSignUp,
  type Harness,
  screenshot,
  startHarness,
  targetProblems,
} from './harness.ts';

// After sign-in, in Chromium against a local Cognito: the card's success mark and the app's
// action (doneAction), and, when the app moves on in onSignedIn (the demo's "Then: the account
// page at once", a lazily loaded route as in Next.js), no welcome rendered before its page.
// Screenshots under test-results/e2e/done/.

let h: Harness;

beforeAll(async () => {
  clearArtifacts('done');
  h = await startHarness();
});
afterAll(() => h?.close());

/** Signs `username` up in the demo and types the code; Confirm is left to the test. */
async function upToConfirm(page: Page, username: string) {
  await fillDemoSignUp(page, username);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByLabel('Confirmation code').waitFor();
  await page.getByLabel('Confirmation code').fill(h.env.code(username) as string);
}

describe('the signed-in card', () => {
  const cases = [360, 1280].flatMap((width) =>
    (['light', 'dark'] as const).map((scheme) => ({ width, scheme })),
  );
  it.each(cases)(
    'shows a success mark and the app’s action at $width px, $scheme',
    async ({ width, scheme }) => {
      const { page, context } = await h.newPage({
        colorScheme: scheme,
        viewport: { width, height: 900 },
      });
      await page.goto(h.url);
      const username = uniqueUsername('done');
      await upToConfirm(page, username);
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.getByRole('heading', { name: 'Welcome' }).waitFor();
      const action = page.getByRole('link', { name: 'Go to your account' });
      await action.waitFor();
      expect(await targetProblems(page)).toEqual([]);
      await screenshot(page, `done/signed-in-${width}-${scheme}`);
      await action.click();
      expect(new URL(page.url()).hash).toBe('#account');
      await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
      // One "Add a passkey" on the screen: the account panel's (the kit offers none at an IP address).
      expect(await page.getByRole('button', { name: 'Add a passkey' }).count()).toBe(1);
      await context.close();
    },
  );
});

describe('onSignedIn moves on (handOff)', () => {
  it('renders no welcome before the app’s page: the card is busy and empty until it has loaded', async () => {
    const { page, context } = await h.newPage({ viewport: { width: 360, height: 900 } });
    await page.goto(h.url);
    await page.getByLabel(/^Then/).selectOption('navigate');
    // The account page's chunk is held, as a slow route would be: the card shows meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let requested = () => {};
    const asked = new Promise<void>((resolve) => {
      requested = resolve;
    });
    await page.route('**/assets/AccountPage-*.js', async (route) => {
      requested();
      await held;
      await route.continue();
    });
    // Everything the card renders from now on, recorded in the page.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { __card: seen });
      new MutationObserver(() => {
        const card = document.querySelector('.rcs');
        seen.push(card ? `${card.getAttribute('aria-busy')}|${card.textContent}` : 'gone');
      }).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    const username = uniqueUsername('handoff');
    await upToConfirm(page, username);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await asked;
    const card = page.locator('.rcs[aria-busy="true"]');
    await card.waitFor();
    expect(await card.textContent()).toBe('');
    expect(await card.getAttribute('data-step')).toBe('signedIn');
    await screenshot(page, 'done/handoff-busy');
    release();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByRole('heading', { name: `Signed in as ${username}` }).waitFor();
    await screenshot(page, 'done/handoff-account');
    expect(new URL(page.url()).pathname).toBe('/account');
    const seen = await page.evaluate(() => (window as unknown as { __card: string[] }).__card);
    expect(seen.filter((text) => /Welcome|signed in as/i.test(text))).toEqual([]);
    expect(seen).toContain('true|');
    expect(seen.at(-1)).toBe('gone');
    await context.close();
  });
});
