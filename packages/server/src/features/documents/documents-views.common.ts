// Pieces every award document view shares, read from the record: the issuing body's header
// (letterhead, symbol and place from one body, ADR 030), the signer, the list entries and the
// plan cited with its number and date.
import {
  bodyLetterhead,
  formatDateVi,
  nameInText,
  placeNameOf,
  type AwardForm,
  type IssuingBody,
  type Plan,
  type SigningBlock,
} from '@antq/core'
import type { AwardEntryView, AwardHeaderView, SignerView } from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { findPlanById } from '../plans/plans.repository'
import { findLatestPublished } from './documents.repository'
import { findUnitById } from '../units/units.repository'
import { describeNominee, type NominationView } from '../decisions/nominations-read.repository'

type Db = Kysely<Database>

const ADMINISTRATIVE = new Set(['province', 'district', 'commune'])

export type BodyHeader = AwardHeaderView & { bodyName: string }

/**
 * The header of a document `body` of unit `unitId` issues: letterhead, the symbol's issuer code
 * and the place (the unit's administrative place, full when named by a number).
 */
export async function buildBodyHeader(
  db: Db,
  unitId: number,
  body: IssuingBody,
  issue: { code: string; sequence: number | null; date: string | null; councilName?: string },
): Promise<BodyHeader> {
  const unit = await findUnitById(db, unitId)
  const parent = unit?.parent_id ? await findUnitById(db, unit.parent_id) : undefined
  const name = unit?.name ?? ''
  const letterhead = bodyLetterhead(body, {
    name,
    kind: unit?.kind ?? '',
    parentName: parent?.name ?? null,
    councilName: issue.councilName ?? null,
  })
  const administrative = ADMINISTRATIVE.has(unit?.kind ?? '')
  return {
    superiorBody: letterhead.superiorBody,
    issuerName: letterhead.issuerName,
    bodyName: letterhead.bodyName,
    issuerCode: issue.code,
    sequence: issue.sequence,
    place: placeNameOf(administrative ? name : (parent?.name ?? name)),
    date: issue.date,
  }
}

/** A stored signing block as the renderers print it; the head's title alone when none. */
export function toSignerView(block: unknown, fallbackTitle: string): SignerView {
  const stored = block as SigningBlock | null | undefined
  if (stored && typeof stored === 'object' && 'authority' in stored) return stored
  return { authority: [], title: fallbackTitle, position: null, name: null }
}

export function toEntry(view: NominationView, formName: string): AwardEntryView {
  return {
    subjectKind: view.subject_kind,
    ...describeNominee(view),
    achievement: view.achievement_summary,
    awardForm: formName,
  }
}

/**
 * The award form, and the plan as documents cite it: "Kế hoạch số 25/KH-BCĐ ngày 17/01/2024 của
 * Ban Chỉ đạo 138 tỉnh Đồng Tháp về …", read from the plan's latest published version so a
 * number the plan owner recorded later (a revision) is cited.
 */
export async function loadForm(
  db: Db,
  planId: number,
  formId: string,
): Promise<{ plan: Plan; form: AwardForm | undefined; planNumber: string }> {
  const row = await findPlanById(db, planId)
  const latest = row ? await findLatestPublished(db, row.plan_key) : undefined
  const plan = row?.definition as Plan
  const form = plan?.awardForms.find((item) => item.id === formId)
  const meta = ((latest?.definition ?? plan) as Plan | undefined)?.metadata
  return { plan, form, planNumber: meta ? citePlan(meta) : 'kế hoạch thi đua' }
}

function citePlan(meta: Plan['metadata']): string {
  const number =
    meta.number?.sequence != null ? ` số ${meta.number.sequence}/${meta.number.symbol}` : ''
  const date = meta.date && meta.date.length === 10 ? ` ngày ${formatDateVi(meta.date)}` : ''
  return `Kế hoạch${number}${date} của ${nameInText(meta.issuer.name)} về ${lowerFirst(meta.title)}`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1)
}

/** The sequence of a number like "12/QĐ-UBND", or null for a blank to fill in by hand. */
export function sequenceOf(number: string | null | undefined): number | null {
  const match = /^(\d+)\//.exec(number ?? '')
  return match ? Number(match[1]) : null
}

/** The issuer code of a number like "12/QĐ-UBND" ("UBND"), or null. */
export function issuerCodeOf(number: string | null | undefined): string | null {
  const match = /^\d+\/[^-]+-(.+)$/u.exec(number ?? '')
  return match?.[1] ?? null
}
