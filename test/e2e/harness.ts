import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview, type Rolldown } from 'vite';
import { chromiumLaunchOptions } from '../../dev/chromium.mjs';
import { setCallbackUrls } from '../../dev/local-cognito.mjs';
import { type RangeServer, startRangeServer } from '../../dev/range-server.mjs';
import { type CognitoEnv, startCognitoEnv } from '../integration/localCognito.ts';

export const ARTIFACTS = join(process.cwd(), 'test-results', 'e2e');

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

const resolvePackage = createRequire(import.meta.url).resolve;
const read = (file: string) => readFileSync(file, 'utf8');
const templates = (pkg: string) => join(resolvePackage(`${pkg}/package.json`), '..');
/**
 * The CSS apps ship, by name: the theme's browser tests add each after the kit's stylesheet
 * (the hardest order) and measure the card under it.
 */
export const APP_RESETS: Record<string, string> = {
  none: '',
  // Unlayered here (Tailwind puts it in @layer base, which would make it weaker).
  'tailwind-preflight': read(resolvePackage('tailwindcss/preflight.css')),
  'modern-normalize': read(resolvePackage('modern-normalize/modern-normalize.css')),
  'vite-template': read(join(templates('create-vite'), 'template-react-ts', 'src', 'index.css')),
  'next-template': read(
    join(templates('create-next-app'), 'dist', 'templates', 'app', 'ts', 'app', 'globals.css'),
  ),
  'border-box': '*, *::before, *::after { box-sizing: border-box; }',
};

export interface Harness {
  env: CognitoEnv;
  /** The breached-password range server the demo's check asks (in the CSP's connect-src). */
  range: RangeServer;
  browser: Browser;
  /** The demo's URL, served from a production build under a strict CSP. */
  url: string;
  /** The same demo at `localhost`: WebAuthn refuses an IP address as relying party. */
  localhostUrl: string;
  /** The CSP the demo is served with. */
  csp: string;
  /** File names of the built chunks that hold libphonenumber-js. */
  phoneChunks: string[];
  /** File names of the built chunks that hold amazon-cognito-identity-js (SRP, session cache). */
  identityChunks: string[];
  /** CSP violations reported by every page opened since the last call, then forgotten. */
  takeCspViolations(): string[];
  newPage(options?: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** Lets a test add an app's own stylesheet inline (the demo's CSP allows none). */
    bypassCSP?: boolean;
  }): Promise<DemoPage>;
  close(): Promise<void>;
}

export interface DemoPage {
  page: Page;
  context: BrowserContext;
  /** SignUp requests seen at the network level. */
  signUpRequests: string[];
  /** The AuthFlow of every InitiateAuth request, at the network level. */
  authFlows: string[];
  /** Every URL the page requested. */
  urls: string[];
  console: string[];
  /** CSP violations reported by the page. */
  cspViolations(): Promise<string[]>;
}

/**
 * A real cognito-local and trigger server, the demo built for production and served on a
 * free loopback port with a strict CSP, and headless Chromium.
 */
/**
 * Starts the harness; `cognitoEnv` sets the local Cognito's environment (e.g. short-lived
 * codes: `LOCAL_COGNITO_CODE_TTL_MS`).
 */
export async function startHarness(
  options: { cognitoEnv?: Record<string, string> } = {},
): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // What is started is stopped in reverse order: by close(), or here when a later step fails
  // (no browser, a build error), so a failed start leaves no server behind.
  const stops: (() => unknown)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  try {
    return await start(stops, stopAll, options.cognitoEnv);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function start(
  stops: (() => unknown)[],
  stopAll: () => Promise<void>,
  cognitoEnv?: Record<string, string>,
): Promise<Harness> {
  const env = await startCognitoEnv({ env: cognitoEnv });
  stops.push(() => env.stop());
  const outDir = mkdtempSync(join(tmpdir(), 'rcs-demo-'));
  stops.push(() => rmSync(outDir, { recursive: true, force: true }));
  const range = await startRangeServer();
  stops.push(() => range.close());
  const endpoint = env.url;
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    // The breached-password check's range API is one more origin the page may fetch from.
    `connect-src ${new URL(endpoint).origin} ${range.url}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // No string may reach a script sink (innerHTML, eval, …): React's rendering needs none.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
  Object.assign(process.env, {
    VITE_COGNITO_USER_POOL_ID: env.userPoolId,
    VITE_COGNITO_CLIENT_ID: env.clientId,
    VITE_COGNITO_SRP_CLIENT_ID: env.srpClientId,
    VITE_COGNITO_ENDPOINT: endpoint,
    VITE_COGNITO_DOMAIN: env.cognito.url,
    VITE_RESEND_COOLDOWN: '2',
    VITE_BREACHED_ENDPOINT: range.url,
  });
  const output = await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const chunks = (Array.isArray(output) ? output : [output as Rolldown.RolldownOutput]).flatMap(
    (o) => o.output,
  );
  /** The built chunks with a module from `pkg`. */
  const chunksOf = (pkg: string) =>
    chunks
      .filter((c) => c.type === 'chunk' && Object.keys(c.modules).some((id) => id.includes(pkg)))
      .map((c) => c.fileName);
  const phoneChunks = chunksOf('libphonenumber-js');
  const identityChunks = chunksOf('amazon-cognito-identity-js');
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      headers: { 'Content-Security-Policy': csp },
    },
  });
  stops.push(() => new Promise<void>((resolve) => server.httpServer.close(() => resolve())));
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // The local servers answer the pages of the demo's origins only (a foreign one gets 403).
  const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  await env.cognito.allowOrigins(origins);
  range.allowOrigins(origins);
  // Social sign-up comes back to the demo's pages: the web client's callback URLs.
  await setCallbackUrls(
    env.cognito.url,
    env.userPoolId,
    env.clientId,
    origins.map((origin) => `${origin}/`),
  );
  const browser = await chromium.launch(chromiumLaunchOptions());
  stops.push(() => browser.close());
  const violations: string[] = [];
  return {
    env,
    range,
    browser,
    url: `http://127.0.0.1:${port}/`,
    localhostUrl: `http://localhost:${port}/`,
    csp,
    phoneChunks,
    identityChunks,
    takeCspViolations: () => violations.splice(0),
    async newPage({
      colorScheme = 'light',
      viewport = { width: 720, height: 1100 },
      bypassCSP = false,
    } = {}) {
      const context = await browser.newContext({ colorScheme, viewport, bypassCSP });
      const page = await context.newPage();
      const signUpRequests: string[] = [];
      const authFlows: string[] = [];
      const urls: string[] = [];
      const consoleLines: string[] = [];
      page.on('request', (request) => {
        urls.push(request.url());
        const target = request.headers()['x-amz-target'];
        if (target === 'AWSCognitoIdentityProviderService.SignUp') {
          signUpRequests.push(request.url());
        }
        if (target === 'AWSCognitoIdentityProviderService.InitiateAuth') {
          authFlows.push(String(JSON.parse(request.postData() ?? '{}').AuthFlow));
        }
      });
      page.on('console', (message) => {
        const text = message.text();
        if (text.startsWith('csp-violation ')) violations.push(text.slice(14));
        else consoleLines.push(`${message.type()}: ${text}`);
      });
      page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
      await context.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { __cspViolations: seen });
        document.addEventListener('securitypolicyviolation', (event) => {
          const violation = `${event.violatedDirective} ${event.blockedURI}`;
          seen.push(violation);
          // Reported to the harness too, so it outlives the page.
          console.info(`csp-violation ${violation}`);
        });
      });
      return {
        page,
        context,
        signUpRequests,
        authFlows,
        urls,
        console: consoleLines,
        cspViolations: () =>
          page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
      };
    },
    close: stopAll,
  };
}

/** axe-core's violations on the page (rule id and targets), run inside the page. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document);
    return results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

/** Saves a screenshot of the page as a test artifact (`name` may hold a folder: `fit/en-360`). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * The kit's controls and texts that do not fit: text cut or scrolled inside its box
 * (`scrollWidth > clientWidth`), or a box that reaches past the kit's own right edge.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('.rcs');
    if (!root) return ['no .rcs on the page'];
    const edge = root.getBoundingClientRect().right;
    const found: string[] = [];
    const selector = 'button, label, input, select, h2, p, li, .rcs-error, .rcs-hint, .rcs-status';
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      // Hidden, or visually hidden on purpose (text for screen readers, in a 1 px box).
      if (!element.offsetParent || element.getBoundingClientRect().width <= 1) continue;
      const text = (element.textContent || (element as HTMLInputElement).value || '').trim();
      const name = `${element.tagName.toLowerCase()} "${text.slice(0, 40)}"`;
      if (element.scrollWidth > element.clientWidth + 1) found.push(`${name} scrolls its text`);
      if (element.getBoundingClientRect().right > edge + 0.5) found.push(`${name} passes the edge`);
    }
    return found;
  });
}

/**
 * What stops a person from hitting each control of the kit: every input, select and button
 * (a checkbox with its label) must be at least 24×24 px (WCAG 2.5.8), inside the card and the
 * viewport, not covered by anything at its centre, and not overlapping another control. The
 * show-password toggle must sit on the input's row, beside or inside its end.
 */
export function targetProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('.rcs');
    if (!root) return ['no .rcs on the page'];
    const found: string[] = [];
    const targets: { name: string; box: DOMRect; element: Element }[] = [];
    for (const control of root.querySelectorAll<HTMLElement>('input, select, button')) {
      // Hidden, or visually hidden on purpose.
      if (!control.offsetParent || control.getBoundingClientRect().width <= 1) continue;
      const target = control.closest('.rcs-checkbox') ?? control;
      const label =
        control.getAttribute('aria-label') ??
        (control as HTMLInputElement).labels?.[0]?.textContent ??
        control.textContent;
      const name = `${control.tagName.toLowerCase()} "${(label ?? '').trim().slice(0, 40)}"`;
      target.scrollIntoView({ block: 'center', inline: 'center' });
      const box = target.getBoundingClientRect();
      if (box.width < 24 || box.height < 24) {
        found.push(`${name} is ${Math.round(box.width)}×${Math.round(box.height)} px`);
      }
      const card = root.getBoundingClientRect();
      if (box.left < card.left - 0.5 || box.right > card.right + 0.5) {
        found.push(`${name} leaves the card`);
      }
      if (box.left < 0 || box.right > window.innerWidth) found.push(`${name} leaves the screen`);
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || !(target.contains(hit) || hit.contains(control))) {
        found.push(
          `${name} is covered at its centre by ${hit?.tagName.toLowerCase() ?? 'nothing'}`,
        );
      }
      // Kept in page coordinates: each control was scrolled into view on its own.
      const { scrollX, scrollY } = window;
      const page = new DOMRect(box.x + scrollX, box.y + scrollY, box.width, box.height);
      targets.push({ name, box: page, element: target });
    }
    const seen = new Set<Element>();
    const unique = targets.filter((t) => !seen.has(t.element) && seen.add(t.element));
    // The show-password toggle sits inside its input's box, on purpose: that is no overlap.
    const nested = (a: Element, b: Element) =>
      [a, b].some((e) => e.matches('.rcs-password-toggle')) &&
      a.closest('.rcs-password') === b.closest('.rcs-password');
    for (const [i, a] of unique.entries()) {
      for (const b of unique.slice(i + 1)) {
        if (a.element.closest('.rcs-password') && nested(a.element, b.element)) continue;
        const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (overlapX > 0.5 && overlapY > 0.5) found.push(`${a.name} overlaps ${b.name}`);
      }
    }
    // Left-to-right, the form's texts and controls start on one edge: the inputs'.
    const edge = root.querySelector('.rcs-form .rcs-input:not([type="checkbox"])');
    if (edge && getComputedStyle(root).direction === 'ltr') {
      const left = edge.getBoundingClientRect().left;
      // Texts by where their first letter is; bordered or filled controls by their box.
      const texts =
        '.rcs-title, .rcs-field > .rcs-label, .rcs-hint, .rcs-instructions, .rcs-actions > .rcs-link:first-child';
      const boxes = '.rcs-checkbox, .rcs-resend, .rcs-submit';
      for (const element of root.querySelectorAll<HTMLElement>(`${texts}, ${boxes}`)) {
        if (!element.offsetParent) continue;
        let start = element.getBoundingClientRect().left;
        if (element.matches(texts)) {
          const range = document.createRange();
          range.selectNodeContents(element);
          start = Math.min(...[...range.getClientRects()].map((r) => r.left));
        }
        if (Math.abs(start - left) > 1.5) {
          const name = `${element.className} "${element.textContent?.trim().slice(0, 30)}"`;
          found.push(`${name} starts ${Math.round(start - left)} px off the fields' edge`);
        }
      }
    }
    const row = root.querySelector('.rcs-password');
    const input = row?.querySelector('input')?.getBoundingClientRect();
    const toggle = row?.querySelector('button')?.getBoundingClientRect();
    if (input && toggle) {
      const centre = toggle.top + toggle.height / 2;
      if (Math.abs(centre - (input.top + input.height / 2)) > 2) {
        found.push('the show-password toggle is not centred on the input row');
      }
      if (toggle.top < input.top - 1 || toggle.bottom > input.bottom + 1) {
        found.push('the show-password toggle leaves the input row');
      }
      // The end is the right, or the left in a right-to-left card.
      const rtl = getComputedStyle(row as Element).direction === 'rtl';
      if (
        rtl
          ? toggle.right > input.left + input.width / 2
          : toggle.left < input.left + input.width / 2
      ) {
        found.push('the show-password toggle is not at the end of the input');
      }
    }
    return found;
  });
}

/**
 * Removes one test file's artifacts of an earlier run: its `folder` under the artifacts, or the
 * screenshots directly in it (no folder). Test files run side by side: each clears only its own.
 */
export function clearArtifacts(folder?: string): void {
  const dir = folder ? join(ARTIFACTS, folder) : ARTIFACTS;
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (folder || entry.isFile()) rmSync(join(dir, entry.name), { recursive: true, force: true });
  }
}

/** The confirmation links delivered to `username` so far, oldest first (the local Cognito prints each). */
export function deliveredLinks(h: Harness, username: string): string[] {
  const pattern = new RegExp(`Confirmation link for ${username}: (\\S+)`, 'g');
  return [...h.env.cognito.output().matchAll(pattern)].map((match) => match[1] as string);
}

/**
 * Fills the demo's sign-up form as a person would: the username, the email
 * (`<username>@example.com` unless given), the plan, the terms, a password that meets the
 * policy. Submitting is the test's.
 */
export async function fillDemoSignUp(
  page: Page,
  username: string,
  email = `${username}@example.com`,
): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Plan').selectOption('pro');
  await page.getByLabel('I accept the terms of service').check();
  await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
}

/** Signs `username` up in the demo with "Confirm by link" on; ends at the confirm step. */
export async function signUpByLink(h: Harness, page: Page, username: string): Promise<void> {
  await page.goto(h.url);
  await page.getByLabel('Confirm by link').check();
  await fillDemoSignUp(page, username);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByLabel('Confirmation code').waitFor();
}
