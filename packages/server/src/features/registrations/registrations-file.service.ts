// The offline form: download an XLSX with every eligible unit in the actor's scope (filled in
// where already registered), then upload it back — checked cell by cell, a dry run writes
// nothing, a real run goes through the same rules as PUT, all-or-nothing.
import {
  AppError,
  assertPlanTakesWrite,
  registrableAwardForms,
  UNIT_KIND_LABELS,
  type Actor,
  type ErrorDetail,
  type UnitKind,
} from '@antq/core'
import { nameSpreadsheetFile, renderRegistrationTemplate } from '@antq/documents'
import type { Deps } from '../../deps'
import {
  loadPlanContext,
  resolveListScope,
  resolveReadScope,
  type PlanContext,
} from './registrations.context'
import { presentPledge } from './registrations.presenter'
import * as repo from './registrations.repository'
import { barrierOf } from './registrations.service'
import { readRegistrationFile } from './registrations-file.reader'
import { assertMayRegister, type ItemProblem } from './registrations-check'
import { applyRegistrations } from './registrations-write.service'

function awardFormsOf(context: PlanContext) {
  const ids = new Set(registrableAwardForms(context.plan))
  return context.plan.awardForms
    .filter((form) => ids.has(form.id))
    .map((form) => ({ id: form.id, name: form.name }))
}

export async function renderTemplate(deps: Deps, actor: Actor, planId: number, year: number) {
  const context = await loadPlanContext(deps.db, deps, planId, year)
  const path = await resolveReadScope(deps.db, actor, context)
  const units = path === undefined ? [] : await repo.listSubtreeUnits(deps.db, path)
  const registered = new Map(
    (path === undefined ? [] : await repo.listRegistrations(deps.db, context.key, year, path)).map(
      (row) => [row.unit_id, presentPledge(row)],
    ),
  )
  const rows = units
    .filter((unit) => !barrierOf(context, unit))
    .map((unit) => {
      const pledge = registered.get(unit.id)
      return {
        code: unit.code,
        name: unit.name,
        kindLabel: UNIT_KIND_LABELS[unit.kind as UnitKind] ?? unit.kind,
        takePart: pledge?.takePart ?? false,
        strivesForAntt: pledge?.strivesForAntt ?? false,
        buildsExemplary: pledge?.buildsExemplary ?? false,
        awardForms: pledge?.awardForms ?? [],
      }
    })
  // The subtree's root is the scope the form covers (the first unit, by depth).
  const scopeName = units.find((unit) => unit.path === path)?.name ?? ''
  const planTitle = context.plan.metadata.title
  const bytes = await renderRegistrationTemplate({
    ...{ planTitle, year, scopeName },
    awardForms: awardFormsOf(context),
    rows,
  })
  const fileName = nameSpreadsheetFile(['Đăng ký thi đua', planTitle, scopeName, `Năm ${year}`])
  return { fileName, bytes }
}

function placeProblem(problem: ItemProblem, rows: readonly number[]): ErrorDetail {
  const column = problem.path === 'unitId' ? 'code' : problem.path.replace('pledge.', '')
  return { row: rows[problem.index] ?? 0, column, message: problem.message }
}

export async function importRegistrationFile(
  deps: Deps,
  actor: Actor,
  input: { planId: number; year: number; dryRun: boolean; fileName: string; bytes: Uint8Array },
) {
  assertMayRegister(actor)
  const context = await loadPlanContext(deps.db, deps, input.planId, input.year)
  assertPlanTakesWrite(context.plan, { year: context.year, date: context.today })
  const file = await readRegistrationFile(input.fileName, input.bytes, awardFormsOf(context))
  const filled = file.rows.filter((row) => !row.blank)
  const path = await resolveListScope(deps.db, actor, context)
  const units = new Map(
    (path === undefined
      ? []
      : await repo.listUnitsByCodes(
          deps.db,
          path,
          filled.map((row) => row.code),
        )
    ).map((unit) => [unit.code, unit]),
  )
  const errors = [...file.errors]
  for (const row of filled)
    if (row.code && !units.has(row.code))
      errors.push({
        row: row.row,
        column: 'code',
        message: `Không có đơn vị mã "${row.code}" trong phạm vi của bạn`,
      })
  if (errors.length > 0) throw invalid(errors)
  if (filled.length === 0)
    throw new AppError('IMPORT_INVALID', 'Tệp chưa đánh dấu đăng ký cho đơn vị nào')
  const { problems, result } = await applyRegistrations(deps, actor, {
    planId: input.planId,
    year: input.year,
    dryRun: input.dryRun,
    reason: `Nhập tệp ${input.fileName}`,
    items: filled.map((row) => ({
      unitId: units.get(row.code)?.id ?? 0,
      pledge: {
        takePart: row.takePart,
        strivesForAntt: row.strivesForAntt,
        buildsExemplary: row.buildsExemplary,
        awardForms: row.awardForms,
      },
    })),
  })
  if (problems.length > 0)
    throw invalid(
      problems.map((problem) =>
        placeProblem(
          problem,
          filled.map((row) => row.row),
        ),
      ),
    )
  return { ok: true, dryRun: input.dryRun, rows: filled.length, ...result }
}

function invalid(details: ErrorDetail[]) {
  const sorted = [...details].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  return new AppError('IMPORT_INVALID', undefined, sorted.slice(0, 1000))
}
