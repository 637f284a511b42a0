import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../dev/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let work: string;
let tarball: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rcs-consumer-'));
  // dist/ was built by the global setup: pack it as it would be published.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], {
    cwd: root,
    stdio: 'pipe',
  });
  const file = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!file) throw new Error('npm pack produced no tarball');
  tarball = join(work, file);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const APP = `import { createRoot } from 'react-dom/client';
import { version } from 'react';
import { SignUp } from 'react-cognito-signup';
import { createFakeTransport } from 'react-cognito-signup/testing';
import { fr } from 'react-cognito-signup/locales/fr';
import 'react-cognito-signup/styles.css';

const transport = createFakeTransport({
  SignUp: { UserConfirmed: false, UserSub: 'sub', CodeDeliveryDetails: { Destination: 'a***@e***', DeliveryMedium: 'EMAIL' } },
  ConfirmSignUp: (request) => {
    if (request.ConfirmationCode !== '123456') throw { __type: 'CodeMismatchException', message: 'bad code' };
    return {};
  },
});

createRoot(document.getElementById('root')).render(
  <main>
    <h1>Consumer on React <span id="react-version">{version}</span></h1>
    <SignUp clientId="abc123" transport={transport} catalog={new URLSearchParams(location.search).has('fr') ? fr : undefined} fields={['email']} />
  </main>,
);
`;

describe.each([18, 19])('a fresh Vite app on React %i', (major) => {
  it('installs the packed tarball, builds, and runs the flow in Chromium', async () => {
    const app = join(work, `react${major}`);
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: `consumer-react-${major}`,
        private: true,
        type: 'module',
        dependencies: {
          react: `^${major}`,
          'react-dom': `^${major}`,
          'react-hook-form': '^7',
          'react-cognito-signup': `file:${tarball}`,
        },
      }),
    );
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html lang="en"><head><title>Consumer</title><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>',
    );
    writeFileSync(join(app, 'src', 'main.jsx'), APP);
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'],
      {
        cwd: app,
        stdio: 'pipe',
      },
    );

    await build({
      root: app,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: join(app, 'dist') },
    });
    const server = await preview({
      root: app,
      configFile: false,
      logLevel: 'warn',
      build: { outDir: join(app, 'dist') },
      preview: { host: '127.0.0.1', port: 0 },
    });
    const address = server.httpServer.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(url);
      expect(await page.locator('#react-version').textContent()).toMatch(
        new RegExp(`^${major}\\.`),
      );
      await page.getByLabel('Username').fill('ada');
      await page.getByLabel('Email').fill('ada@example.com');
      await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByLabel('Confirmation code').fill('123456');
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.getByRole('heading', { name: 'You are all set' }).waitFor();
      await page.goto(`${url}?fr`);
      await page.getByRole('heading', { name: 'Créez votre compte' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    }
  });
});
