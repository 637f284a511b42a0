// How the browser tests and the bench find (and, where they can, provision) a Chromium.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** Headless, as root, and without the background traffic a closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system browsers looked for on PATH, in this order. */
export const SYSTEM_BROWSERS = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

/** The one line printed when no browser can be found or provisioned. */
export const NO_BROWSER =
  'No Chromium for the browser tests: run `npx playwright-core install chromium` ' +
  '(or `sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Playwright's own download of Chromium is (or would be) installed. */
function playwrightChromium() {
  try {
    return require('playwright-core').chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The browser the tests drive, in this order: `CHROMIUM_PATH`, Playwright's own installed
 * Chromium, then `chromium`, `chromium-browser`, `google-chrome`, `google-chrome-stable` on PATH.
 * `undefined` when there is none. Everything it reads can be given, for tests of the order.
 * @param {{ env?: Record<string, string | undefined>, exists?: (path: string) => boolean, playwrightPath?: string }} [options]
 * @returns {{ path: string, source: 'CHROMIUM_PATH' | 'playwright' | 'system' } | undefined}
 */
export function findChromium({
  env = process.env,
  exists = isExecutable,
  playwrightPath = playwrightChromium(),
} = {}) {
  if (env.CHROMIUM_PATH) {
    // An explicit choice is never second-guessed: a wrong path is an error, not a fallback.
    if (!exists(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file.`);
    }
    return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  if (playwrightPath && exists(playwrightPath))
    return { path: playwrightPath, source: 'playwright' };
  for (const name of SYSTEM_BROWSERS) {
    const path = findOnPath(name, env, exists);
    if (path) return { path, source: 'system' };
  }
  return undefined;
}

/** Runs a command, its output shown; true when it succeeded. @param {string} file @param {string[]} args */
function run(file, args) {
  try {
    execFileSync(file, args, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

/** True when this process may install Debian packages (root, or sudo without a password). */
function canInstallPackages() {
  if (!findOnPath('apt-get')) return false;
  if (process.getuid?.() === 0) return true;
  return Boolean(findOnPath('sudo')) && run('sudo', ['-n', 'true']);
}

/**
 * The first `name` on the PATH, in its order.
 * @param {string} name
 * @param {Record<string, string | undefined>} [env]
 * @param {(path: string) => boolean} [exists]
 */
function findOnPath(name, env = process.env, exists = isExecutable) {
  return (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(exists);
}

/**
 * The browser for the tests: found, or provisioned where this machine allows it (Playwright's
 * download where it is reachable; else Debian's `chromium`, with CJK fonts, where this user may
 * install packages). Throws {@link NO_BROWSER} when neither works: no browser test ever skips.
 * @returns {string} the executable's path
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found.path;
  console.log('No Chromium found for the browser tests; trying to provision one.');
  const cli = join(require.resolve('playwright-core/package.json'), '..', 'cli.js');
  if (run(process.execPath, [cli, 'install', 'chromium'])) {
    const downloaded = findChromium();
    if (downloaded) return downloaded.path;
  }
  if (canInstallPackages()) {
    // `env` carries the variable through sudo; apt-get never stops to ask.
    const apt = [
      ...(process.getuid?.() === 0 ? [] : ['sudo', '-n']),
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
    ];
    const [file, ...prefix] = apt;
    const packages = ['chromium', 'fonts-noto-cjk'];
    if (
      run(file, [...prefix, 'update']) &&
      run(file, [...prefix, 'install', '-y', '--no-install-recommends', ...packages])
    ) {
      const installed = findChromium();
      if (installed) return installed.path;
    }
  }
  throw new Error(NO_BROWSER);
}

/** playwright-core launch options: the browser {@link ensureChromium} finds or provisions. */
export function chromiumLaunchOptions() {
  return { executablePath: ensureChromium(), args: CHROMIUM_ARGS };
}

// `node dev/chromium.mjs` (npm's `pretest`): find or provision the browser before `npm test`,
// or stop with the one line that says what to run.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureChromium();
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
    process.exit(1);
  }
}
