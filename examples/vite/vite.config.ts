import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // For src/OwnPool.tsx, which imports amazon-cognito-identity-js itself: its `buffer`
  // dependency reads Node's `global`. (The kit's own lazy loading needs no such line.)
  define: { global: 'globalThis' },
});
