// Vite configuration of the ANTQ web app: built to packages/web/dist, /api proxied to the
// server in development. React and react-query, needed by every page, form stable vendor chunks;
// antd and its libraries are left to Rollup, so each page loads only the components it uses
// (one antd chunk made the first screen load all of antd: ADR 032).
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import { precompress } from './vite-precompress'

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
function vendorChunk(id: string): string | undefined {
  const match = PACKAGE.exec(id)
  if (!match) return undefined
  const name = (match[1] ?? '').replace('\\', '/')
  if (REACT.has(name)) return 'react'
  if (name.startsWith('@tanstack/')) return 'query'
  if (name === 'zod') return 'zod'
  // The YAML parser is only needed by the plan pages (checking a plan file in the browser).
  if (name === 'yaml') return 'yaml'
  // The XLSX writer is loaded only when a table is exported.
  if (name === 'exceljs') return 'exceljs'
  return undefined
}

export default defineConfig(({ mode }) => ({
  root,
  plugins: [react(), precompress(`${root}dist`)],
  server: {
    // ANTQ_API_URL lets a developer point the dev server at a server on another port.
    proxy: { '/api': { target: loadEnv(mode, root, '').ANTQ_API_URL || 'http://127.0.0.1:3000' } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the bench sums what the login and to-do pages load from it.
    manifest: true,
    rollupOptions: {
      // Chunks under 20 kB are merged into their importer's: fewer requests, each paying the
      // link's latency (HTTP/1.1 opens six connections at most).
      output: { manualChunks: vendorChunk, experimentalMinChunkSize: 20_000 },
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return
        warn(warning)
      },
    },
  },
}))
