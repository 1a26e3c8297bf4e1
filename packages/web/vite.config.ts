// Vite configuration of the ANTQ web app: built to packages/web/dist, /api proxied to the
// server in development, vendor code split so no chunk passes the 500 kB warning.
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'

const root = decodeURIComponent(new URL('.', import.meta.url).pathname)

const PACKAGE = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](.*)$/
const REACT = new Set([
  'react',
  'react-dom',
  'scheduler',
  'react-router',
  'cookie',
  'set-cookie-parser',
])
/** The heavier antd data components, kept apart from the antd core every page needs. */
const ANTD_DATA = new Set([
  'table',
  'pagination',
  'date-picker',
  'calendar',
  'time-picker',
  'tree',
  'upload',
  'descriptions',
  'progress',
  'result',
  'statistic',
])

function vendorChunk(id: string): string | undefined {
  const match = PACKAGE.exec(id)
  if (!match) return undefined
  const name = (match[1] ?? '').replace('\\', '/')
  const rest = (match[2] ?? '').replaceAll('\\', '/')
  if (REACT.has(name)) return 'react'
  if (name.startsWith('@tanstack/')) return 'query'
  if (name === 'zod') return 'zod'
  // The YAML parser is only needed by the plan pages (checking a plan file in the browser).
  if (name === 'yaml') return 'yaml'
  // The XLSX writer is loaded only when a table is exported.
  if (name === 'exceljs') return 'exceljs'
  if (name === '@ant-design/icons' || name === '@ant-design/icons-svg') return 'antd-icons'
  if (name === 'antd') {
    const folder = /^(?:es|lib)\/([^/]+)\//.exec(rest)?.[1] ?? ''
    // Locales and the table context (imported by Tooltip) belong with the core, or the chunks cycle.
    const shared = rest.includes('/locale/') || rest.includes('TableMeasureRowContext')
    return ANTD_DATA.has(folder) && !shared ? 'antd-data' : 'antd'
  }
  // rc-components, cssinjs, dayjs and the other libraries antd is built on.
  return 'antd-deps'
}

export default defineConfig(({ mode }) => ({
  root,
  plugins: [react()],
  server: {
    // ANTQ_API_URL lets a developer point the dev server at a server on another port.
    proxy: { '/api': { target: loadEnv(mode, root, '').ANTQ_API_URL || 'http://127.0.0.1:3000' } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: { manualChunks: vendorChunk },
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return
        warn(warning)
      },
    },
  },
}))
