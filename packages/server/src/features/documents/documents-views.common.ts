// Pieces every award document view shares, read from the record: the issuing body's header
// (its name and the body above it, in capitals), the signer, and the list entries.
import {
  deciderLetterhead,
  formatDateVi,
  type AwardDecider,
  type AwardForm,
  type Plan,
} from '@antq/core'
import type { AwardEntryView, AwardHeaderView, SignerView } from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { findPlanById } from '../plans/plans.repository'
import { findUnitById } from '../units/units.repository'
import { describeNominee, type NominationView } from '../decisions/nominations-read.repository'

type Db = Kysely<Database>

const upper = (text: string) => text.toLocaleUpperCase('vi-VN')

/** The place name printed before the date: the unit's name without its kind ("Xã Minh Xuân" → "Minh Xuân"). */
export function placeOf(name: string): string {
  return name.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+/u, '')
}

export async function buildHeader(
  db: Db,
  unitId: number,
  issuer: { code: string; sequence: number | null; date: string | null; prefix?: string },
  /** A decision's letterhead and symbol are its award form's decider's, never the caller's. */
  decider?: AwardDecider,
): Promise<AwardHeaderView> {
  const unit = await findUnitById(db, unitId)
  const parent = unit?.parent_id ? await findUnitById(db, unit.parent_id) : undefined
  const name = unit?.name ?? ''
  const administrative = ['province', 'district', 'commune'].includes(unit?.kind ?? '')
  const letterhead =
    decider && decider.body !== 'people_committee' && decider.body !== 'other'
      ? deciderLetterhead(decider, { name, parentName: parent?.name ?? null, administrative })
      : {
          superiorBody: parent ? upper(`${issuer.prefix ?? ''}${parent.name}`) : null,
          issuerName: upper(
            administrative ? `${issuer.prefix ?? 'Ủy ban nhân dân '}${name}` : name,
          ),
        }
  return {
    ...letterhead,
    issuerCode: decider?.code ?? issuer.code,
    sequence: issuer.sequence,
    place: placeOf(administrative ? name : (parent?.name ?? name)),
    date: issuer.date,
  }
}

export function signerOf(name: string | null, title: string): SignerView {
  return { authority: [], title, position: null, name }
}

export function toEntry(view: NominationView, formName: string): AwardEntryView {
  return {
    subjectKind: view.subject_kind,
    ...describeNominee(view),
    achievement: view.achievement_summary,
    awardForm: formName,
  }
}

export async function loadForm(
  db: Db,
  planId: number,
  formId: string,
): Promise<{ plan: Plan; form: AwardForm | undefined; planNumber: string }> {
  const row = await findPlanById(db, planId)
  const plan = row?.definition as Plan
  const form = plan?.awardForms.find((item) => item.id === formId)
  const meta = plan?.metadata
  const planNumber = meta
    ? `Kế hoạch${meta.number ? ` số ${meta.number.sequence ?? '…'}/${meta.number.symbol}` : ''}${meta.date && meta.date.length === 10 ? ` ngày ${formatDateVi(meta.date)}` : ''} của ${meta.issuer.name}`
    : 'kế hoạch thi đua'
  return { plan, form, planNumber }
}

/** The sequence of a number like "12/QĐ-UBND", or null for a blank to fill in by hand. */
export function sequenceOf(number: string | null | undefined): number | null {
  const match = /^(\d+)\//.exec(number ?? '')
  return match ? Number(match[1]) : null
}
