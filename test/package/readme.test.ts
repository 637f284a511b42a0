import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// Every `ts` / `tsx` code block of the README and of every guide in docs/ compiles as pasted:
// each block is a module of its own, type-checked strict with noUnusedLocals, and with the
// tsconfig of a fresh `npm create vite` app (not strict), against the package's entries as a
// user imports them (`react-cognito-signup`, `/core`, `/phone`, `/sign-in`,
// `/breached-password`, `/passkey`, `/testing`, `/server`, `/locales/*`).

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, 'node_modules', '.readme-blocks');

function blocks(markdown: string): Array<{ line: number; lang: string; code: string }> {
  const found: Array<{ line: number; lang: string; code: string }> = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|tsx)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    found.push({ line: start, lang: open[1] as string, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return found;
}

/** README.md and every docs/*.md, by the name a failure shows (`README`, `docs-options`, …). */
function documents(): Array<{ name: string; markdown: string }> {
  const docs = readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({
      name: `docs-${file.slice(0, -'.md'.length)}`,
      markdown: readFileSync(join(root, 'docs', file), 'utf8'),
    }));
  return [{ name: 'README', markdown: readFileSync(join(root, 'README.md'), 'utf8') }, ...docs];
}

it('compiles every ts/tsx block of the README and docs/*.md as pasted (strict; and as a fresh Vite app does)', () => {
  const found = documents().flatMap(({ name, markdown }) =>
    blocks(markdown).map((block) => ({ ...block, name })),
  );
  // The README's quick start and local-Cognito example, and every guide's examples (24 blocks
  // when the guides were split out of the README, which had 19): a parser that finds none fails.
  expect(found.filter((block) => block.name === 'README').length).toBeGreaterThanOrEqual(2);
  expect(found.length).toBeGreaterThanOrEqual(24);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = found.map(({ name, line, lang, code }) => {
    // The document and the line of the block's opening fence: docs-phone-line-12.tsx.
    const file = `${name}-line-${line}.${lang}`;
    // `export {}` makes each block a module, as a file of a user's app is.
    writeFileSync(join(dir, file), `${code}\nexport {};\n`);
    return file;
  });
  writeFileSync(join(dir, 'css.d.ts'), "declare module '*.css';\n");
  const src = (path: string) => [`../../src/${path}`];
  const paths = {
    'react-cognito-signup': src('index.ts'),
    'react-cognito-signup/core': src('core/index.ts'),
    'react-cognito-signup/phone': src('phone.ts'),
    'react-cognito-signup/sign-in': src('sign-in.ts'),
    'react-cognito-signup/breached-password': src('breached-password.ts'),
    'react-cognito-signup/passkey': src('passkey.ts'),
    'react-cognito-signup/social': src('social.ts'),
    'react-cognito-signup/link': src('link.ts'),
    'react-cognito-signup/testing': src('testing.ts'),
    'react-cognito-signup/server': src('server/index.ts'),
    'react-cognito-signup/locales/*': src('core/locales/*.ts'),
  };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        skipLibCheck: true,
        noEmit: true,
        allowImportingTsExtensions: true,
        // A Vite app's blocks read import.meta.env, as the README's local-Cognito example does.
        types: ['vite/client', 'node'],
        paths,
      },
      files: [...files, 'css.d.ts'],
    }),
  );
  // The tsconfig of `npm create vite` (react-ts) as it ships: not strict, verbatimModuleSyntax.
  const viteTemplate = join(root, 'node_modules/create-vite/template-react-ts/tsconfig.app.json');
  writeFileSync(
    join(dir, 'tsconfig.vite.json'),
    JSON.stringify({
      extends: viteTemplate,
      compilerOptions: { types: ['vite/client', 'node'], paths, tsBuildInfoFile: null },
      include: [],
      files,
    }),
  );
  let output = '';
  for (const config of ['tsconfig.json', 'tsconfig.vite.json']) {
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, config)],
        { encoding: 'utf8', stdio: 'pipe' },
      );
    } catch (error) {
      output += `${config}:\n${String((error as { stdout?: string }).stdout ?? error)}`;
    }
  }
  // A failure names the document and the line of the block (`docs-phone-line-<n>.tsx`).
  expect(output).toBe('');
});
