import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The published build is a production build whatever the environment says (a test runner
// sets NODE_ENV=test): its JSX must use the production runtime (`jsx`, never `jsxDEV`).
process.env.NODE_ENV = 'production';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Dependencies the package does not bundle: peers, and its own dependencies (deduplicated by the app). */
const EXTERNAL = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^react-hook-form($|\/)/,
  /^libphonenumber-js($|\/)/,
  /^amazon-cognito-identity-js($|\/)/,
  /^node:/,
];

/** The library build: ES modules, one file per source module, source maps; types come from tsc. */
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: {
        index: src('index.ts'),
        core: src('core/index.ts'),
        phone: src('phone.ts'),
        'sign-in': src('signIn.ts'),
        'breached-password': src('breachedPassword.ts'),
        testing: src('testing.ts'),
        server: src('server/index.ts'),
        'server.browser': src('server/browser.ts'),
        'locales/en': src('core/locales/en.ts'),
        'locales/es': src('core/locales/es.ts'),
        'locales/fr': src('core/locales/fr.ts'),
        'locales/de': src('core/locales/de.ts'),
        'locales/ja': src('core/locales/ja.ts'),
        'locales/pt-BR': src('core/locales/pt-BR.ts'),
        'locales/it': src('core/locales/it.ts'),
        'locales/nl': src('core/locales/nl.ts'),
        'locales/pl': src('core/locales/pl.ts'),
        'locales/sv': src('core/locales/sv.ts'),
        'locales/zh-CN': src('core/locales/zh-CN.ts'),
        'locales/ko': src('core/locales/ko.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => EXTERNAL.some((pattern) => pattern.test(id)),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});
