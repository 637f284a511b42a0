import { describe, expect, it } from 'vitest';
import { findChromium, NO_BROWSER } from '../../dev/chromium.mjs';

// The lookup order of the browser the tests drive, with fake paths: nothing here is launched.
const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const PATH = '/opt/bin:/usr/bin';

function find(present: string[], env: Record<string, string | undefined> = {}) {
  return findChromium({
    env: { PATH, ...env },
    exists: (path) => present.includes(path),
    playwrightPath: PLAYWRIGHT,
  });
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, over everything else', () => {
    const all = ['/custom/chrome', PLAYWRIGHT, '/usr/bin/chromium'];
    expect(find(all, { CHROMIUM_PATH: '/custom/chrome' })).toEqual({
      path: '/custom/chrome',
      source: 'CHROMIUM_PATH',
    });
  });

  it('refuses a CHROMIUM_PATH that is not there instead of quietly using another browser', () => {
    expect(() => find([PLAYWRIGHT], { CHROMIUM_PATH: '/missing/chrome' })).toThrow(
      /CHROMIUM_PATH is \/missing\/chrome/,
    );
  });

  it("then Playwright's own download, over the system's browsers", () => {
    expect(find([PLAYWRIGHT, '/usr/bin/chromium'])).toEqual({
      path: PLAYWRIGHT,
      source: 'playwright',
    });
  });

  it('then chromium, chromium-browser, google-chrome, google-chrome-stable on PATH, in that order', () => {
    const system = [
      '/usr/bin/google-chrome-stable',
      '/usr/bin/google-chrome',
      '/usr/bin/chromium-browser',
      '/usr/bin/chromium',
    ];
    expect(find(system)?.path).toBe('/usr/bin/chromium');
    expect(find(system.slice(0, 3))?.path).toBe('/usr/bin/chromium-browser');
    expect(find(system.slice(0, 2))?.path).toBe('/usr/bin/google-chrome');
    expect(find(system.slice(0, 1))).toEqual({
      path: '/usr/bin/google-chrome-stable',
      source: 'system',
    });
  });

  it('looks in the PATH directories in their order', () => {
    expect(find(['/usr/bin/chromium', '/opt/bin/chromium'])?.path).toBe('/opt/bin/chromium');
  });

  it('finds nothing when there is nothing, and the message names the command to run', () => {
    expect(find([])).toBeUndefined();
    expect(NO_BROWSER).toContain('npx playwright-core install chromium');
    expect(NO_BROWSER.split('\n')).toHaveLength(1);
  });
});
