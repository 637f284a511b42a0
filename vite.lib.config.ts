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
        'core/index': src('core/index.ts'),
        phone: src('phone.ts'),
        'sign-in': src('sign-in.ts'),
        'breached-password': src('breached-password.ts'),
        passkey: src('passkey.ts'),
        social: src('social.ts'),
        link: src('link.ts'),
        testing: src('testing.ts'),
        'server/index': src('server/index.ts'),
        'server/browser': src('server/browser.ts'),
        'core/locales/en': src('core/locales/en.ts'),
        'core/locales/es': src('core/locales/es.ts'),
        'core/locales/fr': src('core/locales/fr.ts'),
        'core/locales/de': src('core/locales/de.ts'),
        'core/locales/ja': src('core/locales/ja.ts'),
        'core/locales/pt-BR': src('core/locales/pt-BR.ts'),
        'core/locales/it': src('core/locales/it.ts'),
        'core/locales/nl': src('core/locales/nl.ts'),
        'core/locales/pl': src('core/locales/pl.ts'),
        'core/locales/sv': src('core/locales/sv.ts'),
        'core/locales/zh-CN': src('core/locales/zh-CN.ts'),
        'core/locales/ko': src('core/locales/ko.ts'),
        'core/locales/ar': src('core/locales/ar.ts'),
        'core/locales/he': src('core/locales/he.ts'),
        'core/locales/hi': src('core/locales/hi.ts'),
        'core/locales/id': src('core/locales/id.ts'),
        'core/locales/ru': src('core/locales/ru.ts'),
        'core/locales/th': src('core/locales/th.ts'),
        'core/locales/tr': src('core/locales/tr.ts'),
        'core/locales/uk': src('core/locales/uk.ts'),
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
