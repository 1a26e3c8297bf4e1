import { defineConfig } from 'vitest/config'

// One runner for every package. Server API tests share a seeded template database built
// once in globalSetup; each test file clones it. Pure packages need no database.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          include: [
            'packages/{core,documents}/{src,test}/**/*.test.ts',
            'e2e/fixtures/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['packages/server/{src,test}/**/*.test.ts'],
          globalSetup: ['packages/server/test/global-setup.ts'],
        },
      },
    ],
  },
})
