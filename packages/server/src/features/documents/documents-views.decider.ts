// The decider of an award form named in full for a given place: "Chủ tịch UBND tỉnh" read
// against the proposing unit's ancestors gives "Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp", the
// addressee of a tờ trình and the authority of the decision (never the plan's abbreviation).
import { bodyLetterhead, bodyOfDecider, readAwardDecider } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1)

export async function nameDeciderFor(
  db: Kysely<Database>,
  deciderText: string,
  unitPath: string,
): Promise<string> {
  const decider = readAwardDecider(deciderText)
  if (decider.body === 'ministry') return 'Bộ trưởng Bộ Công an'
  if (!decider.office || decider.levels.length === 0) return deciderText
  const ids = unitPath.split('.').filter(Boolean).map(Number)
  if (ids.length === 0) return deciderText
  const units = await db
    .selectFrom('units')
    .select(['id', 'name', 'kind', 'parent_id'])
    .where('id', 'in', ids)
    .execute()
  const chain = ids.flatMap((id) => units.filter((unit) => unit.id === id))
  const levels: readonly string[] = decider.levels
  const at = [...chain].reverse().find((unit) => levels.includes(unit.kind))
  if (!at) return deciderText
  const parent = chain.find((unit) => unit.id === at.parent_id)
  const { bodyName } = bodyLetterhead(bodyOfDecider(decider), {
    name: at.name,
    kind: at.kind,
    parentName: parent?.name ?? null,
  })
  return `${capitalise(decider.office)} ${bodyName}`
}
