import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}', 'serverless/**/*.test.ts', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The functions log every operation; tests only want to see real problems.
    env: { APP_LOG_LEVEL: 'error' },
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
