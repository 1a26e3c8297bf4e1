// Shared by start.mjs, test.mjs and bench.mjs: install what is missing, run commands.
import { spawnSync, execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '..')

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options })
  if (result.error) throw result.error
  return result.status ?? 1
}

export function runOrExit(command, args, options = {}) {
  const status = run(command, args, options)
  if (status !== 0) process.exit(status)
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`ANTQ cần Node.js ≥ 20.19 (đang dùng ${process.versions.node}).`)
    process.exit(1)
  }
}

/** npm packages: install when node_modules is missing or older than the lock file. */
export function ensureNpmPackages() {
  const marker = path.join(ROOT, 'node_modules/.package-lock.json')
  const lock = path.join(ROOT, 'package-lock.json')
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return
  console.log('Cài đặt các gói npm…')
  // `npm install`, not `npm ci`: npm 11 writes locks without other platforms' optional
  // packages (rollup's) and then `npm ci` refuses its own lock. The lock's versions still hold.
  runOrExit('npm', ['install', '--no-audit', '--no-fund'])
}

function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** Build the web app when dist is missing or older than its sources. */
export function ensureWebBuild() {
  const dist = path.join(ROOT, 'packages/web/dist/index.html')
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'packages/web/src')),
    newestMtime(path.join(ROOT, 'packages/core/src')),
  )
  if (fs.existsSync(dist) && fs.statSync(dist).mtimeMs >= sources) return
  console.log('Đóng gói giao diện web…')
  runOrExit('npm', ['run', 'build', '-w', '@antq/web'])
}

const SYSTEM_PACKAGES = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/lib/postgresql/15/bin/postgres', pkg: 'postgresql' },
  { bin: '/usr/lib/postgresql/15/lib/unaccent.so', pkg: 'postgresql-contrib' },
  { bin: '/usr/bin/soffice', pkg: 'libreoffice-writer-nogui' },
  {
    bin: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
    pkg: 'fonts-liberation2',
  },
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
]

/** System packages for tests: apt-get as root, otherwise print the exact command and stop. */
export function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((item) => !fs.existsSync(item.bin)).map((item) => item.pkg)
  if (missing.length === 0) return
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`
  if (process.getuid?.() !== 0) {
    console.error(`Thiếu gói hệ thống: ${missing.join(', ')}. Hãy chạy:\n  sudo sh -c '${command}'`)
    process.exit(1)
  }
  console.log(`Cài gói hệ thống: ${missing.join(', ')}…`)
  runOrExit('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`])
}

/** A local PostgreSQL 15 for tests and benchmarks: returns a superuser URL. */
export function ensureLocalPostgres() {
  if (process.env.ANTQ_TEST_PG_URL) return process.env.ANTQ_TEST_PG_URL
  if (process.getuid?.() !== 0) {
    console.error(
      'Đặt ANTQ_TEST_PG_URL=postgres://USER:PASS@127.0.0.1:5432/postgres (tài khoản có quyền tạo cơ sở dữ liệu) rồi chạy lại.',
    )
    process.exit(1)
  }
  const clusters = execSync('pg_lsclusters --no-header || true').toString()
  if (!/^15\s+main/m.test(clusters)) run('pg_createcluster', ['15', 'main'])
  if (!/online/.test(execSync('pg_lsclusters --no-header 15 main || true').toString()))
    runOrExit('pg_ctlcluster', ['15', 'main', 'start'])
  const sql =
    "do $$ begin if not exists (select from pg_roles where rolname = 'antq') then create role antq login superuser password 'antq'; end if; end $$;"
  runOrExit('su', ['postgres', '-c', `psql -q -c "${sql.replace(/\$/g, '\\$')}"`])
  return 'postgres://antq:antq@127.0.0.1:5432/postgres'
}
