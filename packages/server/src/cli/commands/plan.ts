import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { AppError } from '@antq/core'
import { SYSTEM_ACTOR } from '../../demo/seed-demo'
import { findPlanByKey } from '../../features/plans/plans.repository'
import { exportPlanDocx } from '../../features/plans/plans-export.service'
import { checkPlanText, exportPlanYaml, importPlan } from '../../features/plans/plans.service'
import type { Deps } from '../../deps'
import { usageError, withDeps } from '../context'

/** `antq plan validate FILE…`: exit 0 when every file is valid; errors as file:line:column. */
function validateFiles(files: string[]) {
  if (files.length === 0) usageError('Dùng: antq plan validate FILE…')
  let invalid = 0
  for (const file of files) {
    if (!fs.existsSync(file)) {
      console.error(`${file}: không tìm thấy tệp`)
      invalid += 1
      continue
    }
    const result = checkPlanText(fs.readFileSync(file, 'utf8'))
    if ('plan' in result) {
      console.log(
        `${file}: hợp lệ (${result.plan.targets.length} chỉ tiêu, ${result.plan.awardForms.length} hình thức khen thưởng)`,
      )
      continue
    }
    invalid += 1
    for (const error of result.errors)
      console.error(
        `${file}:${error.line ?? 0}:${error.col ?? 0}: ${error.path ? `${error.path}: ` : ''}${error.message}`,
      )
  }
  if (invalid > 0) process.exitCode = 1
}

/** PLAN is a plan key (latest version), key@version, or a numeric id. */
async function resolvePlanId(deps: Deps, reference: string) {
  if (/^\d+$/.test(reference)) return Number(reference)
  const [key = '', version] = reference.split('@')
  const row = await findPlanByKey(deps.db, key, version ? Number(version) : undefined)
  if (!row) throw new AppError('NOT_FOUND', `Không có kế hoạch "${reference}"`)
  return row.id
}

async function exportCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'yaml' }, out: { type: 'string' } },
  })
  const reference =
    positionals[0] ?? usageError('Dùng: antq plan export PLAN --format yaml|docx --out FILE')
  if (!values.out) usageError('Thiếu --out FILE')
  if (values.format !== 'yaml' && values.format !== 'docx')
    usageError('--format phải là yaml hoặc docx')
  await withDeps(async (deps) => {
    const id = await resolvePlanId(deps, reference)
    const file =
      values.format === 'docx'
        ? await exportPlanDocx(deps, SYSTEM_ACTOR, id)
        : await exportPlanYaml(deps, SYSTEM_ACTOR, id)
    fs.writeFileSync(values.out ?? '', 'bytes' in file ? file.bytes : file.text)
  })
  console.log(`Đã ghi ${values.out}`)
}

export async function runPlan([command, ...rest]: string[]) {
  if (command === 'validate') return validateFiles(rest)
  if (command === 'export') return exportCommand(rest)
  if (command !== 'import') usageError('Dùng: antq plan validate|import|export')
  const files = rest.length > 0 ? rest : usageError('Dùng: antq plan import FILE…')
  await withDeps(async (deps) => {
    for (const file of files) {
      const plan = await importPlan(deps, SYSTEM_ACTOR, fs.readFileSync(file, 'utf8'))
      console.log(
        `${file}: ${plan.key} phiên bản ${plan.version} (${plan.statusLabel}) — id ${plan.id}`,
      )
    }
  })
}
