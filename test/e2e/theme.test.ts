import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueUsername } from '../integration/localCognito.ts';
import {
  APP_RESETS,
  clearArtifacts,
  type Harness,
  screenshot,
  startHarness,
  targetProblems,
} from './harness.ts';

// The theme under the CSS apps ship: each reset is added after the kit's stylesheet (the
// hardest order), and every control a person must hit is measured on every step, at 360 and
// 1280 px, light and dark. Screenshots under test-results/e2e/theme/.

const PASSWORD = 'Passw0rd!';
let h: Harness;

beforeAll(async () => {
  clearArtifacts('theme');
  h = await startHarness();
});
afterAll(() => h?.close());

/**
 * What the theme owns, measured: the title's type (not the app's h2 rule), the show-password
 * toggle inside its input's box (a named button of at least 24×24 px with aria-pressed), and
 * the select drawn like the inputs (its own chevron, room for it).
 */
function ownLooks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const title = document.querySelector('.rcs-title') as HTMLElement;
    const label = document.querySelector('.rcs-label') as HTMLElement;
    const titleStyle = getComputedStyle(title);
    if (Number(titleStyle.fontWeight) < 700)
      found.push(`the title's weight is ${titleStyle.fontWeight}`);
    if (Number(titleStyle.fontWeight) <= Number(getComputedStyle(label).fontWeight))
      found.push('the title is no heavier than the labels');
    // 1.5rem: the app's root size scales it with everything else, its h2 rule does not.
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    if (Number.parseFloat(titleStyle.fontSize) !== 1.5 * rem)
      found.push(`the title's size is ${titleStyle.fontSize}, not 1.5rem`);
    const input = document.querySelector('.rcs-password input')?.getBoundingClientRect();
    const toggle = document.querySelector('.rcs-password-toggle') as HTMLButtonElement | null;
    const box = toggle?.getBoundingClientRect();
    if (!input || !toggle || !box) return [...found, 'no password input and toggle'];
    const inside =
      box.left >= input.left - 0.5 &&
      box.right <= input.right + 0.5 &&
      box.top >= input.top - 0.5 &&
      box.bottom <= input.bottom + 0.5;
    if (!inside)
      found.push(`the toggle is outside its input's box: ${JSON.stringify({ box, input })}`);
    if (box.width < 24 || box.height < 24)
      found.push(`the toggle is ${box.width}×${box.height} px`);
    if (!toggle.textContent?.trim()) found.push('the toggle has no name');
    if (!toggle.hasAttribute('aria-pressed')) found.push('the toggle has no aria-pressed');
    // The typed text never runs under the toggle.
    const typed = document.querySelector('.rcs-password input') as HTMLElement;
    const textEnd = input.right - Number.parseFloat(getComputedStyle(typed).paddingRight);
    if (textEnd > box.left + 0.5) found.push('the password text runs under the toggle');
    const select = document.querySelector('select.rcs-input') as HTMLElement;
    const selectStyle = getComputedStyle(select);
    if (selectStyle.appearance !== 'none' || !selectStyle.backgroundImage.includes('gradient'))
      found.push(`the select is drawn natively: ${selectStyle.appearance}`);
    if (Number.parseFloat(selectStyle.paddingRight) < 32)
      found.push(`the select leaves ${selectStyle.paddingRight} for its chevron`);
    return found;
  });
}

/** Every step's controls, measured; returns the problems found, step by step. */
async function walk(page: Page, shot: string): Promise<string[]> {
  const problems: string[] = [];
  const check = async (step: string) => {
    for (const problem of await targetProblems(page)) problems.push(`${step}: ${problem}`);
    await screenshot(page, `theme/${shot}-${step}`);
  };
  await check('sign-up');
  for (const problem of await ownLooks(page)) problems.push(`sign-up: ${problem}`);
  await page.locator('.rcs-submit').click();
  await page.locator('.rcs-error').first().waitFor();
  await check('sign-up-errors');
  // After an empty submit: each field says "required" once; the password checklist stays calm
  // (its rules in the muted colour); the focused invalid input's ring is the error colour.
  const failed = await page.evaluate(() => {
    const color = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).color : 'missing';
    };
    const focused = document.activeElement as HTMLElement;
    const said = [...document.querySelectorAll('.rcs-field[data-invalid]')].map((field) => ({
      field: field.querySelector('input, select')?.getAttribute('name'),
      errors: [...field.querySelectorAll('.rcs-error')].map((e) => e.textContent),
    }));
    return {
      error: color('.rcs-error'),
      muted: color('.rcs-hint, .rcs-optional'),
      unmet: [...document.querySelectorAll('.rcs-check[data-met="false"]')].map(
        (rule) => getComputedStyle(rule).color,
      ),
      said,
      ring: focused.matches('.rcs-input[data-invalid]')
        ? getComputedStyle(focused).outlineColor
        : `focus is on ${focused.tagName}`,
    };
  });
  for (const { field, errors } of failed.said) {
    if (errors.length !== 1) problems.push(`${field} says ${JSON.stringify(errors)}`);
  }
  if (failed.said.length < 4) problems.push(`only ${failed.said.length} fields say required`);
  if (failed.unmet.length !== 5 || failed.unmet.some((c) => c !== failed.muted))
    problems.push(`after an empty submit the rules are ${failed.unmet.join(', ')}, not calm`);
  if (failed.ring !== failed.error)
    problems.push(`the focused invalid input's ring: ${failed.ring}`);
  // Something typed and refused: then the rules still unmet are the error, the met one is not.
  await page.locator('input[name="password"]').fill('abc');
  await page.locator('.rcs-submit').click();
  await page.getByText('The password does not meet every requirement.').waitFor();
  const rules = await page.evaluate(() =>
    [...document.querySelectorAll('.rcs-check')].map((rule) => ({
      met: rule.getAttribute('data-met'),
      color: getComputedStyle(rule).color,
    })),
  );
  const unmetColours = new Set(rules.filter((r) => r.met === 'false').map((r) => r.color));
  if (unmetColours.size !== 1 || !unmetColours.has(failed.error))
    problems.push(`typed and refused, the unmet rules are ${[...unmetColours].join(', ')}`);
  if (rules.filter((r) => r.met === 'false').length >= 5)
    problems.push('all five rules are red at once');
  await check('sign-up-password-refused');
  const username = uniqueUsername('theme');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="email"]').fill(`${username}@example.com`);
  await page.locator('select[name="custom:plan"]').selectOption('pro');
  await page.locator('input[name="custom:terms"]').check();
  await page.locator('input[name="password"]').fill(PASSWORD);
  await check('sign-up-filled');
  // The toggle's focus ring, reached with the keyboard from the password input.
  await page.locator('input[name="password"]').focus();
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const style = getComputedStyle(focused);
    return {
      toggle: focused.classList.contains('rcs-password-toggle'),
      outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    };
  });
  if (!ring.toggle) problems.push('Tab from the password does not reach the toggle');
  if (!ring.outline) problems.push('the focused toggle shows no focus ring');
  await page.locator('.rcs-submit').click();
  await page.locator('input[name="code"]').waitFor();
  await check('confirm');
  // The resend button waiting out its cooldown looks unavailable: muted (a quiet text button,
  // drawn like Start over: no dashed box).
  const resend = await page.evaluate(() => {
    const button = document.querySelector('.rcs-resend') as HTMLElement;
    const style = getComputedStyle(button);
    const hint = document.querySelector('.rcs-hint, .rcs-instructions') as HTMLElement;
    return {
      waiting: button.getAttribute('aria-disabled') === 'true',
      muted: style.color === getComputedStyle(hint).color,
    };
  });
  if (!resend.waiting || !resend.muted) {
    problems.push(`the waiting resend button does not look unavailable: ${JSON.stringify(resend)}`);
  }
  // Signed in: a success mark beside the message, and the app's action (the demo's doneAction).
  await page.locator('input[name="code"]').fill(h.env.code(username) as string);
  await page.locator('.rcs-submit').click();
  await page.locator('.rcs-done').waitFor();
  await check('signed-in');
  const done = await page.evaluate(() => {
    const card = document.querySelector('.rcs-done') as HTMLElement;
    const mark = getComputedStyle(card, '::before');
    // The app's own link or button (doneAction), in the card's action slot.
    const action = card.querySelector('.rcs-done-action > *') as HTMLElement | null;
    const title = document.querySelector('.rcs-title') as HTMLElement;
    return {
      mark: { width: Number.parseFloat(mark.width), background: mark.backgroundColor },
      success: (() => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--rcs-success)';
        card.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      })(),
      action: action && {
        name: action.textContent,
        href: action.getAttribute('href'),
        height: action.getBoundingClientRect().height,
      },
      titleWeight: getComputedStyle(title).fontWeight,
    };
  });
  if (done.mark.width < 24 || done.mark.background !== done.success)
    problems.push(`no success mark: ${JSON.stringify(done.mark)} (success is ${done.success})`);
  if (done.action?.name !== 'Go to your account' || done.action.href !== '#account')
    problems.push(`the done action: ${JSON.stringify(done.action)}`);
  if ((done.action?.height ?? 0) < 24) problems.push('the done action is under 24 px high');
  if (Number(done.titleWeight) < 700)
    problems.push(`the signed-in title weighs ${done.titleWeight}`);
  return problems;
}

describe('every control can be hit, under the CSS apps ship', () => {
  const cases = Object.keys(APP_RESETS).flatMap((reset) =>
    [360, 1280].flatMap((width) =>
      (['light', 'dark'] as const).map((scheme) => ({ reset, width, scheme })),
    ),
  );
  it.each(cases)('$reset at $width px, $scheme', async ({ reset, width, scheme }) => {
    const { page, context } = await h.newPage({
      colorScheme: scheme,
      viewport: { width, height: 900 },
      bypassCSP: true,
    });
    await page.goto(h.url);
    await page.locator('.rcs-submit').waitFor();
    if (APP_RESETS[reset]) await page.addStyleTag({ content: APP_RESETS[reset] });
    expect(await walk(page, `${reset}-${width}-${scheme}`)).toEqual([]);
    await context.close();
  });
});
