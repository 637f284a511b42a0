import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uniqueUsername } from '../integration/localCognito.ts';
import { deliveredLinks, type Harness, screenshot, signUpByLink, startHarness } from './harness.ts';

// An expired confirmation link in Chromium, against a local Cognito whose codes live 8 s: the
// page says so and offers a new link, and the new link confirms.

const CODE_TTL_MS = 8_000;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ cognitoEnv: { LOCAL_COGNITO_CODE_TTL_MS: String(CODE_TTL_MS) } });
});
afterAll(() => h?.close());
afterEach(() => {
  expect(h.takeCspViolations()).toEqual([]);
});

describe('an expired confirmation link', () => {
  it('says so, sends a new link on request, and the new link confirms', async () => {
    const { page } = await h.newPage();
    const username = uniqueUsername('expired');
    await signUpByLink(h, page, username);
    await expect.poll(() => deliveredLinks(h, username).length).toBe(1);
    const sentAt = Date.now();
    const [first] = deliveredLinks(h, username);
    // Opened after the code's life, in another browser.
    await expect
      .poll(() => Date.now() - sentAt, { timeout: CODE_TTL_MS * 4, interval: 500 })
      .toBeGreaterThan(CODE_TTL_MS + 1000);
    const other = await h.newPage();
    await other.page.goto(first as string);
    const code = other.page.getByLabel('Confirmation code');
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    // Said by the card's alert region, and shown on the code field.
    const expired = 'That code has expired. Send a new one.';
    await expect
      .poll(() => other.page.locator('.rcs-status').getByRole('alert').textContent())
      .toBe(expired);
    expect(await other.page.locator('.rcs-field .rcs-error').textContent()).toBe(expired);
    await screenshot(other.page, 'link-3-expired');
    await other.page.getByRole('button', { name: 'Send a new code' }).click();
    await expect.poll(() => deliveredLinks(h, username).length).toBe(2);
    const second = deliveredLinks(h, username)[1] as string;
    expect(second).not.toBe(first);
    // The new link, clicked in the new message: a new tab.
    const tab = await other.context.newPage();
    await tab.goto(second);
    await tab.getByRole('heading', { name: 'You are all set' }).waitFor();
    expect((await h.env.user(username))?.UserStatus).toBe('CONFIRMED');
  });
});
