import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure logic and content checks: fast, run on every change.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Builds of project copies with broken content: slower, run by `npm run test:content`.
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
