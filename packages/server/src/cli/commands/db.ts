import { migrateToLatest } from '../../db/migrate'
import { usageError, withDeps } from '../context'

export async function runDb([command]: string[]) {
  if (command !== 'migrate') usageError('Dùng: antq db migrate')
  await withDeps(async (deps) => {
    const applied = await migrateToLatest(deps.db)
    console.log(applied.length > 0 ? applied.join('\n') : 'Cơ sở dữ liệu đã ở phiên bản mới nhất')
  })
}
