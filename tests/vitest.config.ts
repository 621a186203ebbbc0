import { defineConfig } from 'vitest/config';
import PlainSummary from './plain-summary.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    root: new URL('..', import.meta.url).pathname,
    reporters: ['default', new PlainSummary()],
    testTimeout: 60_000,
    // Every document the tests produce (library calls and CLI runs alike) is checked against the schema.
    env: { BUDGET_PARSE_VALIDATE: '1' },
  },
});
