// The dashboard API under load: 200 concurrent GET /api/plans/:id/targets through the real
// Fastify app (app.inject), signed in as the plan owner, over a mix of national, province and
// commune scopes. Warm: repeated reads served from the read cache. Cold: the data generation is
// bumped before each round, as after a write, so every distinct read loads once more.
import { sql } from 'kysely'
import type { Deps } from '../src/deps'
import { buildApp } from '../src/http/app'
import { percentile } from './bench-db'
import { OWNER } from './campaign-world'

export async function measureDashboard(deps: Deps, planId: number, concurrency = 200, rounds = 5) {
  const app = await buildApp(deps)
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: OWNER.username, password: OWNER.password },
  })
  const cookie = login.cookies.find((item) => item.name === 'antq_session')
  if (login.statusCode !== 200 || !cookie) throw new Error(`login failed: ${login.body}`)
  const scopes = await sql<{
    id: number
  }>`(select id from units where kind = 'province' order by code)
    union all (select id from units where kind = 'commune' order by code limit 166)`.execute(
    deps.db,
  )
  const ids = scopes.rows.map((row) => row.id)
  const urls = Array.from({ length: concurrency }, (_, i) =>
    i % 10 === 0
      ? `/api/plans/${planId}/targets`
      : `/api/plans/${planId}/targets?scopeUnitId=${ids[i % ids.length]}`,
  )
  let failures = 0
  const runRound = () =>
    Promise.all(
      urls.map(async (url) => {
        const started = performance.now()
        const response = await app.inject({
          method: 'GET',
          url,
          headers: { cookie: `antq_session=${cookie.value}` },
        })
        if (response.statusCode !== 200) failures++
        return performance.now() - started
      }),
    )
  const samples: number[] = []
  for (let round = 0; round <= rounds; round++) {
    const batch = await runRound()
    if (round > 0) samples.push(...batch) // round 0 warms the caches and the pool
  }
  const cold: number[] = []
  for (let round = 0; round < rounds; round++) {
    deps.cache.generation.bump()
    cold.push(...(await runRound()))
  }
  // One request at a time: the time the server spends on one, without queueing.
  const alone: number[] = []
  for (const url of urls.slice(0, 50)) {
    const started = performance.now()
    await app.inject({ method: 'GET', url, headers: { cookie: `antq_session=${cookie.value}` } })
    alone.push(performance.now() - started)
  }
  await app.close()
  const round1 = (value: number) => Math.round(value * 10) / 10
  return {
    concurrency,
    requests: samples.length,
    p50Ms: round1(percentile(samples, 50)),
    p95Ms: round1(percentile(samples, 95)),
    maxMs: round1(Math.max(...samples)),
    coldP50Ms: round1(percentile(cold, 50)),
    coldP95Ms: round1(percentile(cold, 95)),
    aloneP50Ms: round1(percentile(alone, 50)),
    aloneP95Ms: round1(percentile(alone, 95)),
    failures,
  }
}
