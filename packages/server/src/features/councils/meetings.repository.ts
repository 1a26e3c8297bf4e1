// SQL for council meetings: the meeting row, attendance, the agenda and the vote per nomination.
import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

export function insertMeeting(
  db: Kysely<Database>,
  row: {
    council_id: number
    issuer_unit_path: string
    meeting_date: string
    place: string
    convened: number
    created_by: string
  },
) {
  return db.insertInto('council_meetings').values(row).returning('id').executeTakeFirstOrThrow()
}

export function findMeeting(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('council_meetings')
    .selectAll()
    .select(sql<string>`to_char(meeting_date, 'YYYY-MM-DD')`.as('meeting_day'))
    .where('id', '=', id)
    .executeTakeFirst()
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>

export function listMeetings(db: Kysely<Database>, councilId: number) {
  return db
    .selectFrom('council_meetings')
    .selectAll()
    .select(sql<string>`to_char(meeting_date, 'YYYY-MM-DD')`.as('meeting_day'))
    .where('council_id', '=', councilId)
    .orderBy('meeting_date', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

/** Optimistic update: false when row_version moved on (someone else wrote first). */
export async function updateMeeting(
  db: Kysely<Database>,
  id: number,
  expected: number,
  changes: {
    convened?: number
    present?: number
    quorum_met?: boolean
    status?: string
    minutes_number?: string
  },
) {
  const result = await db
    .updateTable('council_meetings')
    .set({ ...changes, row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', expected)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function replaceAttendance(
  db: Kysely<Database>,
  meetingId: number,
  rows: readonly { member_id: number; present: boolean }[],
) {
  await db.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute()
  if (rows.length > 0)
    await db
      .insertInto('meeting_attendance')
      .values(rows.map((row) => ({ ...row, meeting_id: meetingId })))
      .execute()
}

export function listAttendance(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('council_members as m', 'm.id', 'a.member_id')
    .select(['m.id', 'm.name', 'm.position', 'm.role', 'a.present'])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('m.sort_order')
    .execute()
}

export async function replaceAgenda(
  db: Kysely<Database>,
  meetingId: number,
  nominationIds: readonly number[],
) {
  await db.deleteFrom('meeting_agenda_items').where('meeting_id', '=', meetingId).execute()
  if (nominationIds.length > 0)
    await db
      .insertInto('meeting_agenda_items')
      .values(
        nominationIds.map((id, index) => ({
          meeting_id: meetingId,
          nomination_id: id,
          position: index + 1,
        })),
      )
      .execute()
}

export function listAgendaIds(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('meeting_agenda_items')
    .select(['nomination_id', 'position'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute()
}

/** Appraised nominations proposed inside the council's subtree and not yet on an open agenda. */
export function listAgendaCandidates(db: Kysely<Database>, issuerPath: string, planKey?: string) {
  let query = db
    .selectFrom('nominations as n')
    .select('n.id')
    .where('n.status', '=', 'appraised')
    .where('n.proposing_unit_path', 'like', `${escapeLike(issuerPath)}%`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('meeting_agenda_items as i')
            .innerJoin('council_meetings as m', 'm.id', 'i.meeting_id')
            .select('i.id')
            .whereRef('i.nomination_id', '=', 'n.id')
            .where('m.status', '=', 'open'),
        ),
      ),
    )
  if (planKey) query = query.where('n.plan_key', '=', planKey)
  return query.orderBy('n.id').limit(2000).execute()
}

export function insertVote(
  db: Kysely<Database>,
  row: {
    meeting_id: number
    nomination_id: number
    convened: number
    present: number
    votes_for: number
    votes_against: number
    passed: boolean
    recorded_by: string
  },
) {
  return db.insertInto('council_votes').values(row).returning('id').executeTakeFirstOrThrow()
}

export function listVotes(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('council_votes')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('id')
    .execute()
}
export type VoteRow = Awaited<ReturnType<typeof listVotes>>[number]

/** The latest vote on each nomination, for decisions. */
export function listLatestVotes(db: Kysely<Database>, nominationIds: readonly number[]) {
  if (nominationIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('council_votes')
    .selectAll()
    .where('nomination_id', 'in', nominationIds)
    .orderBy('nomination_id')
    .orderBy('id', 'desc')
    .execute()
}
