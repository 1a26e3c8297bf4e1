// Demo reports that give the to-do home something to do (issue 13 item 1, ADR 028): in plan 000
// (Bắc Quang, 2024), Xã Đồng Yên has sent its quarter IV report and waits for the district's
// answer, and the quarter IV report of an agency it manages came back with a reason for the
// commune's clerk to fix. Figures are each unit's own accepted yearly ones (a quarter's running
// figures), so the yearly report the targets read stays as it was. Written once.
// (Without a campaign, as in the API tests' template, the reports carry no figures.)
import { sql } from 'kysely'
import type { Deps } from '../deps'
import { SYSTEM_ACTOR } from './seed-demo'

const PLAN_KEY = '000-bac-quang-2024'
const PERIOD = '2024-Q4'
const COMMUNE = { version: 'legacy', code: '01216' } as const
/** The commune's first agency (generate-units.ts codes it `<commune>.CQ1`). */
const AGENCY_CODE = `${COMMUNE.code}.CQ1`
const RETURN_REASON =
  'Số cán bộ được tuyên truyền lớn hơn tổng số cán bộ của cơ quan; đề nghị kiểm tra, sửa lại và gửi lại.'

/** The commune and its first agency, each with its accepted yearly figures if any. */
async function unitsToReport(deps: Deps) {
  return deps.db
    .selectFrom('units as u')
    .leftJoin('reports as r', (join) =>
      join
        .onRef('r.unit_id', '=', 'u.id')
        .on('r.plan_key', '=', PLAN_KEY)
        .on('r.period_id', '=', '2024')
        .on('r.status', '=', 'accepted'),
    )
    .select(['u.id as unit_id', 'u.path as unit_path', 'u.kind', 'r.figures'])
    .where('u.version', '=', COMMUNE.version)
    .where('u.code', 'in', [COMMUNE.code, AGENCY_CODE])
    .execute()
}

/** @returns how many reports were written (0 when already there or plan 000 is missing). */
export async function seedDemoTodo(deps: Deps): Promise<number> {
  const plan = await deps.db
    .selectFrom('plans')
    .select(sql<number>`max(id)`.as('id'))
    .where('plan_key', '=', PLAN_KEY)
    .where('status', '=', 'published')
    .executeTakeFirst()
  const rows = await unitsToReport(deps)
  const own = rows.find((row) => row.kind === 'commune')
  const agency = rows.find((row) => row.kind === 'agency')
  if (!plan?.id || !own || !agency) return 0
  const done = await deps.db
    .selectFrom('reports')
    .select('id')
    .where('plan_key', '=', PLAN_KEY)
    .where('period_id', '=', PERIOD)
    .where('unit_id', 'in', [own.unit_id, agency.unit_id])
    .execute()
  if (done.length > 0) return 0
  const by = SYSTEM_ACTOR.username
  await deps.db.transaction().execute(async (tx) => {
    for (const [row, status] of [
      [own, 'submitted'],
      [agency, 'returned'],
    ] as const) {
      const figures = JSON.stringify(row.figures ?? {})
      const inserted = await tx
        .insertInto('reports')
        .values({
          ...{ plan_key: PLAN_KEY, plan_id: plan.id, period_id: PERIOD },
          ...{ unit_id: row.unit_id, unit_path: row.unit_path, status, figures },
          ...{ return_reason: status === 'returned' ? RETURN_REASON : null, updated_by: by },
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const history = [
        { action: 'submit', from_status: 'draft', to_status: 'submitted', reason: null },
        ...(status === 'returned'
          ? [
              {
                action: 'return',
                from_status: 'submitted',
                to_status: 'returned',
                reason: RETURN_REASON,
              },
            ]
          : []),
      ]
      for (const entry of history)
        await tx
          .insertInto('report_history')
          .values({ report_id: inserted.id, at: new Date(), actor_name: by, ...entry })
          .execute()
    }
  })
  return 2
}
