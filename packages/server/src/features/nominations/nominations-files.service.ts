// Dossier files and attestations of a nomination: uploads checked by content (type by magic
// bytes, size, non-empty), deletion, download, and attesting a condition with an uploaded
// evidence file and the confirming person. Only while the unit holds the nomination (draft
// or returned); each write locks the nomination (so a concurrent submit sees it) and is audited.
import { createHash } from 'node:crypto'
import { AppError, checkDossierUpload, findAwardForm, type Actor } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { EVIDENCE_ITEM } from './nominations.assess'
import { loadNominationFor, loadPlan } from './nominations.context'
import * as files from './nominations-files.repository'
import * as repo from './nominations.repository'

async function loadEditable(tx: Kysely<Database>, actor: Actor, id: number) {
  await repo.lockNomination(tx, id)
  const row = await loadNominationFor(tx, actor, id, 'nominations:propose')
  if (row.status !== 'draft' && row.status !== 'returned')
    throw new AppError(
      'INVALID_TRANSITION',
      'Hồ sơ đã gửi đi; chỉ bổ sung khi đang soạn hoặc bị trả lại',
    )
  return row
}

function audit(
  tx: Kysely<Database>,
  actor: Actor,
  row: repo.NominationRecord,
  action: string,
  after: unknown,
  before?: unknown,
) {
  return appendAudit(tx, {
    actorId: actor.accountId,
    actorName: actor.username,
    action: `nomination.${action}`,
    entity: 'nomination',
    entityId: row.id,
    unit: { id: row.proposing_unit_id, path: row.proposing_unit_path },
    before: before ?? null,
    after,
  })
}

export async function uploadDossierFile(
  deps: Deps,
  actor: Actor,
  id: number,
  target: { itemId: string; batch: boolean },
  upload: { filename: string; bytes: Uint8Array },
) {
  const checked = checkDossierUpload(upload.filename, upload.bytes)
  return deps.db.transaction().execute(async (tx) => {
    const row = await loadEditable(tx, actor, id)
    const form = findAwardForm((await loadPlan(tx, row.plan_id)).plan, row.award_form_id)
    const items = form.dossier?.items ?? []
    if (target.itemId !== EVIDENCE_ITEM && !items.includes(target.itemId))
      throw new AppError(
        'VALIDATION',
        `Hồ sơ "${form.name}" không có thành phần "${target.itemId}"`,
        [{ path: 'itemId', message: 'Không có thành phần hồ sơ này' }],
      )
    if (target.batch && target.itemId === EVIDENCE_ITEM)
      throw new AppError('VALIDATION', 'Minh chứng thuộc từng hồ sơ, không dùng chung')
    const sha256 = createHash('sha256').update(upload.bytes).digest('hex')
    const fileId = await files.insertDossierFile(tx, {
      nomination_id: target.batch ? null : row.id,
      plan_key: row.plan_key,
      year: row.year,
      award_form_id: row.award_form_id,
      proposing_unit_id: row.proposing_unit_id,
      unit_path: row.proposing_unit_path,
      item_id: target.itemId,
      filename: upload.filename,
      mime: checked.mime,
      size: upload.bytes.length,
      sha256,
      bytes: upload.bytes,
      uploaded_by: actor.username,
      uploaded_at: deps.now(),
    })
    const meta = {
      fileId,
      itemId: target.itemId,
      batch: target.batch,
      filename: upload.filename,
      size: upload.bytes.length,
      sha256,
    }
    await audit(tx, actor, row, 'file.upload', meta)
    return {
      id: fileId,
      itemId: target.itemId,
      filename: upload.filename,
      mime: checked.mime,
      size: upload.bytes.length,
      sha256,
      nominationId: target.batch ? null : row.id,
    }
  })
}

/** The file, if it is this nomination's or its batch's. */
async function loadOwnFile(tx: Kysely<Database>, row: repo.NominationRecord, fileId: number) {
  const file = await files.findDossierFile(tx, fileId)
  const own =
    file &&
    (file.nomination_id === row.id ||
      (file.nomination_id === null &&
        file.plan_key === row.plan_key &&
        file.year === row.year &&
        file.award_form_id === row.award_form_id &&
        file.proposing_unit_id === row.proposing_unit_id))
  if (!file || !own) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp trong hồ sơ này')
  return file
}

export async function deleteDossierFile(deps: Deps, actor: Actor, id: number, fileId: number) {
  await deps.db.transaction().execute(async (tx) => {
    const row = await loadEditable(tx, actor, id)
    const file = await loadOwnFile(tx, row, fileId)
    if (await files.isEvidenceInUse(tx, fileId))
      throw new AppError(
        'VALIDATION',
        `Tệp "${file.filename}" đang là minh chứng của một điều kiện; hãy bỏ xác nhận trước`,
      )
    await files.deleteDossierFile(tx, fileId)
    await audit(tx, actor, row, 'file.delete', null, {
      fileId,
      itemId: file.item_id,
      filename: file.filename,
      sha256: file.sha256,
    })
  })
}

export async function readDossierFile(deps: Deps, actor: Actor, id: number, fileId: number) {
  const row = await loadNominationFor(deps.db, actor, id)
  await loadOwnFile(deps.db, row, fileId)
  const file = await files.readDossierFileBytes(deps.db, fileId)
  if (!file) throw new AppError('NOT_FOUND')
  return { filename: file.filename, mime: file.mime, bytes: file.bytes }
}

export async function attestCondition(
  deps: Deps,
  actor: Actor,
  id: number,
  input: {
    conditionKey: string
    evidenceFileId: number
    confirmedBy: string
    confirmedAt: string
    note: string
  },
) {
  await deps.db.transaction().execute(async (tx) => {
    const row = await loadEditable(tx, actor, id)
    const plan = (await loadPlan(tx, row.plan_id)).plan
    const [criteriaId, conditionId] = input.conditionKey.split('/')
    const criteria = plan.awardCriteria.find(
      (each) => each.id === criteriaId && each.subjects.includes(row.subject_id),
    )
    if (!criteria?.attested.some((each) => each.id === conditionId))
      throw new AppError('VALIDATION', 'Điều kiện này không cần xác nhận cho đối tượng của hồ sơ', [
        { path: 'conditionKey', message: 'Không có điều kiện xác nhận này' },
      ])
    const file = await loadOwnFile(tx, row, input.evidenceFileId)
    await repo.upsertAttestation(tx, {
      nomination_id: row.id,
      condition_id: input.conditionKey,
      note: input.note,
      evidence_file_id: file.id,
      confirmed_by: input.confirmedBy,
      confirmed_at: input.confirmedAt,
      recorded_by: actor.username,
      recorded_at: deps.now(),
    })
    await audit(tx, actor, row, 'attest', { ...input, evidenceFilename: file.filename })
  })
}

export async function withdrawAttestation(
  deps: Deps,
  actor: Actor,
  id: number,
  conditionKey: string,
) {
  await deps.db.transaction().execute(async (tx) => {
    const row = await loadEditable(tx, actor, id)
    if (!(await repo.deleteAttestation(tx, row.id, conditionKey)))
      throw new AppError('NOT_FOUND', 'Điều kiện này chưa được xác nhận')
    await audit(tx, actor, row, 'unattest', null, { conditionKey })
  })
}
