// The HTTP request a piece of work runs for, carried across awaits without passing it through
// every service: the audit writer stamps its entries with the request's id (issue 15 item 3),
// so an entry leads to the log lines of the request that wrote it. Outside a request (the CLI,
// the demo seeding) there is none.
import { AsyncLocalStorage } from 'node:async_hooks'

const storage = new AsyncLocalStorage<{ requestId: string }>()

export function runForRequest<T>(requestId: string, work: () => Promise<T>): Promise<T> {
  return storage.run({ requestId }, work)
}

/** The id of the request being served, or null outside one. */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null
}
