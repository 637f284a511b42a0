import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uniqueUsername } from '../integration/localCognito.ts';
import { fillDemoSignUp, type Harness, screenshot, startHarness } from './harness.ts';

// Two traps a new user met, in Chromium against the local Cognito, as a person meets them:
// a mistyped email and Start over; "I already have a code" for a username that never signed up.

const PASSWORD = 'Passw0rd!';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
afterEach(() => {
  expect(h.takeCspViolations()).toEqual([]);
});

describe('first contact, as a person meets it', () => {
  it('a mistyped email, Start over, the email fixed: told where the code went and what to do', async () => {
    const { page } = await h.newPage();
    await page.goto(h.url);
    const username = uniqueUsername('ana');
    const mistyped = `${username}@exmaple.con`;
    await fillDemoSignUp(page, username, mistyped);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByLabel('Confirmation code').waitFor();
    // The person sees the typo, and starts over.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByLabel('Email').fill(`${username}@example.com`);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    const field = page.getByLabel('Username');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const error = page.locator(`[id="${describedBy.split(' ').pop()}"]`);
    await expect.poll(() => error.textContent()).toContain(mistyped);
    expect(await error.textContent()).toContain('sign up with another username');
    await screenshot(page, 'first-contact-mistyped-email');
    // The account waits, unconfirmed, with the mistyped address: nothing else was changed.
    const user = await h.env.user(username);
    expect(user?.UserStatus).toBe('UNCONFIRMED');
  });

  it('the terms box is required: refused in its own words, nothing sent, until it is ticked', async () => {
    const { page, signUpRequests } = await h.newPage();
    await page.goto(h.url);
    const username = uniqueUsername('consent');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Email').fill(`${username}@example.com`);
    await page.getByLabel('Plan').selectOption('pro');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    const terms = page.getByLabel('I accept the terms of service');
    await expect.poll(() => terms.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Accept this to create your account.').count()).toBe(1);
    expect(signUpRequests).toEqual([]);
    await terms.check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByLabel('Confirmation code').waitFor();
    expect(signUpRequests).toHaveLength(1);
  });

  it('"I already have a code" for a username that never signed up: nothing was sent, and one can be', async () => {
    const { page } = await h.newPage();
    await page.goto(h.url);
    const username = uniqueUsername('nobody');
    await page.getByLabel('Username').fill(username);
    await page.getByRole('button', { name: 'I already have a code' }).click();
    await page.getByLabel('Confirmation code').waitFor();
    const instructions = page.getByText('No code was sent from this page.');
    await expect.poll(() => instructions.textContent()).toContain(username);
    expect(await page.getByText(/We sent/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send a new code' }).isEnabled()).toBe(true);
    await screenshot(page, 'first-contact-have-code');
  });
});
