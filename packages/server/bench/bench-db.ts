// A fresh database for one benchmark run: a new PGlite folder or a new PostgreSQL database.
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { REPO_ROOT } from '../src/config'
import { connectDatabase } from '../src/db/connect'
import { migrateToLatest } from '../src/db/migrate'
import type { Deps } from '../src/deps'

export type Engine = 'pglite' | 'postgres'
export const BENCH_DIR = path.join(REPO_ROOT, '.tmp/bench')

function pgAdminUrl() {
  const url = process.env.ANTQ_TEST_PG_URL
  if (!url) throw new Error('ANTQ_TEST_PG_URL is not set')
  return url
}

async function adminQuery(sql: string) {
  const url = pgAdminUrl()
  const client = new pg.Client({ connectionString: url, user: new URL(url).username || 'postgres' })
  await client.connect()
  await client.query(sql)
  await client.end()
}

export function locationOf(engine: Engine, name: string) {
  if (engine === 'pglite') return `file:${path.join(BENCH_DIR, `db-${name}`)}`
  const url = new URL(pgAdminUrl())
  url.pathname = `/antq_bench_${name}`
  return url.toString()
}

/** Drop and recreate the named benchmark database, migrated and empty. */
export async function resetDatabase(engine: Engine, name: string) {
  if (engine === 'pglite')
    fs.rmSync(path.join(BENCH_DIR, `db-${name}`), { recursive: true, force: true })
  else {
    await adminQuery(`drop database if exists antq_bench_${name} with (force)`)
    await adminQuery(`create database antq_bench_${name}`)
  }
  const handle = await connectDatabase(locationOf(engine, name))
  await migrateToLatest(handle.db)
  await handle.close()
}

export async function openDatabase(engine: Engine, name: string) {
  const handle = await connectDatabase(locationOf(engine, name))
  const deps: Deps = {
    db: handle.db,
    dbKind: handle.kind,
    cache: handle.cache,
    now: () => new Date(),
    cookieSecure: false,
  }
  return { deps, close: handle.close }
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

export function peakRssMb() {
  return Math.round(process.resourceUsage().maxRSS / 1024)
}
