// `npm run side-by-side`: the same sign-up in Amplify UI's <Authenticator> and in our <SignUp>
// (default theme), screenshotted in Chromium at 360 and 1280 px, light and dark, in four states:
// the empty sign-up form, a refused sign-up (the email is taken), the confirm step, and a wrong
// code refused. Writes
// PNGs cropped to the card into docs/images/side-by-side/ and the measured figures into the
// marked block of docs/side-by-side.md. Renders the working tree; re-runnable.
//
// Amplify UI is installed on first run into bench/side-by-side/node_modules (git-ignored; React
// comes from the repository). Both pages talk to a loopback stand-in for Cognito served by this
// script on the same origin: no AWS account, no other host.
//
// `--only=ours` (or `amplify`) re-shoots one side; the figures block is then left as it is.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../dev/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const IMAGES = join(root, 'docs', 'images', 'side-by-side');
const DOC = join(root, 'docs', 'side-by-side.md');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'];
const TAKEN = 'taken@example.com';
const EMAIL = 'ada@example.com';
const PASSWORD = 'Passw0rd!';

/** What differs between the two pages: where to find things, named as each card names them. */
const SIDES = {
  ours: {
    title: 'react-cognito-signup `<SignUp>`',
    card: '.rcs',
    fill: async (page, email) => {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    },
    submit: (page) => page.getByRole('button', { name: 'Create account' }).click(),
    code: (page) => page.getByLabel('Confirmation code'),
    confirm: (page) => page.getByRole('button', { name: 'Confirm', exact: true }).click(),
    // en's error.CodeMismatchException.
    wrongCode: /code is not right/i,
  },
  amplify: {
    title: 'Amplify UI `<Authenticator>`',
    card: '[data-amplify-router]',
    fill: async (page, email) => {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Confirm Password', { exact: true }).fill(PASSWORD);
    },
    submit: (page) => page.getByRole('button', { name: 'Create Account' }).click(),
    code: (page) => page.getByLabel('Confirmation Code'),
    confirm: (page) => page.getByRole('button', { name: 'Confirm', exact: true }).click(),
    // Cognito's own message, shown as it comes.
    wrongCode: /invalid verification code/i,
  },
};

/** Installs Amplify UI beside this script when it is missing (pinned in package.json here). */
function ensureAmplify() {
  if (existsSync(join(here, 'node_modules', '@aws-amplify', 'ui-react', 'package.json'))) return;
  console.log('Installing Amplify UI into bench/side-by-side/node_modules (once)…');
  execFileSync(
    'npm',
    ['install', '--no-package-lock', '--legacy-peer-deps', '--no-audit', '--no-fund'],
    { cwd: here, stdio: 'inherit' },
  );
}

const gz = (text) => gzipSync(text, { level: 9 }).length;

/** Builds the three pages for production; returns the output directory and each page's weight. */
async function buildPages() {
  const outDir = mkdtempSync(join(tmpdir(), 'rcs-side-by-side-'));
  const output = await build({
    root: here,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    resolve: { dedupe: ['react', 'react-dom'] },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: Object.fromEntries(
          ['react', 'ours', 'amplify'].map((name) => [name, join(here, `${name}.html`)]),
        ),
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const weights = {};
  for (const name of ['react', 'ours', 'amplify']) {
    const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry && c.name === name);
    // The entry and everything it imports statically (shared chunks such as React's included).
    const seen = new Set();
    const visit = (fileName) => {
      if (seen.has(fileName)) return;
      seen.add(fileName);
      for (const next of byName.get(fileName)?.imports ?? []) visit(next);
    };
    visit(entry.fileName);
    const js = [...seen].map((f) => byName.get(f).code).join('\n');
    const cssFiles = [...seen].flatMap((f) => [...(byName.get(f).viteMetadata?.importedCss ?? [])]);
    // The library's own stylesheet: the page's (page.css) is linked from the HTML, not imported.
    const css = cssFiles.map((f) => Buffer.from(byName.get(f).source).toString('utf8')).join('\n');
    weights[name] = { js: gz(js), css: css ? gz(css) : 0 };
  }
  return { outDir, weights };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A loopback stand-in for Cognito's SignUp / ResendConfirmationCode / ConfirmSignUp. */
function cognito(target, body) {
  const error = (type, message) => [400, { __type: type, message }];
  if (target.endsWith('.SignUp')) {
    if (body.includes(TAKEN))
      return error('UsernameExistsException', 'An account with the given email already exists.');
    return [
      200,
      {
        UserConfirmed: false,
        UserSub: '00000000-0000-4000-8000-000000000000',
        CodeDeliveryDetails: {
          AttributeName: 'email',
          DeliveryMedium: 'EMAIL',
          Destination: 'a***@e***',
        },
      },
    ];
  }
  if (target.endsWith('.ResendConfirmationCode'))
    return [
      200,
      {
        CodeDeliveryDetails: {
          AttributeName: 'email',
          DeliveryMedium: 'EMAIL',
          Destination: 'a***@e***',
        },
      },
    ];
  if (target.endsWith('.ConfirmSignUp'))
    return error('CodeMismatchException', 'Invalid verification code provided, please try again.');
  return error('InvalidParameterException', `${target} is not answered by this stand-in.`);
}

/** Serves the built pages and the stand-in on one loopback origin. */
async function serve(outDir) {
  const server = createServer((req, res) => {
    const target = req.headers['x-amz-target'];
    if (req.method === 'POST' && typeof target === 'string') {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        const [status, json] = cognito(target, body);
        const headers = { 'content-type': 'application/x-amz-json-1.1' };
        if (json.__type) headers['x-amzn-errortype'] = json.__type;
        res.writeHead(status, headers).end(JSON.stringify(json));
      });
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(outDir, path);
    if (!file.startsWith(outDir) || !existsSync(file) || path === '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Screenshots the card (and 16 px around it) into docs/images/side-by-side/<name>.png. */
async function shoot(page, selector, name) {
  const card = page.locator(selector).first();
  await card.waitFor();
  // Fonts, transitions and the error's entrance settle.
  await page.waitForTimeout(300);
  const box = await card.boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const x = Math.max(0, Math.floor(box.x - 16));
  const y = Math.max(0, Math.floor(box.y - 16));
  const clip = {
    x,
    y,
    width: Math.min(width, Math.ceil(box.x + box.width + 16)) - x,
    height: Math.ceil(box.y + box.height + 16) - y,
  };
  await page.screenshot({ path: join(IMAGES, `${name}.png`), clip, fullPage: true });
  return Math.round(box.width);
}

/** What the sign-up step shows, read from the DOM (not from either library's documentation). */
const SIGN_UP_FACTS = () => {
  const visible = (el) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const fields = [...document.querySelectorAll('input, select, textarea')]
    .filter((el) => visible(el) && el.type !== 'hidden')
    .map((el) => el.labels?.[0]?.textContent?.trim() || el.getAttribute('aria-label') || el.name);
  const toggle = [...document.querySelectorAll('button')].find(
    (b) => visible(b) && /show password/i.test(b.getAttribute('aria-label') || b.textContent || ''),
  );
  let toggleFact = 'none';
  if (toggle) {
    const t = toggle.getBoundingClientRect();
    const input = [...document.querySelectorAll('input[type="password"]')].find(visible);
    const i = input?.getBoundingClientRect();
    const inside =
      i &&
      t.left >= i.left - 0.5 &&
      t.right <= i.right + 0.5 &&
      t.top >= i.top - 0.5 &&
      t.bottom <= i.bottom + 0.5;
    toggleFact = `${Math.round(t.width)}×${Math.round(t.height)} px, ${inside ? "inside the input's box" : "beside the input's box"}`;
  }
  const title = document.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '';
  return { fields, toggle: toggleFact, title };
};

/** What the confirm step's code field is, read from the DOM. */
const CODE_FACTS = () => {
  const inputs = [...document.querySelectorAll('input')].filter(
    (el) => el.getClientRects().length > 0 && el.type !== 'hidden',
  );
  const code = inputs.find((el) => /code/i.test(el.labels?.[0]?.textContent ?? ''));
  const title = document.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '';
  if (!code) return { inputs: inputs.length, code: 'not found', title };
  const attrs = ['type', 'autocomplete', 'inputmode', 'maxlength', 'pattern']
    .filter((a) => code.hasAttribute(a))
    .map((a) => `${a}="${code.getAttribute(a)}"`)
    .join(' ');
  return { inputs: inputs.length, code: attrs, title };
};

/** The refusal: its text, and how a screen reader learns of it. */
const ERROR_FACTS = (pattern) => {
  const matches = [...document.querySelectorAll('body *')].filter((e) =>
    new RegExp(pattern, 'i').test(e.textContent ?? ''),
  );
  // The innermost element that holds the whole message.
  const el = matches.find((e) => !matches.some((m) => m !== e && e.contains(m)));
  if (!el) return { text: 'not found', how: '' };
  const live = el.closest('[role="alert"], [role="status"], [aria-live]');
  const described = [...document.querySelectorAll('[aria-describedby], [aria-errormessage]')].find(
    (input) =>
      `${input.getAttribute('aria-describedby')} ${input.getAttribute('aria-errormessage')}`
        .split(/\s+/)
        .some((id) => id && (el.id === id || el.closest(`[id="${id}"]`))),
  );
  const active = document.activeElement;
  const focused = active instanceof HTMLInputElement ? active : null;
  const how = [
    live &&
      (live.getAttribute('role')
        ? `role=${live.getAttribute('role')}`
        : `aria-live=${live.getAttribute('aria-live')}`),
    described &&
      `described on the ${described.labels?.[0]?.textContent?.trim() || described.name} field`,
    focused && `focus on the ${focused.labels?.[0]?.textContent?.trim() || focused.name} field`,
    focused?.value &&
      focused.selectionStart === 0 &&
      focused.selectionEnd === focused.value.length &&
      'its text selected',
  ].filter(Boolean);
  return {
    text: el.textContent.trim(),
    how: how.join(', ') || 'no live region, no field reference',
  };
};

async function shootSide(browser, origin, side) {
  const s = SIDES[side];
  const facts = {};
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        deviceScaleFactor: 1,
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      const name = (step) => `${side}-${step}-${width}-${scheme}`;
      await page.goto(`${origin}/${side}.html`);
      await page.getByLabel('Email').waitFor();
      const cardWidth = await shoot(page, s.card, name('sign-up'));
      if (scheme === 'light') facts[`width${width}`] = cardWidth;
      if (width === 1280 && scheme === 'light') facts.signUp = await page.evaluate(SIGN_UP_FACTS);
      // Refused: the same form filled in, Cognito says the email is taken.
      await s.fill(page, TAKEN);
      await s.submit(page);
      await page
        .getByText(/already exists/i)
        .first()
        .waitFor();
      await shoot(page, s.card, name('error'));
      if (width === 1280 && scheme === 'light')
        facts.error = await page.evaluate(ERROR_FACTS, 'already exists');
      // Accepted: a free email, and the confirm step.
      await s.fill(page, EMAIL);
      await s.submit(page);
      await s.code(page).waitFor();
      await shoot(page, s.card, name('confirm'));
      if (width === 1280 && scheme === 'light') facts.confirm = await page.evaluate(CODE_FACTS);
      // A wrong code: six digits typed, Cognito says they do not match.
      await s.code(page).fill('123456');
      await s.confirm(page);
      await page.getByText(s.wrongCode).first().waitFor();
      await shoot(page, s.card, name('wrong-code'));
      if (width === 1280 && scheme === 'light')
        facts.wrongCode = await page.evaluate(ERROR_FACTS, s.wrongCode.source);
      if (problems.length) throw new Error(`${side} ${width} ${scheme}: ${problems.join('; ')}`);
      await context.close();
      console.log(`  ${side} ${width} px ${scheme}: 4 screenshots`);
    }
  }
  return facts;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB (${bytes} B)`;
const kbB = (bytes) => `${(bytes / 1024).toFixed(1)} KB, ${bytes} B`;

/** The figures block of docs/side-by-side.md, between its two markers. */
function figures(weights, facts) {
  const { react: base, ours, amplify } = weights;
  const row = (label, f) => `| ${label} | ${f(facts.amplify)} | ${f(facts.ours)} |`;
  return [
    '| Measured by the script | Amplify UI | Ours |',
    '| --- | --- | --- |',
    `| JS the page loads, gzip -9 | ${kb(amplify.js)} | ${kb(ours.js)} |`,
    `| … over a React 19 page alone (${kbB(base.js)}) | ${kb(amplify.js - base.js)} | ${kb(ours.js - base.js)} |`,
    `| CSS, gzip -9 | ${kb(amplify.css)} | ${kb(ours.css)} |`,
    row('Card width at 360 and 1280 px', (f) => `${f.width360} and ${f.width1280} px`),
    row('Heading', (f) => (f.signUp.title ? `"${f.signUp.title}"` : 'none')),
    row('Fields on the sign-up step', (f) => f.signUp.fields.join(', ')),
    row('Show-password toggle (first one)', (f) => f.signUp.toggle),
    row('Email taken: the message', (f) => `"${f.error.text}" (${f.error.how})`),
    row('Confirm step: heading', (f) => (f.confirm.title ? `"${f.confirm.title}"` : 'none')),
    row(
      'Confirm step: inputs, and the code input',
      (f) => `${f.confirm.inputs}; \`${f.confirm.code}\``,
    ),
    row('Wrong code: the message', (f) => `"${f.wrongCode.text}" (${f.wrongCode.how})`),
  ].join('\n');
}

const START = '<!-- side-by-side:figures -->';
const END = '<!-- /side-by-side:figures -->';

const started = Date.now();
ensureAmplify();
mkdirSync(IMAGES, { recursive: true });
console.log('Building the pages…');
const { outDir, weights } = await buildPages();
const { server, origin } = await serve(outDir);
const browser = await chromium.launch(chromiumLaunchOptions());
const facts = {};
try {
  for (const side of Object.keys(SIDES)) {
    if (only && only !== side) continue;
    facts[side] = await shootSide(browser, origin, side);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
}
if (!only) {
  const block = figures(weights, facts);
  console.log(`\n${block}\n`);
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${DOC} has no ${START} … ${END} block.`);
  writeFileSync(DOC, `${doc.slice(0, from + START.length)}\n${block}\n${doc.slice(to)}`);
  // Biome (npm run lint) aligns Markdown tables: the block is written as it would write it.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'format', '--write', DOC],
    { cwd: root, stdio: 'ignore' },
  );
}
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${IMAGES}`);
