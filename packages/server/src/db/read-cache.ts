// Repeated reads served from memory until the next write. Entries belong to the data
// generation at which their load STARTED: when it moves they are all dropped, so a load that
// began before a write (and may have read the old rows) is handed to nobody new after the bump
// (callers already waiting on it asked before the write finished).
import type { DataGeneration } from './data-generation'

export type ReadCache = {
  readonly generation: DataGeneration
  memo: <T>(key: string, load: () => Promise<T>) => Promise<T>
}

// What a cache hands out is shared and never changed, so its JSON text can be kept as well: a
// cached dashboard is serialised once, not once per request.
const handedOut = new WeakSet<object>()
const jsonTexts = new WeakMap<object, string>()

/** The JSON text of a value a read cache handed out (computed once), else undefined. */
export function cachedJson(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !handedOut.has(value)) return undefined
  let text = jsonTexts.get(value)
  if (text === undefined) jsonTexts.set(value, (text = JSON.stringify(value)))
  return text
}

export type ReadCacheOptions = {
  maxEntries?: number
  /** False while writes may go unseen (e.g. the change listener is down): every read loads. */
  enabled?: () => boolean
}

export function createReadCache(
  generation: DataGeneration,
  { maxEntries = 5000, enabled = () => true }: ReadCacheOptions = {},
): ReadCache {
  const entries = new Map<string, Promise<unknown>>()
  let seen = generation.value

  function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!enabled()) return load()
    // A bump clears everything: checked here, so the counter needs no listeners.
    if (generation.value !== seen) {
      entries.clear()
      seen = generation.value
    }
    const hit = entries.get(key)
    if (hit) return hit as Promise<T>
    const entry = start(load)
    entries.set(key, entry)
    // Failures are not remembered; only this entry is removed, never a newer one for the key.
    entry.then(
      (value) => {
        if (typeof value === 'object' && value !== null) handedOut.add(value)
      },
      () => {
        if (entries.get(key) === entry) entries.delete(key)
      },
    )
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
    return entry
  }

  return { generation, memo }
}

function start<T>(load: () => Promise<T>): Promise<T> {
  try {
    return load()
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}
