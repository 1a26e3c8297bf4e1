// `npm test`: every test, on both database engines, then the browser journeys.
// `npm run check` (`--check`, what CI runs): first typecheck, lint and the format check, each
// counted as one test. Ends with one line "N passed, N failed" (what CI reads).
import fs from 'node:fs'
import path from 'node:path'
import {
  checkNode,
  ensureLocalPostgres,
  ensureNpmPackages,
  ensureSystemPackages,
  ensureWebBuild,
  ROOT,
  run,
} from './lib.mjs'

checkNode()
ensureNpmPackages()
ensureSystemPackages()

const reports = path.join(ROOT, '.tmp/test-reports')
fs.rmSync(reports, { recursive: true, force: true })
fs.mkdirSync(reports, { recursive: true })
const totals = { passed: 0, failed: 0, skipped: 0 }
const failedStages = []

function readVitest(file, stage) {
  if (!fs.existsSync(file)) return failedStages.push(`${stage} (no report)`)
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += report.numPendingTests + report.numTodoTests
  if (report.numFailedTests > 0 || report.numFailedTestSuites > 0) failedStages.push(stage)
  if (report.numFailedTestSuites > 0 && report.numFailedTests === 0)
    totals.failed += report.numFailedTestSuites
}

function vitest(stage, args, env = {}) {
  console.log(`\n=== ${stage} ===`)
  const output = path.join(reports, `${stage}.json`)
  run(
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${output}`,
    ],
    { env: { ...process.env, ...env } },
  )
  readVitest(output, stage)
}

/** A static check (typecheck, lint, format) counts as one test: its failure fails the run. */
function staticCheck(stage, script) {
  console.log(`\n=== ${stage} ===`)
  if (run('npm', ['run', '--silent', script]) === 0) totals.passed += 1
  else {
    totals.failed += 1
    failedStages.push(stage)
  }
}

if (process.argv.includes('--check')) {
  staticCheck('typecheck', 'typecheck')
  staticCheck('lint', 'lint')
  staticCheck('format', 'format:check')
}

vitest('pglite', [])
const pgUrl = ensureLocalPostgres()
vitest('postgres', ['--project', 'api'], { ANTQ_TEST_PG_URL: pgUrl })

console.log('\n=== e2e (Chromium) ===')
ensureWebBuild()
const e2eReport = path.join(reports, 'e2e.json')
run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
})
if (fs.existsSync(e2eReport)) {
  const { stats } = JSON.parse(fs.readFileSync(e2eReport, 'utf8'))
  totals.passed += stats.expected + stats.flaky
  totals.failed += stats.unexpected
  totals.skipped += stats.skipped
  if (stats.unexpected > 0) failedStages.push('e2e')
} else failedStages.push('e2e (no report)')

if (failedStages.length > 0) console.log(`\nFailed stages: ${failedStages.join(', ')}`)
if (failedStages.length > 0 && totals.failed === 0) totals.failed = failedStages.length
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
)
process.exit(totals.failed > 0 ? 1 : 0)
