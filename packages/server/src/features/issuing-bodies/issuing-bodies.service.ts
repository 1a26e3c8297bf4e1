// An issuing body's signers and legal bases (ADR 030): read with the defaults when never saved,
// saved whole at a row version in one audited transaction. Documents and decisions read them
// through loadBodySettings; the person issuing picks a signer by key.
import {
  AppError,
  defaultBodySettings,
  type Actor,
  type BodySigner,
  type IssuingBody,
  type IssuingBodySettings,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { findUnitById } from '../units/units.repository'
import * as repo from './issuing-bodies.repository'
import type { SettingsInput } from './issuing-bodies.schemas'

export async function loadBodySettings(db: Kysely<Database>, unitId: number, body: IssuingBody) {
  const row = await repo.findSettings(db, unitId, body)
  return {
    settings: (row?.settings as IssuingBodySettings | undefined) ?? defaultBodySettings(body),
    rowVersion: row?.row_version ?? null,
  }
}

/** The signer `key` of the body, or a refusal naming the body's signers. */
export function pickSigner(settings: IssuingBodySettings, key: string): BodySigner {
  const signer = settings.signers.find((item) => item.key === key)
  if (!signer)
    throw new AppError('VALIDATION', `Không có người ký "${key}" trong danh sách người ký`, [
      { path: 'signerKey', message: 'Chọn người ký trong danh sách người ký của cơ quan' },
    ])
  return signer
}

export async function getIssuingBody(deps: Deps, unitId: number, body: IssuingBody) {
  return { unitId, body, ...(await loadBodySettings(deps.db, unitId, body)) }
}

export async function saveIssuingBody(
  deps: Deps,
  actor: Actor,
  target: { unitId: number; body: IssuingBody },
  input: SettingsInput,
) {
  const keys = input.signers.map((signer) => signer.key)
  if (new Set(keys).size !== keys.length)
    throw new AppError('VALIDATION', 'Mỗi người ký cần một mã riêng', [
      { path: 'signers', message: 'Mã người ký bị trùng' },
    ])
  const reversed = input.legalBases.findIndex(
    (basis) => basis.from !== null && basis.to !== null && basis.from > basis.to,
  )
  if (reversed >= 0)
    throw new AppError('VALIDATION', 'Ngày bắt đầu áp dụng căn cứ sau ngày hết áp dụng', [
      {
        path: `legalBases.${reversed}.to`,
        message: 'Ngày hết áp dụng phải từ ngày bắt đầu trở đi',
      },
    ])
  return deps.db.transaction().execute(async (tx) => {
    const unit = await findUnitById(tx, target.unitId)
    if (!unit) throw new AppError('NOT_FOUND')
    const before = await loadBodySettings(tx, unit.id, target.body)
    const { rowVersion, ...settings } = input
    const saved = await repo.saveSettings(
      tx,
      {
        unit_id: unit.id,
        unit_path: unit.path,
        body: target.body,
        settings,
        updated_by: actor.username,
      },
      rowVersion,
    )
    if (!saved) throw new AppError('CONFLICT')
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'issuing_body.save',
      entity: 'issuing_body',
      entityId: `${unit.id}:${target.body}`,
      unit: { id: unit.id, path: unit.path },
      before: before.rowVersion === null ? null : before.settings,
      after: settings,
    })
    return {
      unitId: unit.id,
      body: target.body,
      ...(await loadBodySettings(tx, unit.id, target.body)),
    }
  })
}
