// The read cache on its own: shared loads, invalidation by the data generation, and the race
// that matters — a load that started before a write is never served after it.
import { describe, expect, it } from 'vitest'
import { createDataGeneration } from './data-generation'
import { cachedJson, createReadCache } from './read-cache'

/** A load the test finishes by hand, counting how often it was started. */
function manualLoads<T>() {
  const pending: ((value: T) => void)[] = []
  const load = () => new Promise<T>((resolve) => pending.push(resolve))
  return { load, pending }
}

describe('read cache', () => {
  it('shares one load between concurrent callers and serves it until a bump', async () => {
    const generation = createDataGeneration()
    const cache = createReadCache(generation)
    let loads = 0
    const load = () => Promise.resolve(++loads)
    const [a, b] = await Promise.all([cache.memo('k', load), cache.memo('k', load)])
    expect([a, b, loads]).toEqual([1, 1, 1])
    expect(await cache.memo('k', load)).toBe(1)
    expect(await cache.memo('other', load)).toBe(2)
    generation.bump()
    expect(await cache.memo('k', load)).toBe(3)
    expect(await cache.memo('k', load)).toBe(3)
  })

  it('never serves a load that started before a bump once the bump happened', async () => {
    const generation = createDataGeneration()
    const cache = createReadCache(generation)
    const { load, pending } = manualLoads<string>()
    const before = cache.memo('k', load)
    generation.bump() // a write lands while the first load is reading
    const after = cache.memo('k', load)
    expect(pending).toHaveLength(2)
    pending[0]?.('old rows')
    pending[1]?.('new rows')
    expect(await before).toBe('old rows')
    expect(await after).toBe('new rows')
    // The old load finishing last must not put itself back either.
    const third = manualLoads<string>()
    const stale = cache.memo('j', third.load)
    generation.bump()
    const fresh = cache.memo('j', third.load)
    third.pending[1]?.('new')
    await fresh
    third.pending[0]?.('old')
    await stale
    expect(await cache.memo('j', () => Promise.resolve('reloaded'))).toBe('new')
  })

  it('forgets a failed load, without dropping a newer entry for the key', async () => {
    const generation = createDataGeneration()
    const cache = createReadCache(generation)
    await expect(cache.memo('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await cache.memo('k', () => Promise.resolve('ok'))).toBe('ok')
    let fail: (error: Error) => void = () => undefined
    const failing = cache.memo('j', () => new Promise<string>((_, reject) => (fail = reject)))
    generation.bump()
    const newer = cache.memo('j', () => Promise.resolve('newer'))
    fail(new Error('late failure'))
    await expect(failing).rejects.toThrow('late failure')
    expect(await newer).toBe('newer')
    expect(await cache.memo('j', () => Promise.resolve('again'))).toBe('newer')
  })

  it('turns a load that throws synchronously into a rejection', async () => {
    const cache = createReadCache(createDataGeneration())
    const load = (): Promise<string> => {
      throw new Error('sync')
    }
    await expect(cache.memo('k', load)).rejects.toThrow('sync')
  })

  it('evicts the oldest entry past maxEntries', async () => {
    const cache = createReadCache(createDataGeneration(), { maxEntries: 2 })
    for (const key of ['a', 'b', 'c']) await cache.memo(key, () => Promise.resolve(`${key}1`))
    expect(await cache.memo('a', () => Promise.resolve('a2'))).toBe('a2')
    expect(await cache.memo('c', () => Promise.resolve('c2'))).toBe('c1')
  })

  it('loads every time while disabled', async () => {
    let enabled = false
    const cache = createReadCache(createDataGeneration(), { enabled: () => enabled })
    let loads = 0
    const load = () => Promise.resolve(++loads)
    await cache.memo('k', load)
    await cache.memo('k', load)
    expect(loads).toBe(2)
    enabled = true
    await cache.memo('k', load)
    await cache.memo('k', load)
    expect(loads).toBe(3)
  })

  it('keeps the JSON text of what it handed out, and of nothing else', async () => {
    const cache = createReadCache(createDataGeneration())
    const value = await cache.memo('k', () => Promise.resolve({ a: 1, b: [2] }))
    expect(cachedJson(value)).toBe('{"a":1,"b":[2]}')
    expect(cachedJson(value)).toBe(cachedJson(value))
    expect(cachedJson({ a: 1, b: [2] })).toBeUndefined()
    expect(cachedJson(undefined)).toBeUndefined()
  })
})
