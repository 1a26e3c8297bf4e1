// The eligibility benchmark's world: the small campaign world (campaign-world.ts: 2025
// register, three provinces of synthetic units, plan 000 re-issued nationally, one campaign
// year of registrations, evaluations and reports), then 10,000 nominations under that plan in
// a few INSERT … SELECT statements: collectives (communes, agencies/enterprises/schools,
// organisations) and individuals (citizens, grassroots security forces, staff), each proposed
// by its province, half of them with evidence and a confirming person for every attested
// condition. Draws are md5 hashes of unit codes, so every engine gets the same nominations.
import { formGroupOf, type Plan } from '@antq/core'
import { sql } from 'kysely'
import type { Deps } from '../src/deps'
import { findPlanById } from '../src/features/plans/plans.repository'
import { draw } from './campaign-seed-reports'
import { buildWorld, type World } from './campaign-world'

export const NOMINATIONS = 10_000
const COLLECTIVES = 6_000

// (unit kind, subject, role): collectives have no role; individuals work in a unit of the kind.
const COLLECTIVE_SUBJECTS = [
  ['commune', 'xa-thi-tran'],
  ['agency', 'tap-the-cqdn'],
  ['enterprise', 'tap-the-cqdn'],
  ['school', 'tap-the-cqdn'],
  ['organisation', 'to-chuc'],
]
const INDIVIDUAL_SUBJECTS = [
  ['residential_area', 'quan-chung', 'citizen', 'Quần chúng'],
  ['residential_area', 'luc-luong-co-so', 'grassroots_security_force', 'Tổ viên tổ ANTT'],
  ['agency', 'ca-nhan-cqdn', 'civil_servant', 'Công chức'],
  ['enterprise', 'ca-nhan-cqdn', 'worker', 'Người lao động'],
  ['school', 'ca-nhan-cqdn', 'unit_leader', 'Hiệu trưởng'],
]
const FORMS = ['bk-ubnd-tinh', 'gk-ca-tinh']

/** Attested condition keys per (subject, form), as checkEligibility lists them. */
function attestedKeys(plan: Plan) {
  const keys: { subject: string; form: string; key: string }[] = []
  for (const form of FORMS)
    for (const criteria of plan.awardCriteria) {
      if (criteria.awards.length > 0 && !criteria.awards.includes(form)) continue
      for (const subject of criteria.subjects)
        for (const condition of criteria.attested)
          keys.push({ subject, form, key: `${criteria.id}/${condition.id}` })
    }
  return JSON.stringify(keys)
}

function nominationInserts(plan: Plan, planId: number, planKey: string, year: number) {
  const group = formGroupOf(plan.awardForms.find((form) => form.id === FORMS[0]) ?? { name: '' })
  const texts = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}::text`))
  const form = sql`(array[${texts(FORMS)}])[1 + ${draw('form')} % 2]`
  const province = sql`split_part(u.path, '.', 2)`
  const head = sql`insert into nominations (plan_key, plan_id, year, award_form_id, form_group,
    proposing_unit_id, proposing_unit_path, subject_kind, subject_id, nominee_unit_id,
    person_name, person_position, person_role, person_birth_year, person_unit_id, nominee_key,
    person_facts, achievement_summary, status, created_by, updated_by)`
  const common = sql`${planKey}::text, ${planId}::int, ${year}::int, ${form}, ${group}::text,
    ${province}::int, split_part(u.path, '.', 1) || '.' || ${province} || '.'`
  const status = sql`case when ${draw('st')} % 5 = 0 then 'submitted' else 'draft' end`
  const collectives = sql`${head}
    select ${common}, 'collective', s.subject, u.id, null, null, null, null, null,
      'unit:' || u.id, '{}'::jsonb, 'Thành tích năm ' || ${year}::int, ${status}, 'bench', 'bench'
    from units u join (values ${sql.join(COLLECTIVE_SUBJECTS.map((row) => sql`(${texts(row)})`))})
      as s(kind, subject) on s.kind = u.kind
    where u.depth >= 2
    order by md5(u.code || 'collective') limit ${COLLECTIVES}`
  const name = sql`'Nguyễn Văn Bình ' || u.id`
  const individuals = sql`${head}
    select ${common}, 'individual', s.subject, null, ${name}, s.position, s.role,
      1970 + ${draw('born')} % 30, u.id,
      'person:' || u.id || ':nguyen van binh ' || u.id || ':' || (1970 + ${draw('born')} % 30),
      jsonb_build_object('isLeader', s.role = 'unit_leader',
        'familyCultural', ${draw('fam')} % 10 <> 0,
        'taskRating', (array['htxs', 'htt', 'ht'])[1 + ${draw('task')} % 3]),
      'Thành tích năm ' || ${year}::int, ${status}, 'bench', 'bench'
    from units u join (values ${sql.join(INDIVIDUAL_SUBJECTS.map((row) => sql`(${texts(row)})`))})
      as s(kind, subject, role, position) on s.kind = u.kind
      and ${draw('who')} % 2 = case when s.subject = 'luc-luong-co-so' then 1 else 0 end
    where u.depth >= 2
    order by md5(u.code || 'individual') limit ${NOMINATIONS - COLLECTIVES}`
  return [collectives, individuals]
}

/** Evidence (one file per nomination) and every attested condition, for half the nominations. */
function attestationInserts(plan: Plan, planKey: string) {
  const half = sql`n.plan_key = ${planKey} and n.id % 2 = 0`
  return [
    sql`insert into dossier_files (nomination_id, plan_key, year, award_form_id,
        proposing_unit_id, unit_path, item_id, filename, mime, size, sha256, bytes, uploaded_by)
      select n.id, n.plan_key, n.year, n.award_form_id, n.proposing_unit_id,
        n.proposing_unit_path, 'evidence', 'minh-chung-' || n.id || '.pdf', 'application/pdf', 8,
        md5(n.id::text), convert_to('%PDF-1.7', 'UTF8'), 'bench'
      from nominations n where ${half}`,
    sql`insert into attestations (nomination_id, condition_id, evidence_file_id, confirmed_by,
        confirmed_at, recorded_by)
      select n.id, k.key, f.id, 'Trần Văn An, Chủ tịch UBND', date '2025-10-20', 'bench'
      from nominations n
      join dossier_files f on f.nomination_id = n.id and f.item_id = 'evidence'
      join jsonb_to_recordset(${attestedKeys(plan)}::jsonb) as k(subject text, form text, key text)
        on k.subject = n.subject_id and k.form = n.award_form_id
      where ${half}`,
  ]
}

export async function seedNominations(deps: Deps, planId: number) {
  const row = await findPlanById(deps.db, planId)
  if (!row) throw new Error('no plan')
  const plan = row.definition as Plan
  const year = plan.period.startYear
  const counts = { nominations: 0, attestations: 0 }
  await deps.db.transaction().execute(async (tx) => {
    for (const statement of nominationInserts(plan, planId, row.plan_key, year))
      counts.nominations += Number((await statement.execute(tx)).numAffectedRows ?? 0)
    for (const statement of attestationInserts(plan, row.plan_key))
      counts.attestations = Number((await statement.execute(tx)).numAffectedRows ?? 0)
  })
  for (const table of ['nominations', 'dossier_files', 'attestations'])
    await sql`analyze ${sql.table(table)}`.execute(deps.db)
  return { ...counts, year }
}

export type EligibilityWorld = World & { nominations: number; attestations: number; year: number }

export async function buildEligibilityWorld(deps: Deps): Promise<EligibilityWorld> {
  const world = await buildWorld(deps, 'small')
  return { ...world, ...(await seedNominations(deps, world.planId)) }
}
