import { defineConfig } from 'vitest/config';
import PlainSummary from './plain-summary.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    root: new URL('..', import.meta.url).pathname,
    reporters: ['default', new PlainSummary()],
    testTimeout: 60_000,
  },
});
