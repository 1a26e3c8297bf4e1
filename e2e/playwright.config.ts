import { defineConfig } from '@playwright/test'

// Journeys run against the real product: a fresh embedded database seeded with the demo,
// served on port 3100 (E2E_PORT to run two suites side by side), driven in Debian's Chromium
// (never a downloaded browser).
const PORT = Number(process.env.E2E_PORT ?? 3100)
const DATA_DIR = `.tmp/e2e-data-${PORT}`

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '../.tmp/e2e-results/report.json' },
    ],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `rm -rf ${DATA_DIR} && node packages/server/bin/antq.mjs serve`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // E-mail goes to the SMTP receiver the notifications journey runs on PORT + 1000 (ADR 029);
    // links in it open this server.
    env: {
      PORT: String(PORT),
      ANTQ_DATA_DIR: DATA_DIR,
      NODE_ENV: 'test',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(PORT + 1000),
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    },
    stdout: 'pipe',
  },
  outputDir: `../.tmp/e2e-results-${PORT}`,
})
