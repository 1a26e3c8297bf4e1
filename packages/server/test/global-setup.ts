// Builds one migrated, demo-seeded database per run; every test file then starts from a
// fresh copy of it (PGlite: a data-dir dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { connectDatabase } from '../src/db/connect'
import { migrateToLatest } from '../src/db/migrate'
import { seedDemo } from '../src/demo/seed-demo'

// One template per run, so two runs against one server never share (or drop) each other's.
const TEMPLATE_DB = `antq_test_template_${process.pid}`

async function seed(url: string) {
  const handle = await connectDatabase(url)
  await migrateToLatest(handle.db)
  await seedDemo(
    {
      ...{ db: handle.db, dbKind: handle.kind, cache: handle.cache },
      ...{ now: () => new Date(), cookieSecure: false },
    },
    () => undefined,
  )
  return handle
}

export default async function setup(project: TestProject) {
  const pgUrl = process.env.ANTQ_TEST_PG_URL
  if (pgUrl) {
    const adminQuery = async (text: string) => {
      const admin = new pg.Client({
        connectionString: pgUrl,
        user: new URL(pgUrl).username || 'postgres',
      })
      await admin.connect()
      await admin.query(text)
      await admin.end()
    }
    await adminQuery(`drop database if exists ${TEMPLATE_DB} with (force)`)
    await adminQuery(`create database ${TEMPLATE_DB}`)
    const target = new URL(pgUrl)
    target.pathname = `/${TEMPLATE_DB}`
    const handle = await seed(target.toString())
    await handle.close()
    project.provide('templateSource', `postgres:${TEMPLATE_DB}`)
    return () => adminQuery(`drop database if exists ${TEMPLATE_DB} with (force)`)
  }
  const handle = await seed('memory://')
  const dump = await handle.dump?.()
  await handle.close()
  if (!dump) throw new Error('PGlite dump unavailable')
  const file = path.join(os.tmpdir(), `antq-template-${process.pid}.tar`)
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  project.provide('templateSource', `pglite:${file}`)
  return () => fs.rmSync(file, { force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateSource: string
  }
}
