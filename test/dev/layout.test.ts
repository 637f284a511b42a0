import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

// The rules of the layout (ARCHITECTURE.md) are the linter's, not a comment's: `npm run lint`
// (Biome, biome.json) fails on a core file importing React, on a reach past a room's index,
// and on an import cycle. Proved on probe files linted with the project's own configuration in
// a scratch copy of the tree's shape (nothing is written into src/).

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

/** Diagnostics Biome reports for the probe tree, as `path rule` lines. */
let found: string[];

const PROBES: Record<string, string> = {
  // A room of core that imports React.
  'src/core/flow/importsReact.ts':
    "import { useState } from 'react';\nexport const probe = useState;\n",
  'src/core/flow/importsHookForm.ts':
    "import { useForm } from 'react-hook-form';\nexport const probe = useForm;\n",
  // A reach past another room's index, from core and from the React layer.
  'src/core/flow/reachesPast.ts':
    "import { transportFor } from '../wire/callCognito.js';\nexport const probe = transportFor;\n",
  'src/react/reachesPast.ts':
    "import { transportFor } from '../core/wire/callCognito.js';\nexport const probe = transportFor;\n",
  // What the rules allow: a room's index, a file of the same room, a locale, plain React in src/react.
  'src/core/flow/allowed.ts': [
    "import { transportFor } from '../wire/index.js';",
    "import { en } from '../locales/en.js';",
    "import { probe as local } from './sibling.js';",
    'export const probe = [transportFor, en, local];',
    '',
  ].join('\n'),
  'src/core/flow/sibling.ts': 'export const probe = 1;\n',
  'src/core/wire/index.ts': 'export const transportFor = 1;\n',
  'src/core/wire/callCognito.ts': 'export const transportFor = 1;\n',
  'src/core/locales/en.ts': 'export const en = {};\n',
  'src/react/allowed.ts':
    "import { useState } from 'react';\nimport { transportFor } from '../core/wire/index.js';\nexport const probe = [useState, transportFor];\n",
  // A cycle, of type imports too.
  'src/core/errors/cycleA.ts':
    "import type { B } from './cycleB.js';\nexport type A = { b?: B };\n",
  'src/core/errors/cycleB.ts':
    "import type { A } from './cycleA.js';\nexport type B = { a?: A };\n",
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rcs-layout-'));
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  // The scratch tree is no git checkout.
  config.vcs = { enabled: false };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  for (const [path, code] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
  }
  let output = '';
  try {
    output = execFileSync(
      process.execPath,
      [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'lint', '--reporter=json', '.'],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(output) as {
    diagnostics: Array<{ category: string; location: { path: { file: string } | string } }>;
  };
  found = report.diagnostics.map(({ category, location }) => {
    const file = typeof location.path === 'string' ? location.path : location.path.file;
    return `${file.replace(/\\/g, '/')} ${category}`;
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('fails a core file that imports React or react-hook-form', () => {
  expect(found).toContain('src/core/flow/importsReact.ts lint/style/noRestrictedImports');
  expect(found).toContain('src/core/flow/importsHookForm.ts lint/style/noRestrictedImports');
});

it("fails a reach past a room's index, from core and from the React layer", () => {
  expect(found).toContain('src/core/flow/reachesPast.ts lint/style/noRestrictedImports');
  expect(found).toContain('src/react/reachesPast.ts lint/style/noRestrictedImports');
});

it('fails an import cycle, of type imports too', () => {
  expect(found).toContain('src/core/errors/cycleA.ts lint/suspicious/noImportCycles');
});

it("passes a room's index, a file of the same room, a locale, and React in src/react", () => {
  const allowed = found.filter((line) => /\/allowed\.ts /.test(line));
  expect(allowed).toEqual([]);
});
