import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    // `npm start` keeps the local Cognito's data (plaintext passwords, tokens, codes) under
    // .cognito-dev/, inside the served root: never served. Vite's own defaults stay.
    fs: { deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.cognito-dev/**'] },
  },
  preview: { host: '127.0.0.1' },
  // The demo is the one page `npm start` serves: the benches' pages (Amplify's among them, with
  // dependencies of their own) are not scanned for dependencies to pre-bundle.
  optimizeDeps: { entries: ['index.html'] },
  test: {
    // Generous: the suite must pass on a loaded machine (no test depends on its speed).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Servers the tests start end with this runner even when it is killed (dev/tether.cjs).
    env: { RCS_TETHER_PID: String(process.pid) },
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/dev/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          include: ['test/react/**/*.test.{ts,tsx}'],
          setupFiles: ['test/react/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['test/react/setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/types/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.{ts,tsx}'],
          setupFiles: ['test/react/setup.ts'],
          globalSetup: ['test/package/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
