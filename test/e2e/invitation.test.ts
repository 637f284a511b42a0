import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { invitationLinkFor } from '../../dev/trigger-server.mjs';
import { uniqueUsername } from '../integration/localCognito.ts';
import { axeViolations, type Harness, screenshot, startHarness } from './harness.ts';

// An invitation in Chromium: the demo opened with an invitation link prefills and locks the
// email, sends the signed token as ValidationData (never shown), and the local pre sign-up
// stand-in admits it, or refuses a forged one in words.

const PASSWORD = 'Passw0rd!';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
afterEach(() => {
  expect(h.takeCspViolations()).toEqual([]);
});

describe('an invitation link', () => {
  it('prefills and locks the email, and its token reaches the pre sign-up trigger', async () => {
    const { page } = await h.newPage();
    const username = uniqueUsername('invited');
    const email = `${username}@example.com`;
    await page.goto(await invitationLinkFor(h.url, email));
    const emailField = page.getByLabel('Email');
    await expect.poll(() => emailField.inputValue()).toBe(email);
    expect(await emailField.getAttribute('readonly')).not.toBeNull();
    expect(await emailField.getAttribute('aria-readonly')).toBe('true');
    await emailField.press('End');
    await page.keyboard.type('x');
    expect(await emailField.inputValue()).toBe(email);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'invitation-1-prefilled');

    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Plan').selectOption('team');
    await page.getByLabel('I accept the terms of service').check();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByLabel('Confirmation code').waitFor();
    const preSignUp = h.env.triggers.calls.find(
      (call) => call.name === 'PreSignUp' && call.event.userName === username,
    );
    expect(preSignUp?.event.request.validationData?.invite).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('a forged token: refused in the Lambda’s words, nobody signed up', async () => {
    const { page } = await h.newPage();
    const username = uniqueUsername('forged');
    const email = `${username}@example.com`;
    const link = new URL(await invitationLinkFor(h.url, `someone-else-${email}`));
    link.searchParams.set('email', email);
    await page.goto(link.href);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Plan').selectOption('team');
    await page.getByLabel('I accept the terms of service').check();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => page.getByText('This invitation is not valid for this email').count())
      .toBe(1);
    await screenshot(page, 'invitation-2-refused');
    expect(await h.env.user(username)).toBeUndefined();
  });
});
