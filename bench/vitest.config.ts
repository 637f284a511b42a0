import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Only for `npm run bench`: the render-cost counts in jsdom. */
export default defineConfig({
  plugins: [react()],
  test: {
    root: '.',
    include: ['bench/render.bench-test.tsx'],
    environment: 'jsdom',
    testTimeout: 60_000,
  },
});
