// Writes a .br (brotli at its best level) and a .gz beside every text file of the build, once,
// so the server sends them as they are instead of compressing each answer (ADR 032).
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Plugin } from 'vite'

const TEXT = /\.(?:js|css|html|svg|json|txt)$/u
/** Below this size the headers outweigh what compression saves. */
const MIN_BYTES = 1024

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

export function precompress(outDir: string): Plugin {
  return {
    name: 'antq-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!TEXT.test(file)) continue
        const bytes = fs.readFileSync(file)
        if (bytes.length < MIN_BYTES) continue
        const brotli = zlib.brotliCompressSync(bytes, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        })
        fs.writeFileSync(`${file}.br`, brotli)
        fs.writeFileSync(
          `${file}.gz`,
          zlib.gzipSync(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
        )
      }
    },
  }
}
