// The register's figures of one unit's territory: beside a periodic report's typed model figures
// (RECORDED_FIGURE_SOURCES), and among a nominee unit's eligibility facts — the same SQL the
// targets read (models-fact-source.ts), so the three never disagree.
import {
  compareModelFigures,
  MODEL_REGISTER_FIGURES,
  MODEL_REGISTER_PREFIX,
  TYPED_MODEL_FIGURES,
  type ModelRegisterFigure,
  type RecordedFigure,
  type ReportForm,
} from '@antq/core'
import { CompiledQuery, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { registerFiguresQuery } from './models-fact-source'

export async function registerFiguresOf(
  db: Kysely<Database>,
  unit: { id: number; path: string },
  year: number,
  asOf: string,
): Promise<Record<ModelRegisterFigure, number>> {
  const { text, params } = registerFiguresQuery(unit, year, asOf)
  const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, params))
  const row = result.rows[0] ?? {}
  const figures = {} as Record<ModelRegisterFigure, number>
  for (const figure of Object.keys(MODEL_REGISTER_FIGURES) as ModelRegisterFigure[])
    figures[figure] = Number(row[figure] ?? 0)
  return figures
}

/** Beside each typed model figure of a report form, the register's as of the period's end. */
export async function recordedModelFigures(
  db: Kysely<Database>,
  unit: { id: number; path: string },
  form: ReportForm,
  period: { start: string; end: string },
  figures: Readonly<Record<string, unknown>>,
): Promise<Record<string, RecordedFigure> | null> {
  const ids = form.fields.map((field) => field.id).filter((id) => id in TYPED_MODEL_FIGURES)
  if (ids.length === 0) return null
  const recorded = await registerFiguresOf(db, unit, Number(period.end.slice(0, 4)), period.end)
  return compareModelFigures(ids, figures, recorded)
}

/** The register's figures as nominee facts (`model_register.*`), with the line a reviewer sees. */
export async function registerFactsOf(
  db: Kysely<Database>,
  unit: { id: number; path: string },
  year: number,
) {
  const figures = await registerFiguresOf(db, unit, year, `${year}-12-31`)
  const values: Record<string, unknown> = {}
  const lines: Record<string, string> = {}
  for (const [figure, value] of Object.entries(figures)) {
    values[`${MODEL_REGISTER_PREFIX}${figure}`] = value
    lines[`${MODEL_REGISTER_PREFIX}${figure}`] =
      `${MODEL_REGISTER_FIGURES[figure as ModelRegisterFigure]} năm ${year}: ${value}`
  }
  return { values, lines }
}
