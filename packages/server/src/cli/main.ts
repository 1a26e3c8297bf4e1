// `npx antq <group> <command> …` — a thin adapter over the same services as HTTP.
import { printError } from './cli-errors'
import { usageError } from './context'
import { runDb } from './commands/db'
import { runDemo } from './commands/demo'
import { runDocuments } from './commands/documents'
import { runPlan } from './commands/plan'
import { runTargets } from './commands/targets'
import { runServe } from './commands/serve'
import { runUnits } from './commands/units'

const HELP = `Cách dùng: antq <lệnh>
  serve [--no-seed]                         chạy máy chủ web (PORT, DATABASE_URL)
  db migrate                                cập nhật cấu trúc cơ sở dữ liệu
  demo seed                                 nạp danh mục thật, đơn vị và tài khoản mẫu
  demo campaign                             tạo năm thi đua mẫu (đăng ký, đánh giá, báo cáo, chỉ tiêu)
  demo generate --size demo|national --out FILE   sinh tệp CSV đơn vị mẫu
  units import FILE [--version 2025|legacy] [--dry-run]
  units import-merges FILE                  nạp bảng sáp nhập cũ → mới
  units stats --version 2025|legacy [--json]
  plan validate FILE…                       kiểm tra tệp kế hoạch (YAML)
  plan import FILE…                         nạp kế hoạch (dự thảo hoặc phiên bản mới)
  plan export PLAN --format yaml|docx --out FILE
  targets PLAN [--scope UNIT_CODE] [--year YYYY] [--json]
                                            tiến độ từng chỉ tiêu của kế hoạch (năm thi đua YYYY)
  documents kinds                           các loại văn bản khen thưởng
  documents render KIND (--id ID | --demo) --out FILE [--format docx|xlsx|pdf]`

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  serve: runServe,
  db: runDb,
  demo: runDemo,
  units: runUnits,
  plan: runPlan,
  targets: runTargets,
  documents: runDocuments,
}

async function main(argv: string[]) {
  const [group, ...rest] = argv
  if (!group || group === 'help' || group === '--help') return console.log(HELP)
  const command = COMMANDS[group]
  if (!command) usageError(`Không có lệnh "${group}".\n${HELP}`)
  await command(rest)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.exitCode = printError(error)
})
