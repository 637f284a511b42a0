import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uniqueUsername } from '../integration/localCognito.ts';
import { BREACHED } from '../rangeServer.ts';
import {
  axeViolations,
  clearArtifacts,
  fillDemoSignUp,
  type Harness,
  screenshot,
  startHarness,
} from './harness.ts';

// What a screen-reader user is told at each step (#40), read from Chromium itself: every change
// of a live region's text (a MutationObserver in the page, from before the kit renders: the
// region's role, its text, and whether it was in the page before that change), the focused
// node of the accessibility tree (role, name, description), after each thing a person does.
// Screenshots under test-results/e2e/announcements/.

let h: Harness;

beforeAll(async () => {
  clearArtifacts('announcements');
  h = await startHarness();
});
afterAll(() => h?.close());
afterEach(() => {
  expect(h.takeCspViolations()).toEqual([]);
});

/** One change of a live region: its role, its text after the change, and whether it was there before. */
interface Heard {
  role: string;
  text: string;
  /** The region was in the page before this change (else it appeared with its text in it). */
  present: boolean;
}

/** Records every live region's changes from the page's first script on. */
async function listen(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const heard: Heard[] = [];
    const known = new WeakSet<Element>();
    const regions = () => document.querySelectorAll('[role="alert"], [role="status"], [aria-live]');
    // In the accessibility tree: rendered (a display: none region is not, even empty).
    const learn = () => {
      for (const region of regions()) if (region.getClientRects().length) known.add(region);
    };
    new MutationObserver((mutations) => {
      const changed = new Set<Element>();
      for (const { target } of mutations) {
        const node = target instanceof Element ? target : target.parentElement;
        const region = node?.closest('[role="alert"], [role="status"], [aria-live]');
        if (region) changed.add(region);
        // A region added with its text already in it.
        if (target instanceof Element)
          for (const added of target.querySelectorAll('[role="alert"], [role="status"]'))
            if (!known.has(added) && added.textContent) changed.add(added);
      }
      for (const region of changed) {
        const text = region.textContent?.trim() ?? '';
        if (text)
          heard.push({
            role: region.getAttribute('role') ?? 'live',
            text,
            present: known.has(region),
          });
      }
      learn();
    }).observe(document, { subtree: true, childList: true, characterData: true });
    Object.assign(window, { __heard: heard, __learn: learn });
  });
}

/** What was announced since the last call, then forgotten. */
function heard(page: Page): Promise<Heard[]> {
  return page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard.splice(0));
}

interface Focused {
  role: string;
  name: string;
  description: string;
}

/** The focused node of Chromium's accessibility tree. */
async function focused(cdp: CDPSession): Promise<Focused> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      description?: { value: string };
      properties?: Array<{ name: string; value: { value: unknown } }>;
    }>;
  };
  // The document is focused too: the node that holds focus is the last one in tree order.
  const node = nodes
    .filter(
      (n) =>
        !n.ignored &&
        n.role?.value !== 'RootWebArea' &&
        n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
    )
    .pop();
  return {
    role: node?.role?.value ?? 'none',
    name: node?.name?.value ?? '',
    description: node?.description?.value ?? '',
  };
}

/** A page recording what is heard, with the accessibility tree at hand. */
async function open(url = h.url) {
  const demo = await h.newPage({ viewport: { width: 720, height: 1100 } });
  await listen(demo.context);
  const cdp = await demo.context.newCDPSession(demo.page);
  await cdp.send('Accessibility.enable');
  await demo.page.goto(url);
  await demo.page.locator('.rcs-submit:not([disabled])').waitFor();
  await heard(demo.page);
  return { ...demo, cdp };
}

const submit = (page: Page) => page.getByRole('button', { name: 'Create account' });
const TIMEOUT = { timeout: 30_000 };

describe('what a screen reader is told at each step', () => {
  it('on load: the live regions are in the tree, empty, and no control is exposed as invalid', async () => {
    const { page, context, cdp } = await open();
    const regions = await page.locator('.rcs-status').evaluate((status) =>
      [...status.querySelectorAll('[role]')].map((r) => ({
        role: r.getAttribute('role'),
        text: r.textContent,
        shown:
          getComputedStyle(r).display !== 'none' && getComputedStyle(status).display !== 'none',
      })),
    );
    expect(regions).toEqual([
      { role: 'alert', text: '', shown: true },
      { role: 'status', text: '', shown: true },
    ]);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{
        name?: { value: string };
        properties?: Array<{ name: string; value: { value: unknown } }>;
      }>;
    };
    const invalid = nodes
      .filter((n) => n.properties?.some((p) => p.name === 'invalid' && p.value.value !== 'false'))
      .map((n) => n.name?.value);
    expect(invalid).toEqual([]);
    // The password is described by its rules (not by the list's name), without the marks.
    await page.getByLabel('Password', { exact: true }).focus();
    const password = await focused(cdp);
    expect(password.description).toContain('At least 8 characters');
    expect(password.description).toContain('A symbol');
    expect(password.description).not.toContain('Password requirements');
    expect(password.description).not.toMatch(/[○✓]/);
    await context.close();
  });

  it('empty submit: focus on the first field, its error in its description; nothing shouted', async () => {
    const { page, context, cdp } = await open();
    await submit(page).click();
    await expect
      .poll(() => focused(cdp), TIMEOUT)
      .toMatchObject({ role: 'textbox', name: 'Username' });
    expect((await focused(cdp)).description).toContain('This field is required.');
    expect(await heard(page)).toEqual([]);
    await context.close();
  });

  it('username exists: focus on the username, the error in its description', async () => {
    const username = uniqueUsername('taken');
    const first = await open();
    await fillDemoSignUp(first.page, username);
    await submit(first.page).click();
    await first.page.getByLabel('Confirmation code').waitFor(TIMEOUT);
    await first.context.close();

    const { page, context, cdp } = await open();
    await fillDemoSignUp(page, username);
    await submit(page).click();
    await expect
      .poll(async () => (await focused(cdp)).description, TIMEOUT)
      .toContain('An account with this username already exists.');
    expect(await focused(cdp)).toMatchObject({ role: 'textbox', name: 'Username' });
    expect(await heard(page)).toEqual([]);
    await context.close();
  });

  it('network failure: said in an alert that was there before; focus stays on the submit button', async () => {
    const { page, context, cdp } = await open();
    await fillDemoSignUp(page, uniqueUsername('offline'));
    const cognito = new URL(h.env.url).origin;
    await page.route(
      (url) => url.origin === cognito,
      (route) => route.abort('failed'),
    );
    await submit(page).click();
    await expect
      .poll(() => page.locator('[role="alert"]').first().textContent(), TIMEOUT)
      .toContain('could not reach the server');
    const said = await heard(page);
    expect(said).toContainEqual({
      role: 'alert',
      text: 'We could not reach the server. Check your connection and try again.',
      present: true,
    });
    expect(await focused(cdp)).toMatchObject({ role: 'button', name: 'Create account' });
    await screenshot(page, 'announcements/network');
    await context.close();
  });

  it("a Lambda's refusal: its words in an alert that was there before", async () => {
    h.env.triggers.rejectPreSignUp('Sign-ups from this domain are closed.');
    try {
      const { page, context } = await open();
      await fillDemoSignUp(page, uniqueUsername('lambda'));
      await submit(page).click();
      await expect
        .poll(() => heard(page).then((said) => said.filter((s) => s.role === 'alert')), TIMEOUT)
        .toEqual([{ role: 'alert', text: 'Sign-ups from this domain are closed.', present: true }]);
      await context.close();
    } finally {
      h.env.triggers.rejectPreSignUp(null);
    }
  });

  it('the confirm step, a wrong code by Enter, the resend and its cooldown, signed in', async () => {
    const { page, context, cdp } = await open();
    const username = uniqueUsername('heard');
    await fillDemoSignUp(page, username);
    await submit(page).click();
    const code = page.getByLabel('Confirmation code');
    await code.waitFor(TIMEOUT);
    // The step change, politely, in a region that was there; focus on the code.
    await expect
      .poll(() => heard(page), TIMEOUT)
      .toEqual([
        { role: 'status', text: 'Check your messages for the confirmation code.', present: true },
      ]);
    expect(await focused(cdp)).toMatchObject({ role: 'textbox', name: 'Confirmation code' });

    // The resend waits: one fixed name, the ticking hidden; once available, said once.
    const resend = page.locator('.rcs-resend');
    await resend.focus();
    expect(await resend.getAttribute('aria-disabled')).toBe('true');
    const names = new Set<string>();
    while ((await resend.getAttribute('aria-disabled')) === 'true') {
      names.add((await focused(cdp)).name);
    }
    expect([...names]).toEqual(['Send a new code']);
    await expect
      .poll(() => heard(page), TIMEOUT)
      .toEqual([{ role: 'status', text: 'Send a new code', present: true }]);
    // A code with a letter: refused in words, with no request, and said (focus stays there).
    const confirms: string[] = [];
    page.on('request', (request) => {
      if (request.headers()['x-amz-target']?.endsWith('.ConfirmSignUp'))
        confirms.push(request.url());
    });
    await code.fill('12a456');
    await code.press('Enter');
    await expect
      .poll(() => heard(page), TIMEOUT)
      .toEqual([{ role: 'alert', text: 'Enter a number.', present: true }]);
    await code.fill('123');
    await code.press('Enter');
    await expect
      .poll(() => heard(page), TIMEOUT)
      .toEqual([{ role: 'alert', text: 'Use at least 6 characters.', present: true }]);
    expect(confirms).toEqual([]);

    // A wrong code by Enter from the code field: said, and the code selected for retyping.
    const right = h.env.code(username) as string;
    const wrong = right === '000000' ? '111111' : '000000';
    await code.fill(wrong);
    await code.press('Enter');
    await expect
      .poll(() => heard(page), TIMEOUT)
      .toEqual([
        { role: 'alert', text: 'That code is not right. Check it and try again.', present: true },
      ]);
    expect(confirms).toHaveLength(1);
    const state = await focused(cdp);
    expect(state).toMatchObject({ role: 'textbox', name: 'Confirmation code' });
    expect(state.description).toContain('That code is not right.');
    expect(
      await code.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
    ).toEqual([0, 6]);

    await resend.click();
    await expect
      .poll(() => heard(page), TIMEOUT)
      .toEqual([
        {
          role: 'status',
          text: `A new code is on its way to ${username}@example.com.`,
          present: true,
        },
      ]);
    expect(await focused(cdp)).toMatchObject({ role: 'button', name: 'Send a new code' });
    // The countdown is seen, not heard: no node of the tree says "in … s".
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ ignored: boolean; name?: { value: string } }>;
    };
    expect(nodes.filter((n) => !n.ignored && /in \d+ s/.test(n.name?.value ?? ''))).toEqual([]);
    expect(await resend.textContent()).toMatch(/Send a new code in \d+ s/);
    await screenshot(page, 'announcements/resent');
    // Available again: said once more.
    await expect
      .poll(() => heard(page), TIMEOUT)
      .toEqual([{ role: 'status', text: 'Send a new code', present: true }]);

    // Signed in: the step's title focused, the step said politely.
    await code.fill(h.env.code(username) as string);
    await code.press('Enter');
    await page.getByRole('heading', { name: 'Welcome' }).waitFor(TIMEOUT);
    await expect
      .poll(() => focused(cdp), TIMEOUT)
      .toMatchObject({ role: 'heading', name: 'Welcome' });
    expect(await heard(page)).toContainEqual({
      role: 'status',
      text: 'Your account is confirmed.',
      present: true,
    });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a breached password is said once focus has left the field', async () => {
    const { page, context, cdp } = await open();
    await page.getByLabel('Breached passwords').selectOption('block');
    await heard(page);
    const password = page.getByLabel('Password', { exact: true });
    await password.fill(BREACHED);
    await page.getByLabel('First name').focus();
    await expect
      .poll(() => heard(page), TIMEOUT)
      .toEqual([
        {
          role: 'status',
          text: 'This password appeared in a data breach. Choose another one.',
          present: true,
        },
      ]);
    expect(await focused(cdp)).toMatchObject({ name: 'First name (optional)' });
    // Back in the field: the refusal and the unmet rule describe it.
    await password.focus();
    const back = await focused(cdp);
    expect(back.description).toContain('This password appeared in a data breach.');
    expect(back.description).toContain('Not found in known data breaches');
    await context.close();
  });

  it('passkey added: said by a region that was there; focus on the step title', async () => {
    const { page, context, cdp } = await open(h.localhostUrl);
    const authenticator = await context.newCDPSession(page);
    await authenticator.send('WebAuthn.enable');
    await authenticator.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    const username = uniqueUsername('heardkey');
    await fillDemoSignUp(page, username);
    await submit(page).click();
    await page.getByLabel('Confirmation code').waitFor(TIMEOUT);
    await page.getByLabel('Confirmation code').fill(h.env.code(username) as string);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('button', { name: 'Add a passkey' }).click(TIMEOUT);
    await expect
      .poll(() => heard(page).then((said) => said.map((s) => s.text)), TIMEOUT)
      .toContain('Passkey added. Next time, sign in with it.');
    expect(await focused(cdp)).toMatchObject({ role: 'heading', name: 'Welcome' });
    await screenshot(page, 'announcements/passkey-added');
    await context.close();
  });
});
