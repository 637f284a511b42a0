import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

/** Bundles `entry` for browsers, unminified so identifiers stay readable, and returns the JS. */
async function bundle(entry: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    define: { global: 'globalThis' },
    build: {
      write: false,
      minify: false,
      rolldownOptions: { input: fileURLToPath(new URL(entry, import.meta.url)) },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  return outputs
    .flatMap((o) => o.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
}

const SRP_MARKERS = [
  /\bBigInteger\b/,
  /\bAuthenticationHelper\b/,
  /\bieee754\b|base64-js|function Buffer\(/,
];

describe("browser bundle of the core's sign-up path", () => {
  it('sends to Cognito without any of the SRP stack or the buffer polyfill', async () => {
    const code = await bundle('../fixtures/core-signup-entry.ts');
    expect(code).toContain('AWSCognitoIdentityProviderService');
    for (const marker of SRP_MARKERS) expect(code).not.toMatch(marker);
  });

  it('would catch them: a bundle of CognitoUserPool has them', async () => {
    const code = await bundle('../fixtures/srp-entry.ts');
    expect(code).toMatch(/\bBigInteger\b/);
    expect(code).toMatch(/\bAuthenticationHelper\b/);
    expect(code).toMatch(SRP_MARKERS[2] as RegExp);
  });
});
