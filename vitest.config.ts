import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `@/` is `src/`, as in tsconfig.json.
  resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    projects: [
      // Pure logic and content checks: fast, run on every change.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Builds of project copies with broken content: slower, run by `npm run test:content`.
      {
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
          maxConcurrency: 2,
        },
      },
    ],
  },
});
