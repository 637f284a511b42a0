import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueUsername } from '../integration/localCognito.ts';
import {
  clearArtifacts,
  type Harness,
  screenshot,
  startHarness,
  targetProblems,
} from './harness.ts';

// The theme under the CSS apps ship: each reset is added after the kit's stylesheet (the
// hardest order), and every control a person must hit is measured on every step, at 360 and
// 1280 px, light and dark. Screenshots under test-results/e2e/theme/.

const resolve = createRequire(import.meta.url).resolve;
const read = (file: string) => readFileSync(file, 'utf8');
const templates = (pkg: string) => join(resolve(`${pkg}/package.json`), '..');
const RESETS: Record<string, string> = {
  none: '',
  // Unlayered here (Tailwind puts it in @layer base, which would make it weaker).
  'tailwind-preflight': read(resolve('tailwindcss/preflight.css')),
  'modern-normalize': read(resolve('modern-normalize/modern-normalize.css')),
  'vite-template': read(join(templates('create-vite'), 'template-react-ts', 'src', 'index.css')),
  'next-template': read(
    join(templates('create-next-app'), 'dist', 'templates', 'app', 'ts', 'app', 'globals.css'),
  ),
  'border-box': '*, *::before, *::after { box-sizing: border-box; }',
};
const PASSWORD = 'Passw0rd!';
let h: Harness;

beforeAll(async () => {
  clearArtifacts('theme');
  h = await startHarness();
});
afterAll(() => h?.close());

/** Every step's controls, measured; returns the problems found, step by step. */
async function walk(page: Page, shot: string): Promise<string[]> {
  const problems: string[] = [];
  const check = async (step: string) => {
    for (const problem of await targetProblems(page)) problems.push(`${step}: ${problem}`);
    await screenshot(page, `theme/${shot}-${step}`);
  };
  await check('sign-up');
  await page.locator('.rcs-submit').click();
  await page.locator('.rcs-error').first().waitFor();
  await check('sign-up-errors');
  // After a failed submit: the unmet rules and the focused invalid input speak in the error colour.
  const failed = await page.evaluate(() => {
    const color = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).color : 'missing';
    };
    const focused = document.activeElement as HTMLElement;
    return {
      error: color('.rcs-error'),
      unmet: color('.rcs-check[data-met="false"]'),
      ring: focused.matches('.rcs-input[data-invalid]')
        ? getComputedStyle(focused).outlineColor
        : `focus is on ${focused.tagName}`,
    };
  });
  if (failed.unmet !== failed.error) problems.push(`unmet rules are ${failed.unmet}, not red`);
  if (failed.ring !== failed.error)
    problems.push(`the focused invalid input's ring: ${failed.ring}`);
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
  // The resend button waiting out its cooldown looks unavailable: muted, dashed.
  const resend = await page.evaluate(() => {
    const button = document.querySelector('.rcs-resend') as HTMLElement;
    const style = getComputedStyle(button);
    const hint = document.querySelector('.rcs-hint, .rcs-instructions') as HTMLElement;
    return {
      waiting: button.getAttribute('aria-disabled') === 'true',
      muted: style.color === getComputedStyle(hint).color,
      dashed: style.borderTopStyle === 'dashed',
    };
  });
  if (!resend.waiting || !resend.muted || !resend.dashed) {
    problems.push(`the waiting resend button does not look unavailable: ${JSON.stringify(resend)}`);
  }
  return problems;
}

describe('every control can be hit, under the CSS apps ship', () => {
  const cases = Object.keys(RESETS).flatMap((reset) =>
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
    if (RESETS[reset]) await page.addStyleTag({ content: RESETS[reset] });
    expect(await walk(page, `${reset}-${width}-${scheme}`)).toEqual([]);
    await context.close();
  });
});
