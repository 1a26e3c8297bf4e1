import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '@antq/core'

// PGlite has no inter-process lock: two processes on one data folder would corrupt it.
// We hold a lock file with our pid; a stale file (dead pid) is taken over.

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function acquireDataLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  const lockPath = path.join(dataDir, 'antq.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx')
      fs.writeSync(fd, String(process.pid))
      fs.closeSync(fd)
      return () => fs.rmSync(lockPath, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(fs.readFileSync(lockPath, 'utf8').trim())
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new AppError(
          'DATABASE_LOCKED',
          `Thư mục dữ liệu ${dataDir} đang được tiến trình khác (PID ${pid}) sử dụng. ` +
            'Hãy dừng tiến trình đó (hoặc dùng ANTQ_DATA_DIR khác) rồi thử lại.',
        )
      }
      fs.rmSync(lockPath, { force: true })
    }
  }
  throw new AppError('DATABASE_LOCKED')
}
