// PostgreSQL only: writes of other processes (the CLI, a second server, psql) reach this one as
// NOTIFY antq_data, sent after commit by migration 0008's triggers. One dedicated connection
// listens and bumps the data generation. While it is down a write could go unseen, so the read
// cache is bypassed (`listening` false) until it is back.
import pg from 'pg'
import type { DataGeneration } from './data-generation'

const CHANNEL = 'antq_data'
const RETRY_MS = 2000

export type ChangeListener = {
  readonly listening: boolean
  close: () => Promise<void>
}

export async function listenForChanges(
  config: pg.ClientConfig,
  generation: DataGeneration,
): Promise<ChangeListener> {
  let client: pg.Client | undefined
  let closed = false
  let retry: NodeJS.Timeout | undefined

  const lost = (which: pg.Client) => {
    if (which !== client || closed) return
    client = undefined
    generation.bump()
    which.end().catch(() => undefined)
    schedule()
  }
  const open = async () => {
    const next = new pg.Client(config)
    next.on('notification', () => generation.bump())
    next.on('error', () => lost(next))
    next.on('end', () => lost(next))
    try {
      await next.connect()
      await next.query(`listen ${CHANNEL}`)
    } catch (error) {
      await next.end().catch(() => undefined)
      throw error
    }
    if (closed) return void (await next.end())
    client = next
    // Whatever was written while nobody listened.
    generation.bump()
  }
  const schedule = () => {
    if (closed) return
    retry = setTimeout(() => void open().catch(schedule), RETRY_MS)
    retry.unref()
  }

  await open()
  return {
    get listening() {
      return client !== undefined
    },
    close: async () => {
      closed = true
      clearTimeout(retry)
      const current = client
      client = undefined
      await current?.end()
    },
  }
}
