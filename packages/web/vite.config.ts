// Vite configuration of the ANTQ web app: built to packages/web/dist, /api proxied to the
// server in development, vendor code split so no chunk passes the 500 kB warning.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const root = decodeURIComponent(new URL('.', import.meta.url).pathname)

const VENDOR_CHUNKS: [RegExp, string][] = [
  [/[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, 'react'],
  [/[\\/]node_modules[\\/]@tanstack[\\/]/, 'query'],
  [/[\\/]node_modules[\\/](@ant-design[\\/]icons|@ant-design[\\/]icons-svg)[\\/]/, 'antd-icons'],
  [/[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/, 'antd'],
  [/[\\/]node_modules[\\/]zod[\\/]/, 'zod'],
]

export default defineConfig({
  root,
  plugins: [react()],
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks(id) {
          return VENDOR_CHUNKS.find(([pattern]) => pattern.test(id))?.[1]
        },
      },
    },
  },
})
