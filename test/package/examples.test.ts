import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../dev/chromium.mjs';
import { cognitoCall } from '../../dev/local-cognito.mjs';
import { computeSecretHash } from '../../src/server/index.ts';
import { axeViolations } from '../e2e/harness.ts';
import { type CognitoEnv, startCognitoEnv, uniqueUsername } from '../integration/localCognito.ts';
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
  if (work) rmSync(work, { recursive: true, force: true });
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

/** A page that records console errors (hydration warnings among them) and SignUp requests. */
async function open(url: string) {
  const context = await browser.newContext();
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
  it('installs the packed kit, type-checks, builds, renders from a server component, hydrates cleanly and signs up with a SecretHash from its route', async () => {
    const app = join(work, 'next-app-router');
    // An app client that has a secret: the route handler computes SECRET_HASH with it.
    const { UserPoolClient } = (await cognitoCall(env.cognito.url, 'CreateUserPoolClient', {
      UserPoolId: env.userPoolId,
      ClientName: uniqueUsername('next-secret'),
      GenerateSecret: true,
      ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    })) as { UserPoolClient: { ClientId: string; ClientSecret: string } };
    const variables = {
      NEXT_PUBLIC_COGNITO_USER_POOL_ID: env.userPoolId,
      NEXT_PUBLIC_COGNITO_CLIENT_ID: UserPoolClient.ClientId,
      NEXT_PUBLIC_COGNITO_ENDPOINT: env.url,
      COGNITO_CLIENT_SECRET: UserPoolClient.ClientSecret,
    };
    timed('next example: npm install', () => run(app, ['install']));
    timed('next example: type-check', () => run(app, ['run', 'typecheck']));
    timed('next example: build', () => run(app, ['run', 'build'], variables));
    const url = await serve(
      app,
      'next/dist/bin/next',
      ['start', '--hostname', '127.0.0.1', '--port'],
      variables,
    );
    await env.cognito.allowOrigins([new URL(url).origin]);

    const { page, errors, signUps, initiateAuths, close } = await open(url);
    // Server-rendered: the form is in the HTML before any script runs.
    const html = await (await fetch(url)).text();
    expect(html).toContain('Create your account');
    expect(html).not.toContain(UserPoolClient.ClientSecret);

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
    // onConfirmed navigates with the App Router.
    await page.getByRole('heading', { name: `Welcome, ${username}!` }).waitFor();
    expect(signUps[0]?.SecretHash).toBe(
      computeSecretHash(username, UserPoolClient.ClientId, UserPoolClient.ClientSecret),
    );
    expect(JSON.stringify(signUps)).not.toContain(UserPoolClient.ClientSecret);
    // Signed in with the Session before navigating, SECRET_HASH from the route, cached in the page.
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
    expect(
      await page.evaluate(
        (key) => localStorage.getItem(key),
        `CognitoIdentityServiceProvider.${UserPoolClient.ClientId}.LastAuthUser`,
      ),
    ).toBe(username);
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
});
