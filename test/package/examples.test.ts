import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../dev/chromium.mjs';
import { cognitoCall, killGroup, setCallbackUrls } from '../../dev/local-cognito.mjs';
import { computeSecretHash, refreshTokens } from '../../src/server/index.ts';
import { axeViolations } from '../e2e/harness.ts';
import {
  type CognitoEnv,
  freePort,
  shortLivedClient,
  startCognitoEnv,
  uniqueUsername,
} from '../integration/localCognito.ts';
import { serveTethered, type TetheredServer } from '../serveTethered.ts';

// The examples in examples/, as a user gets them: the kit installed from `npm pack` output,
// type-checked, built for production, served, and driven in Chromium against the local Cognito.

const root = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'Passw0rd!';
let work: string;
let env: CognitoEnv;
let browser: Browser;
const servers: TetheredServer[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rcs-examples-'));
  // dist/ was built by the global setup: pack it as it would be published.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: root });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz')) as string;
  renameSync(join(work, tarball), join(work, 'react-cognito-signup.tgz'));
  for (const name of ['vite', 'next-app-router']) {
    cpSync(join(root, 'examples', name), join(work, name), {
      recursive: true,
      filter: (path) => !/node_modules|[/\\]\.next|[/\\]dist$/.test(path),
    });
  }
  env = await startCognitoEnv();
  browser = await chromium.launch(chromiumLaunchOptions());
}, 120_000);

afterAll(async () => {
  for (const server of servers) server.stop();
  await browser?.close();
  await env?.stop();
  // A server just stopped ends with its tether a moment later (next dev's workers may still be
  // writing .next): removed again until nothing writes there any more.
  for (let attempt = 0; work && attempt < 60; attempt++) {
    try {
      rmSync(work, { recursive: true, force: true });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
});

/**
 * The environment of an example's commands: without the test runner's own (NODE_ENV=test,
 * VITEST*, VITE_USER_NODE_ENV), which would make their builds development builds.
 */
function exampleEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|VITEST|VITE_|TEST$)/.test(key)),
  );
  return { ...clean, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

function run(cwd: string, args: string[], extra: Record<string, string> = {}) {
  return execFileSync('npm', args, {
    cwd,
    env: exampleEnv(extra),
    stdio: 'pipe',
    encoding: 'utf8',
  });
}

/** Builds in under a minute: the time is printed, the limit is the test's own timeout. */
function timed<T>(label: string, work: () => T): T {
  const start = Date.now();
  const result = work();
  console.log(`${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

/** Starts a server from the example's own node_modules and waits until it answers. */
async function serve(cwd: string, bin: string, args: string[], extra: Record<string, string> = {}) {
  const server = await serveTethered(cwd, join(cwd, 'node_modules', bin), args, exampleEnv(extra));
  servers.push(server);
  return server.url;
}

/**
 * A page that records console errors (hydration warnings among them) and SignUp requests;
 * `prepare` sets up its context before the page loads.
 */
async function open(url: string, prepare?: (context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext();
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const signUps: Array<Record<string, unknown>> = [];
  const initiateAuths: Array<{ AuthFlow?: string; AuthParameters?: Record<string, string> }> = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (target?.endsWith('.SignUp')) signUps.push(JSON.parse(request.postData() ?? '{}'));
    if (target?.endsWith('.InitiateAuth')) {
      initiateAuths.push(JSON.parse(request.postData() ?? '{}'));
    }
  });
  await page.goto(url);
  return { page, errors, signUps, initiateAuths, close: () => context.close() };
}

async function confirm(page: Page, username: string, button = 'Confirm') {
  const code = page.getByLabel(/^Confirmation code/);
  await code.waitFor();
  await code.fill(env.code(username) as string);
  await page.getByRole('button', { name: button }).click();
}

describe('examples/vite', () => {
  it('installs the packed kit, type-checks, builds, and signs up with <SignUp> and headless', async () => {
    const app = join(work, 'vite');
    timed('vite example: npm install', () => run(app, ['install']));
    timed('vite example: type-check and build', () =>
      run(app, ['run', 'build'], {
        VITE_COGNITO_USER_POOL_ID: env.userPoolId,
        VITE_COGNITO_CLIENT_ID: env.clientId,
        VITE_COGNITO_ENDPOINT: env.url,
      }),
    );
    const url = await serve(app, 'vite/bin/vite.js', [
      'preview',
      '--host',
      '127.0.0.1',
      '--strictPort',
      '--port',
    ]);
    // The local Cognito answers the pages of allowed origins only: this app's.
    await env.cognito.allowOrigins([new URL(url).origin]);

    const component = await open(url);
    const username = uniqueUsername('vite');
    await component.page.getByLabel('Username').fill(username);
    await component.page.getByLabel(/^Email/).fill(`${username}@example.com`);
    await component.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await component.page.getByRole('button', { name: 'Create account' }).click();
    await confirm(component.page, username);
    // Signed in, with amazon-cognito-identity-js loaded from a plain Vite build (no global shim).
    await component.page.getByRole('heading', { name: 'Welcome' }).waitFor();
    expect(
      await component.page.evaluate(
        (key) => localStorage.getItem(key),
        `CognitoIdentityServiceProvider.${env.clientId}.LastAuthUser`,
      ),
    ).toBe(username);
    // The README's read-back: getCurrentSession finds that session (the library loaded lazily).
    await component.page.getByText(`Session: ${username}`).waitFor();
    expect(await axeViolations(component.page)).toEqual([]);
    expect(component.errors).toEqual([]);
    await component.close();

    // The README's own-pool example as pasted (a static amazon-cognito-identity-js import, with
    // the one `define` line): the page renders and signs in.
    const ownPool = await open(`${url}#own-pool`);
    const owner = uniqueUsername('ownpool');
    await ownPool.page.getByLabel('Username').fill(owner);
    await ownPool.page.getByLabel(/^Email/).fill(`${owner}@example.com`);
    await ownPool.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await ownPool.page.getByRole('button', { name: 'Create account' }).click();
    await confirm(ownPool.page, owner);
    await ownPool.page.getByRole('heading', { name: 'Welcome' }).waitFor();
    expect(
      await ownPool.page.evaluate(
        (key) => localStorage.getItem(key),
        `CognitoIdentityServiceProvider.${env.clientId}.LastAuthUser`,
      ),
    ).toBe(owner);
    expect(ownPool.errors).toEqual([]);
    await ownPool.close();

    const headless = await open(`${url}#headless`);
    const { page } = headless;
    const other = uniqueUsername('headless');
    await page.getByLabel('Username').fill(other);
    await page.getByLabel(/^Email/).fill(`${other}@example.com`);
    await page.getByLabel(/^Phone number/).fill('+12015550123');
    await page.getByLabel(/^Plan/).selectOption('pro');
    await page.getByLabel('I accept the terms').check();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await confirm(page, other);
    await page.getByRole('heading', { name: `Welcome, ${other}!` }).waitFor();
    expect(headless.signUps[0]).toMatchObject({
      Username: other,
      ValidationData: [{ Name: 'terms', Value: 'true' }],
    });
    const user = await env.user(other);
    expect(user?.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'phone_number', Value: '+12015550123' },
        { Name: 'custom:plan', Value: 'pro' },
      ]),
    );
    expect(headless.errors).toEqual([]);
    await headless.close();
  }, 300_000);
});

describe('examples/next-app-router', () => {
  let app: string;
  /** What `next dev` printed for the pages a newcomer writes first (docs/nextjs.md quotes it). */
  let newcomerErrors: string[] = [];

  beforeAll(async () => {
    app = join(work, 'next-app-router');
    timed('next example: npm install', () => run(app, ['install']));
    const started = Date.now();
    newcomerErrors = await newcomerPageErrors(app);
    console.log(`next example: a newcomer's pages in next dev: ${(Date.now() - started) / 1000} s`);
    timed('next example: type-check', () => run(app, ['run', 'typecheck']));
    // No configuration at build time: the pages read the environment per request.
    timed('next example: build', () => run(app, ['run', 'build']));
  }, 400_000);

  /** Starts `next start` of the built example with this environment (the app client's). */
  async function start(variables: Record<string, string>) {
    const url = await serve(
      app,
      'next/dist/bin/next',
      ['start', '--hostname', '127.0.0.1', '--port'],
      variables,
    );
    await env.cognito.allowOrigins([new URL(url).origin]);
    return url;
  }

  it('docs/nextjs.md quotes the errors a newcomer meets and the example’s files as they are', () => {
    const guide = readFileSync(join(root, 'docs', 'nextjs.md'), 'utf8');
    // autoSignIn={autoSignIn()}, then onSignedIn={…}, from a server component: one error each.
    expect(newcomerErrors).toHaveLength(2);
    expect(newcomerErrors[0]).toMatch(/^Error: Functions cannot be passed directly to Client/);
    expect(newcomerErrors[1]).toMatch(/^Error: Event handlers cannot be passed to Client/);
    // Their words as Next.js prints them (the lines that point at the prop name the kit's
    // function, which may change).
    for (const error of newcomerErrors) {
      for (const line of error.split('\n').filter((text) => !text.startsWith(' '))) {
        expect(guide).toContain(line);
      }
    }
    // The blocks marked `file=…` are the example's files, word for word.
    const quoted = [...guide.matchAll(/^```tsx? file=(\S+)\n([\s\S]*?)^```$/gm)];
    expect(quoted.map((match) => match[1])).toEqual([
      'examples/next-app-router/app/account/page.tsx',
      'examples/next-app-router/proxy.ts',
      'examples/next-app-router/app/api/sign-out/route.ts',
    ]);
    for (const [, file, code] of quoted) {
      expect(code, file).toBe(readFileSync(join(root, file as string), 'utf8'));
    }
  });

  it('renders from a server component, hydrates cleanly and signs up with a SecretHash from its route', async () => {
    // An app client that has a secret: the route handler computes SECRET_HASH with it.
    const { UserPoolClient } = (await cognitoCall(env.cognito.url, 'CreateUserPoolClient', {
      UserPoolId: env.userPoolId,
      ClientName: uniqueUsername('next-secret'),
      GenerateSecret: true,
      ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    })) as { UserPoolClient: { ClientId: string; ClientSecret: string } };
    const url = await start({
      COGNITO_USER_POOL_ID: env.userPoolId,
      COGNITO_CLIENT_ID: UserPoolClient.ClientId,
      COGNITO_ENDPOINT: env.url,
      COGNITO_CLIENT_SECRET: UserPoolClient.ClientSecret,
      // A domain too: a client with a secret cannot exchange a code in the browser, so the
      // page offers no "Continue with Google" and sign-out takes no detour through /logout.
      COGNITO_DOMAIN: env.url,
    });

    const { page, errors, signUps, initiateAuths, close } = await open(url);
    // Server-rendered: the form is in the HTML (streamed in the same response) before any script runs.
    const html = await (await fetch(url)).text();
    expect(html).toContain('Create your account');
    expect(html).not.toContain(UserPoolClient.ClientSecret);
    expect(html).not.toContain('Continue with Google');

    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Créez votre compte' }).waitFor();
    await page.getByLabel('Language').selectOption('en');
    const username = uniqueUsername('next');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel(/^Email/).fill(`${username}@example.com`);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create account' }).click();
    await confirm(page, username);
    // onSignedIn navigates with the App Router to the page the server renders from the cookies.
    await page.waitForURL((address) => address.pathname === '/account');
    await page.getByTestId('username').filter({ hasText: username }).waitFor();
    expect(signUps[0]?.SecretHash).toBe(
      computeSecretHash(username, UserPoolClient.ClientId, UserPoolClient.ClientSecret),
    );
    expect(JSON.stringify(signUps)).not.toContain(UserPoolClient.ClientSecret);
    // Signed in with the Session before navigating, SECRET_HASH from the route.
    expect(initiateAuths).toEqual([
      expect.objectContaining({
        AuthFlow: 'USER_AUTH',
        AuthParameters: {
          USERNAME: username,
          SECRET_HASH: computeSecretHash(
            username,
            UserPoolClient.ClientId,
            UserPoolClient.ClientSecret,
          ),
        },
      }),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    const requested: URL[] = [];
    page.on('request', (request) => requested.push(new URL(request.url())));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((address) => address.href === url);
    expect(requested.filter((address) => address.pathname === '/logout')).toEqual([]);
    expect(errors).toEqual([]);
    await close();

    // The SECRET_HASH route answers this app's own pages only: another origin's page (through
    // its visitor's browser) and a cross-site or non-JSON request are refused.
    const own = new URL(url).origin;
    const ask = (headers: Record<string, string>) =>
      fetch(`${url}api/secret-hash`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ username: 'someone' }),
      }).then((response) => response.status);
    const json = { 'content-type': 'application/json' };
    expect(await ask({ ...json, origin: 'http://evil.example' })).toBe(403);
    expect(await ask(json)).toBe(403); // no Origin: not a page of this app
    expect(await ask({ ...json, origin: own, 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(await ask({ 'content-type': 'text/plain', origin: own })).toBe(415);
    expect(await ask({ ...json, origin: own, 'sec-fetch-site': 'same-origin' })).toBe(200);
  }, 300_000);

  it('keeps the session in cookies the server verifies: /account, a refresh in the proxy, sign-out; Tailwind over the theme, .dark', async () => {
    // A public app client whose ID and access tokens live 15 seconds: the test outlives them.
    const clientId = await shortLivedClient(
      env,
      ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      15,
    );
    const url = await start({
      COGNITO_USER_POOL_ID: env.userPoolId,
      COGNITO_CLIENT_ID: clientId,
      COGNITO_ENDPOINT: env.url,
    });
    // Signed out: the proxy sends /account to the sign-up page before anything renders.
    const signedOut = await fetch(`${url}account`, { redirect: 'manual' });
    expect(signedOut.status).toBe(307);
    // To this site as it was asked for (127.0.0.1), not the host Next runs as (localhost); an
    // answer that depends on the visitor's cookies, which no cache may keep.
    expect(new URL(signedOut.headers.get('location') ?? '', url).href).toBe(url);
    expect(signedOut.headers.get('cache-control')).toContain('no-store');

    const { page, errors, close } = await open(url, async (context) => {
      // What the card shows from the first byte on, however briefly: its steps, whether a done
      // or signed-in message was ever in the page, and what the signed-in card said.
      await context.addInitScript(() => {
        const seen = { steps: [] as string[], doneCard: false, signedInCard: [] as string[] };
        Object.assign(window, { __seen: seen });
        new MutationObserver(() => {
          for (const card of document.querySelectorAll('.rcs[data-step]')) {
            const step = card.getAttribute('data-step') ?? '';
            if (seen.steps.at(-1) !== step) seen.steps.push(step);
            if (step === 'signedIn') {
              seen.signedInCard.push(`${card.getAttribute('aria-busy')}:${card.textContent}`);
            }
          }
          if (document.querySelector('.rcs-done')) seen.doneCard = true;
        }).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      });
    });
    const card = page.locator('.rcs');
    await card.waitFor();
    /** What the card looks like; colours as sRGB [r, g, b] (a canvas paints each one). */
    const look = () =>
      card.evaluate((element) => {
        const canvas = document
          .createElement('canvas')
          .getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
        const rgb = (color: string) => {
          canvas.clearRect(0, 0, 1, 1);
          canvas.fillStyle = color;
          canvas.fillRect(0, 0, 1, 1);
          return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        };
        const style = getComputedStyle(element);
        const tailwind = getComputedStyle(document.documentElement);
        const submit = element.querySelector('button[type="submit"]') as Element;
        return {
          borderWidth: style.borderTopWidth,
          radius: style.borderTopLeftRadius,
          background: rgb(style.backgroundColor),
          border: rgb(style.borderTopColor),
          submit: rgb(getComputedStyle(submit).backgroundColor),
          emerald600: rgb(tailwind.getPropertyValue('--color-emerald-600')),
          emerald700: rgb(tailwind.getPropertyValue('--color-emerald-700')),
          emerald300: rgb(tailwind.getPropertyValue('--color-emerald-300')),
        };
      });
    const brightness = ([r = 0, g = 0, b = 0]: number[]) => (r + g + b) / 3;
    /** The same colour, give or take the rounding of two notations (lab, oklch) to sRGB. */
    const same = (actual: number[], expected: number[]) =>
      expect(
        Math.max(...actual.map((channel, i) => Math.abs(channel - (expected[i] ?? -9)))),
      ).toBeLessThanOrEqual(2);
    // Tailwind's utilities on <SignUp className> beat the theme (a 1px grey border, rounded
    // corners, a blue accent; in the components layer) without !important: a 4px emerald-600
    // border, square corners, the submit button in emerald-700 (--rcs-accent).
    const light = await look();
    expect(light).toMatchObject({ borderWidth: '4px', radius: '0px' });
    same(light.border, light.emerald600);
    same(light.submit, light.emerald700);
    expect(brightness(light.background)).toBeGreaterThan(200); // the theme's light card
    await page.screenshot({ path: join(SHOTS, 'next-light.png'), fullPage: true });
    // `.dark` on <html> (the page's toggle): the theme's card turns dark; the utilities stay,
    // and their dark: variant follows the same class (an emerald-300 accent).
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
    const dark = await look();
    expect(dark).toMatchObject({ borderWidth: '4px', radius: '0px' });
    expect(brightness(dark.background)).toBeLessThan(60);
    same(dark.submit, dark.emerald300);
    await page.screenshot({ path: join(SHOTS, 'next-dark.png'), fullPage: true });
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.waitForFunction(() => !document.documentElement.classList.contains('dark'));

    const username = uniqueUsername('nextsession');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel(/^Email/).fill(`${username}@example.com`);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await confirm(page, username);
    // Signed in, the App Router goes to /account, which the server renders from the cookies.
    await page.waitForURL((address) => address.pathname === '/account');
    await page.getByTestId('username').filter({ hasText: username }).waitFor();
    await page
      .getByTestId('email')
      .filter({ hasText: `${username}@example.com` })
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'next-account.png'), fullPage: true });
    // No welcome on the way: from the code, the card was busy and empty until the account page
    // (<SignUp handOff> hands over while onSignedIn navigates).
    type Seen = { steps: string[]; doneCard: boolean; signedInCard: string[] };
    const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
    expect(seen.steps.slice(0, 2)).toEqual(['signUp', 'confirm']);
    expect(seen.doneCard).toBe(false);
    expect(new Set(seen.signedInCard)).toEqual(new Set(['true:']));

    // The session cookies, as sessionCookieStorage writes them on http://127.0.0.1.
    const prefix = `CognitoIdentityServiceProvider.${clientId}.`;
    const names = {
      accessToken: `${prefix}${username}.accessToken`,
      refreshToken: `${prefix}${username}.refreshToken`,
    };
    const jar = async () =>
      new Map((await page.context().cookies()).map((cookie) => [cookie.name, cookie]));
    const first = await jar();
    for (const name of [`${prefix}LastAuthUser`, names.refreshToken]) {
      expect(first.get(name)).toMatchObject({
        path: '/',
        sameSite: 'Lax',
        httpOnly: false,
        secure: false,
      });
    }
    // The access token's cookie lives as long as the token (15 s): read while it is there.
    const firstAccess = first.get(names.accessToken)?.value;
    expect(firstAccess, 'the access token cookie expired before the test read it').toBeDefined();
    const firstExp = expiryOf(firstAccess ?? '');
    const refreshToken = first.get(names.refreshToken)?.value ?? '';
    expect(refreshToken).not.toBe('');

    // Back to the sign-up page by a link: cacheComponents kept it in a hidden <Activity>; the
    // wrapper gives a fresh form, not the card that handed over. Then /account by a link that
    // was not prefetched while signed out.
    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.waitForURL((address) => address.pathname === '/');
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(await card.getAttribute('aria-busy')).toBeNull();
    await page.getByRole('link', { name: 'Account' }).click();
    await page.waitForURL((address) => address.pathname === '/account');
    await page.getByTestId('username').filter({ hasText: username }).waitFor();

    // The access token expires (its cookie with it); the page asked again still shows the user:
    // the proxy refreshed the session and wrote the new cookies.
    await page.waitForFunction((exp) => Date.now() / 1000 > exp + 1, firstExp, {
      timeout: 30_000,
      polling: 250,
    });
    const again = await page.reload();
    expect(again?.status()).toBe(200);
    const written = (await again?.headerValues('set-cookie')) ?? [];
    expect(written.some((line) => line.startsWith(`${names.accessToken}=`))).toBe(true);
    await page.getByTestId('username').filter({ hasText: username }).waitFor();
    const refreshed = await jar();
    expect(expiryOf(refreshed.get(names.accessToken)?.value ?? '')).toBeGreaterThan(firstExp);

    // Sign out: the cookies go, the refresh token is revoked, and /account redirects again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((address) => address.href === url);
    expect([...(await jar()).keys()].filter((name) => name.startsWith(prefix))).toEqual([]);
    const back = await page.goto(`${url}account`);
    const asked = back?.request().redirectedFrom();
    expect(asked?.url()).toBe(`${url}account`);
    expect((await asked?.response())?.status()).toBe(307);
    expect(page.url()).toBe(url);
    await expect(
      refreshTokens({ userPoolId: env.userPoolId, clientId, endpoint: env.url, refreshToken }),
    ).rejects.toMatchObject({ code: 'NotAuthorizedException' });
    expect(errors).toEqual([]);
    await close();
  }, 300_000);

  it('"Continue with Google": the local stand-in, back on the page, then /account from the cookies the server verifies', async () => {
    const url = await start({
      COGNITO_USER_POOL_ID: env.userPoolId,
      COGNITO_CLIENT_ID: env.clientId,
      COGNITO_ENDPOINT: env.url,
      // The local Cognito is the user pool domain too.
      COGNITO_DOMAIN: env.url,
    });
    // The web client has Google and the code grant; this page is its callback URL now.
    await setCallbackUrls(env.url, env.userPoolId, env.clientId, [url]);
    const { page, errors, close } = await open(url);
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    await page.getByRole('button', { name: 'Continue with Google' }).click();
    await page.getByRole('heading', { name: /Sign in with Google/ }).waitFor();
    await page.getByRole('button', { name: /Ada Lovelace/ }).click();
    // Back with a code, exchanged in the page, the session in cookies: on to /account, which
    // the server renders from them (handOff: the card busy until then).
    await page.waitForURL((address) => address.pathname === '/account');
    await page.getByTestId('email').filter({ hasText: 'ada@example.com' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'next-social-account.png'), fullPage: true });
    expect(visited.some((address) => new URL(address).searchParams.has('code'))).toBe(true);
    await page.goBack();
    expect(new URL(page.url()).searchParams.has('code')).toBe(false);
    await page.goForward();
    await page.getByTestId('email').filter({ hasText: 'ada@example.com' }).waitFor();

    // Sign out: the app's cookies go, and the domain's own session through its /logout, which
    // sends the browser back to the sign-up page (one of the client's sign-out URLs).
    const requested: URL[] = [];
    const answers: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url())));
    page.on('response', (response) => answers.push(`${response.status()} ${response.url()}`));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page
      .waitForURL((address) => address.href === url)
      .catch((error: Error) => {
        throw new Error(`${error.message}\nat ${page.url()}; answers:\n${answers.join('\n')}`);
      });
    const logout = requested.find((address) => address.pathname === '/logout');
    expect(logout?.origin).toBe(new URL(env.url).origin);
    expect(logout?.searchParams.get('logout_uri')).toBe(url);
    await page.getByRole('button', { name: 'Continue with Google' }).waitFor();
    const cookies = await page.context().cookies();
    expect(
      cookies.filter((cookie) => cookie.name.startsWith('CognitoIdentityServiceProvider.')),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 300_000);

  it('"Continue with Google" under next dev too (with React’s development remount)', async () => {
    // `npm run dev`, where a newcomer tries the example first: Next 16 builds it apart from the
    // production build the other tests serve (.next/dev).
    const url = await serve(
      app,
      'next/dist/bin/next',
      ['dev', '--hostname', '127.0.0.1', '--port'],
      {
        COGNITO_USER_POOL_ID: env.userPoolId,
        COGNITO_CLIENT_ID: env.clientId,
        COGNITO_ENDPOINT: env.url,
        COGNITO_DOMAIN: env.url,
      },
    );
    await env.cognito.allowOrigins([new URL(url).origin]);
    await setCallbackUrls(env.url, env.userPoolId, env.clientId, [url]);
    const { page, close } = await open(url);
    await page.getByRole('button', { name: 'Continue with Google' }).click({ timeout: 120_000 });
    await page.getByRole('heading', { name: /Sign in with Google/ }).waitFor();
    await page.getByRole('button', { name: /Grace Hopper/ }).click();
    await page.waitForURL((address) => address.pathname === '/account', { timeout: 120_000 });
    await page
      .getByTestId('username')
      .filter({ hasText: /^Google_/ })
      .waitFor();
    await close();
  }, 300_000);
});

const SHOTS = join(root, 'test-results', 'examples');

/** A JWT's `exp` (unverified: the test reads what the browser holds). */
function expiryOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  return Number(payload.exp);
}

/**
 * Pages a newcomer writes first, a server component handing the kit's client `<SignUp>` a
 * function (`autoSignIn={autoSignIn()}`, then `onSignedIn={…}`), requested from `next dev` in
 * the installed example; their errors as Next.js prints them (the `⨯ Error:` line and what
 * follows it up to the stack), one per page. The pages are removed afterwards.
 */
async function newcomerPageErrors(app: string): Promise<string[]> {
  const pages = {
    'newcomer-auto-sign-in': `import { SignUp } from 'react-cognito-signup';
import { autoSignIn } from 'react-cognito-signup/sign-in';

export default function Page() {
  return <SignUp clientId="example" autoSignIn={autoSignIn()} />;
}
`,
    'newcomer-on-signed-in': `import { SignUp } from 'react-cognito-signup';

export default function Page() {
  return <SignUp clientId="example" onSignedIn={() => console.log('signed in')} />;
}
`,
  };
  for (const [name, source] of Object.entries(pages)) {
    mkdirSync(join(app, 'app', name), { recursive: true });
    writeFileSync(join(app, 'app', name, 'page.tsx'), source);
  }
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(root, 'dev', 'tethered.mjs'),
      join(app, 'node_modules', 'next', 'dist', 'bin', 'next'),
      'dev',
      '--hostname',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { cwd: app, env: exampleEnv({}), detached: true, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  child.channel?.unref();
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  try {
    const errors: string[] = [];
    for (const name of Object.keys(pages)) {
      // Compiled on demand: asked until it answers (500, the error), then its error is read.
      let status = 0;
      for (let i = 0; i < 300 && !status; i++) {
        status = await fetch(`http://127.0.0.1:${port}/${name}`).then(
          (response) => response.status,
          () => 0,
        );
        if (!status) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status).toBe(500);
      for (let i = 0; i < 100 && !output.includes(`GET /${name} 500`); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const before = output.slice(0, output.indexOf(`GET /${name} 500`));
      const block = before.slice(before.lastIndexOf('⨯ Error: ') + 2);
      errors.push(block.slice(0, block.indexOf('\n    at ')).trimEnd());
    }
    return errors;
  } finally {
    killGroup(child.pid);
    for (const name of Object.keys(pages)) {
      rmSync(join(app, 'app', name), { recursive: true, force: true });
    }
    rmSync(join(app, '.next'), { recursive: true, force: true });
  }
}
