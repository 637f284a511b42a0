import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview, type Rolldown } from 'vite';
import { chromiumLaunchOptions } from '../../dev/chromium.mjs';
import { type CognitoEnv, startCognitoEnv } from '../integration/localCognito.ts';

export const ARTIFACTS = join(process.cwd(), 'test-results', 'e2e');

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export interface Harness {
  env: CognitoEnv;
  browser: Browser;
  /** The demo's URL, served from a production build under a strict CSP. */
  url: string;
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
export async function startHarness(): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // What is started is stopped in reverse order: by close(), or here when a later step fails
  // (no browser, a build error), so a failed start leaves no server behind.
  const stops: (() => unknown)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  try {
    return await start(stops, stopAll);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function start(stops: (() => unknown)[], stopAll: () => Promise<void>): Promise<Harness> {
  const env = await startCognitoEnv();
  stops.push(() => env.stop());
  const outDir = mkdtempSync(join(tmpdir(), 'rcs-demo-'));
  stops.push(() => rmSync(outDir, { recursive: true, force: true }));
  const endpoint = env.url;
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src ${new URL(endpoint).origin}`,
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
    VITE_RESEND_COOLDOWN: '2',
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
  const browser = await chromium.launch(chromiumLaunchOptions());
  stops.push(() => browser.close());
  const violations: string[] = [];
  return {
    env,
    browser,
    url: `http://127.0.0.1:${port}/`,
    csp,
    phoneChunks,
    identityChunks,
    takeCspViolations: () => violations.splice(0),
    async newPage({ colorScheme = 'light', viewport = { width: 720, height: 1100 } } = {}) {
      const context = await browser.newContext({ colorScheme, viewport });
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

/** Removes the artifacts of an earlier run. */
export function clearArtifacts(): void {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
}
