import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = (args: string[]) =>
  execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
const bin = (path: string) => `${root}node_modules/${path}`;

describe('the built package', () => {
  it('is the version its CHANGELOG last released', () => {
    const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    const changelog = readFileSync(`${root}CHANGELOG.md`, 'utf8');
    const released = /^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/m.exec(changelog)?.[1];
    expect(released).toBe(version);
  });

  it('has every entry of the exports map', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    const targets = JSON.stringify(pkg.exports).match(/\.\/dist\/[^"]+/g) ?? [];
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) expect(existsSync(`${root}${target}`), target).toBe(true);
    expect(readFileSync(`${root}dist/index.js`, 'utf8').startsWith('"use client"')).toBe(true);
    expect(existsSync(`${root}dist/react/useSignUp.js.map`)).toBe(true);
    expect(existsSync(`${root}dist/react/useSignUp.d.ts`)).toBe(true);
    expect(pkg.peerDependencies).toMatchObject({
      react: expect.stringMatching(/18.*19/),
      'react-dom': expect.stringMatching(/18.*19/),
    });
  });

  it('imports and renders <SignUp> in Node without touching window, document or storage', () => {
    const out = JSON.parse(node([`${root}test/package/ssr-render.mjs`, `${root}dist/index.js`]));
    expect(out.missing).toEqual(['window', 'document', 'localStorage', 'sessionStorage']);
    expect(out.html).toContain('method="dialog"');
    expect(out.html.toLowerCase()).toContain('autocomplete="new-password"');
  });

  it('renders <SocialSignUp> in Node too: the buttons and the form, no browser global touched', () => {
    const out = JSON.parse(
      node([`${root}test/package/ssr-render.mjs`, `${root}dist/index.js`, `${root}dist/social.js`]),
    );
    expect(out.missing).toEqual(['window', 'document', 'localStorage', 'sessionStorage']);
    expect(out.html).toContain('Continue with Google');
    expect(out.html).toContain('method="dialog"');
  });

  it('gives browsers an error instead of the server entry', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg.exports['./server'].browser).toBe('./dist/server/browser.js');
    expect(() =>
      node(['--input-type=module', '-e', `await import('${root}dist/server/browser.js')`]),
    ).toThrow(/servers only/);
    const hash = node([
      '--input-type=module',
      '-e',
      `const { computeSecretHash } = await import('${root}dist/server/index.js'); process.stdout.write(computeSecretHash('alice', 'client', 'secret'))`,
    ]);
    expect(hash).toBe('RTsve+FQ659UKyESgvLg9GYmZEL+QjzQsW/OjL77/b0=');
  });

  it('passes publint and are-the-types-wrong', () => {
    expect(() => node([bin('publint/src/cli.js'), '--strict'])).not.toThrow();
    expect(() =>
      node([
        bin('@arethetypeswrong/cli/dist/index.js'),
        '--pack',
        '.',
        '--profile',
        'esm-only',
        '--exclude-entrypoints',
        './styles.css',
      ]),
    ).not.toThrow();
  });

  it('contains no eval, no new Function and nothing that looks like a secret', () => {
    const files = execFileSync('find', [`${root}dist`, '-name', '*.js'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
      expect(code, file).not.toMatch(
        /AKIA[0-9A-Z]{16}|aws_secret_access_key|-----BEGIN [A-Z ]*PRIVATE KEY/i,
      );
      expect(code, file).not.toMatch(/clientSecret\s*[:=]\s*['"][^'"]+['"]/);
    }
  });

  it('ships the production JSX runtime, whatever NODE_ENV the build ran under', () => {
    // The global setup built dist/ inside the test runner, where NODE_ENV=test.
    const files = execFileSync('find', [`${root}dist`, '-name', '*.js'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const jsx = files.filter((file) => /react\/jsx-runtime/.test(readFileSync(file, 'utf8')));
    expect(jsx.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain('jsxDEV');
  });
});
