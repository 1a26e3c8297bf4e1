// The model register among a nominee's facts (issue 12 item 1): a unit's register figures
// (`model_register.*`, read by plan 000's "có mô hình … phân loại Tốt") and, for a model
// nominated as itself, the model's own plan, completed share and rating (`model.*`), so its
// criterion reads the model's record, never its host's report.
import {
  AppError,
  buildModelFacts,
  MODEL_REGISTER_PREFIX,
  type NomineeFacts,
  type Plan,
  type Subject,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { registerFactsOf } from '../models/models-figures'
import * as models from '../models/models.repository'

/** Whether a plan's formulas read the register at all (else no query is spent on it). */
export const readsModelFacts = (plan: Pick<Plan, 'awardCriteria' | 'awardGates'>) => {
  const text = JSON.stringify([plan.awardCriteria, plan.awardGates])
  return text.includes(MODEL_REGISTER_PREFIX) || text.includes('"model.')
}

export async function loadModelFacts(
  db: Kysely<Database>,
  nominee: { unitId: number; year: number; modelId: number | null },
): Promise<NomineeFacts> {
  const unit = await models.findUnit(db, nominee.unitId)
  const register = unit ? await registerFactsOf(db, unit, nominee.year) : { values: {}, lines: {} }
  if (nominee.modelId === null) return register
  const model = await models.findModel(db, nominee.modelId)
  if (!model) return register
  const [plan] = await models.listPlans(db, [model.id], nominee.year)
  const reviews = await models.listReviews(db, [model.id], nominee.year)
  const own = buildModelFacts(nominee.year, {
    name: model.name,
    plan: plan ? { adoptedOn: plan.adopted_on, targetCount: plan.target_count } : null,
    reviews: reviews.map((review) => ({
      ...{ period: review.period, rating: review.rating },
      ...{ targetsDone: review.targets_done, targetsTotal: review.targets_total },
    })),
  })
  return {
    values: { ...register.values, ...own.values },
    lines: { ...register.lines, ...own.lines },
  }
}

/** The facts with the register's merged over them (the register wins over a typed figure). */
export function withModelFacts(facts: NomineeFacts, extra: NomineeFacts): NomineeFacts {
  return {
    values: { ...facts.values, ...extra.values },
    lines: { ...facts.lines, ...extra.lines },
  }
}

/**
 * A model nominee: the model, hosted by the nominee unit, of a body the subject names. A subject
 * of bodies only (plan 000's "mô hình") needs one; its key is the model's, so a model's
 * nomination never blocks its host's or another model's.
 */
export async function resolveModelNominee(
  db: Kysely<Database>,
  subject: Subject,
  unitId: number,
  modelId: number | null | undefined,
) {
  const bodiesOnly = subject.bodies.length > 0 && subject.unitKinds.length === 0
  if (modelId == null) {
    if (bodiesOnly && subject.bodies.includes('model'))
      throw refuse('nominee.modelId', `Chọn mô hình được đề nghị (đối tượng "${subject.label}")`)
    return null
  }
  const model = await models.findModel(db, modelId)
  if (!model || model.host_unit_id !== unitId)
    throw refuse('nominee.modelId', 'Mô hình không thuộc đơn vị được đề nghị')
  if (!(subject.bodies as readonly string[]).includes(model.body))
    throw refuse('nominee.modelId', `Đối tượng "${subject.label}" không xét cho loại tổ chức này`)
  return { modelId: model.id, nomineeKey: `model:${model.id}` }
}

const refuse = (path: string, message: string) =>
  new AppError('VALIDATION', message, [{ path, message }])
