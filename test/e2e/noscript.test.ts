import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../dev/chromium.mjs';
import { SignUp } from '../../src/index.ts';

// Until the kit has mounted (JavaScript off, the bundle not loaded yet or failed to load),
// server-rendered markup must not send what is typed anywhere.

const PASSWORD = 'Passw0rd!';
const requests: string[] = [];
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  const markup = renderToString(
    createElement(SignUp, {
      clientId: 'ssrclient',
      userPoolId: 'us-east-1_Ssr',
      fields: ['email'],
    }),
  );
  const page = `<!doctype html><html lang="en"><head><title>SSR</title><link rel="icon" href="data:,"></head><body><main><h1>Sign up</h1>${markup}</main></body></html>`;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${body}`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/signup`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

describe('server-rendered <SignUp> before hydration, in Chromium with JavaScript off', () => {
  it('sends nothing on Enter or on a click of the submit button', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    expect(requests).toEqual(['GET /signup ']);
    await page.getByLabel('Username').fill('alice');
    await page.getByLabel(/^Email/).fill('alice@example.com');
    const password = page.getByLabel('Password', { exact: true });
    await password.fill(PASSWORD);
    await password.press('Enter');
    const submit = page.getByRole('button', { name: 'Create account' });
    expect(await submit.isDisabled()).toBe(true);
    await submit.click({ force: true });
    // Submit the form outright, as a script-less page or an old browser might: still nothing.
    await page.getByLabel('Username').press('Enter');
    // A submission would start at once; give it ample time to reach the server, then look.
    await page.waitForTimeout(1000);
    expect(requests).toEqual(['GET /signup ']);
    expect(page.url()).toBe(url);
    await context.close();
  });
});
