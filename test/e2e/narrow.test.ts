import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueUsername } from '../integration/localCognito.ts';
import {
  APP_RESETS,
  axeViolations,
  clearArtifacts,
  fillDemoSignUp,
  type Harness,
  overflowing,
  screenshot,
  startHarness,
  targetProblems,
} from './harness.ts';

// The card at its narrowest and in forced colours (#40), and the code drawn as six slots in one
// input (#39), measured from pixels under the CSS apps ship. Screenshots under
// test-results/e2e/narrow/.

const PASSWORD = 'Passw0rd!';
const TIMEOUT = { timeout: 30_000 };
let h: Harness;

beforeAll(async () => {
  clearArtifacts('narrow');
  h = await startHarness();
});
afterAll(() => h?.close());

/** Runs of columns (first, last) where `on(x)` holds. */
function runsOf(width: number, on: (x: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let x = 0; x <= width; x++) {
    const inside = x < width && on(x);
    if (inside && start < 0) start = x;
    if (!inside && start >= 0) {
      runs.push([start, x - 1]);
      start = -1;
    }
  }
  return runs;
}

/**
 * The code input's slots (columns that differ from the card on the input's middle row, empty)
 * and the glyphs typed into it (columns that change when six characters are typed), from two
 * screenshots of the input and 4 px of card either side.
 */
async function slotsAndGlyphs(page: Page, code: Locator) {
  await code.fill('');
  await code.blur();
  const box = await code.boundingBox();
  if (!box) throw new Error('no code input');
  const clip = { x: box.x - 4, y: box.y, width: box.width + 8, height: box.height };
  const empty = await page.screenshot({ clip });
  await code.fill('808080');
  await code.blur();
  const filled = await page.screenshot({ clip });
  const [a, b] = await page.evaluate(
    async (images) =>
      Promise.all(
        images.map(async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d') as CanvasRenderingContext2D;
          context.drawImage(image, 0, 0);
          const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
          return { data: [...data], width, height };
        }),
      ),
    [empty.toString('base64'), filled.toString('base64')],
  );
  if (!a || !b) throw new Error('no screenshots');
  const { width, height } = a;
  const pixel = (image: typeof a, x: number, y: number) =>
    image.data.slice((y * width + x) * 4, (y * width + x) * 4 + 3);
  const distance = (p: number[], q: number[]) =>
    Math.abs((p[0] ?? 0) - (q[0] ?? 0)) +
    Math.abs((p[1] ?? 0) - (q[1] ?? 0)) +
    Math.abs((p[2] ?? 0) - (q[2] ?? 0));
  const middle = Math.floor(height / 2);
  const card = pixel(a, 0, middle);
  const slots = runsOf(width, (x) => distance(pixel(a, x, middle), card) > 12);
  const glyphs = runsOf(width, (x) => {
    for (let y = 0; y < height; y++) if (distance(pixel(a, x, y), pixel(b, x, y)) > 60) return true;
    return false;
  });
  return { slots, glyphs };
}

describe('the code: six slots in one input', () => {
  it.each(Object.keys(APP_RESETS))('under %s, at 360 px', async (reset) => {
    const { page, context } = await h.newPage({
      viewport: { width: 360, height: 800 },
      bypassCSP: true,
    });
    await page.goto(h.url);
    await page.locator('.rcs-submit:not([disabled])').waitFor(TIMEOUT);
    if (APP_RESETS[reset]) await page.addStyleTag({ content: APP_RESETS[reset] });
    // "I already have a code": the confirm step without a request.
    await page.getByLabel('Username').fill(uniqueUsername('slots'));
    await page.getByRole('button', { name: 'I already have a code' }).click();
    const code = page.getByLabel('Confirmation code');
    await code.waitFor(TIMEOUT);
    // One field: one textbox on the step, the one-time-code input people know.
    expect(await page.locator('form[data-step="confirm"] input:not([type="hidden"])').count()).toBe(
      1,
    );
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    const { slots, glyphs } = await slotsAndGlyphs(page, code);
    expect(slots).toHaveLength(6);
    for (const [first, last] of slots) expect(last - first + 1).toBeGreaterThanOrEqual(20);
    expect(glyphs).toHaveLength(6);
    // Each character inside its own slot, and all six shown without scrolling.
    glyphs.forEach(([first, last], i) => {
      const slot = slots[i] as [number, number];
      expect(first).toBeGreaterThanOrEqual(slot[0]);
      expect(last).toBeLessThanOrEqual(slot[1]);
    });
    await code.press('End');
    expect(await code.evaluate((input) => input.scrollLeft)).toBe(0);
    expect(await targetProblems(page)).toEqual([]);
    await screenshot(page, `narrow/slots-${reset}`);
    // Text inserted at once (as a paste or an autofill inserts it) fills the one field; backspace
    // takes the last character.
    await code.fill('');
    await code.focus();
    await page.keyboard.insertText('123456');
    await page.keyboard.press('Backspace');
    expect(await code.inputValue()).toBe('12345');
    await context.close();
  });
});

describe('at 320 px', () => {
  it('a 35-character username and a long email stay inside the card on every step', async () => {
    const { page, context } = await h.newPage({ viewport: { width: 320, height: 800 } });
    const username = `${uniqueUsername('narrow')}${'x'.repeat(35)}`.slice(0, 35);
    expect(username).toHaveLength(35);
    await page.goto(h.url);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Email').fill(`${username}@a-rather-long-subdomain.example.com`);
    await page.getByLabel('Plan').selectOption('pro');
    await page.getByLabel('I accept the terms of service').check();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    // A typed value longer than its input scrolls inside it, as in any input: everything else fits.
    expect((await overflowing(page)).filter((found) => !found.startsWith('input '))).toEqual([]);
    await page.getByRole('button', { name: 'Create account' }).click();
    const code = page.getByLabel('Confirmation code');
    await code.waitFor(TIMEOUT);
    expect(await overflowing(page)).toEqual([]);
    expect(await targetProblems(page)).toEqual([]);
    await screenshot(page, 'narrow/320-confirm');
    await code.fill(h.env.code(username) as string);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Welcome' }).waitFor(TIMEOUT);
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'narrow/320-signed-in');
    await context.close();
  });
});

describe('in forced colours', () => {
  /** The kit's visible buttons that draw no boundary (a border) of their own. */
  const boundless = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.rcs button')]
        .filter((button) => button.getClientRects().length && button.offsetWidth > 1)
        .filter((button) => {
          const style = getComputedStyle(button);
          return (
            style.borderTopStyle === 'none' ||
            Number.parseFloat(style.borderTopWidth) < 1 ||
            style.borderTopColor === 'rgba(0, 0, 0, 0)'
          );
        })
        .map((button) => button.textContent?.trim()),
    );

  it('every button keeps a visible boundary; an unavailable resend is greyed, not only dashed', async () => {
    const { page, context } = await h.newPage({ viewport: { width: 360, height: 900 } });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(h.url);
    await page.locator('.rcs-submit:not([disabled])').waitFor(TIMEOUT);
    expect(await boundless(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'narrow/forced-colors-sign-up');
    const username = uniqueUsername('forced');
    await fillDemoSignUp(page, username);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByLabel('Confirmation code').waitFor(TIMEOUT);
    const resend = page.locator('.rcs-resend');
    const look = () =>
      resend.evaluate((button) => {
        const style = getComputedStyle(button);
        return { color: style.color, line: style.textDecorationLine };
      });
    expect(await resend.getAttribute('aria-disabled')).toBe('true');
    const waiting = await look();
    expect(await boundless(page)).toEqual([]);
    await screenshot(page, 'narrow/forced-colors-confirm');
    await expect.poll(() => resend.getAttribute('aria-disabled'), TIMEOUT).toBeNull();
    const available = await look();
    // Unavailable: another colour (GrayText) and no underline, besides its border.
    expect(waiting.color).not.toBe(available.color);
    expect(waiting.line).toBe('none');
    expect(available.line).toBe('underline');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
