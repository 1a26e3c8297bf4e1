// What the login page and the to-do page load, read from the web build's manifest: the entry's
// static imports (what index.html preloads) plus each page's own chunk and its static imports,
// summed as the files' sizes raw, gzip and brotli (the .gz and .br the build wrote beside them).
import fs from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../src/config'

const DIST = path.join(REPO_ROOT, 'packages/web/dist')
type Chunk = {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  css?: string[]
}
type Manifest = Record<string, Chunk>
export type Sizes = { files: number; raw: number; gzip: number; brotli: number }

function readManifest(): Manifest {
  const file = path.join(DIST, '.vite/manifest.json')
  if (!fs.existsSync(file)) throw new Error(`${file} missing: run npm run build -w @antq/web`)
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
}

/** The chunk's files and every file it imports statically (what loads before it can run). */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const css of chunk.css ?? []) seen.add(css)
  for (const next of chunk.imports ?? []) closure(manifest, next, seen)
  return seen
}

function sizeOf(file: string, suffix = '') {
  const full = path.join(DIST, file + suffix)
  return fs.existsSync(full) ? fs.statSync(full).size : fs.statSync(path.join(DIST, file)).size
}

function sum(files: Iterable<string>): Sizes {
  const sizes: Sizes = { files: 0, raw: 0, gzip: 0, brotli: 0 }
  for (const file of [...files, 'index.html']) {
    sizes.files += 1
    sizes.raw += sizeOf(file)
    sizes.gzip += sizeOf(file, '.gz')
    sizes.brotli += sizeOf(file, '.br')
  }
  return sizes
}

/** The login page's chunk: its own, or the one Rollup merged it into (with the password page). */
function loginChunk(manifest: Manifest) {
  const merged = Object.values(manifest).find((chunk) => chunk.name === 'ChangePasswordPage')
  return manifest['src/features/auth/LoginPage.tsx'] || !merged ? 'LoginPage' : 'ChangePasswordPage'
}

/** Sizes of what the first screen (login) and the to-do page after it need, from the build. */
export function measureFirstScreens(): { login: Sizes; todo: Sizes } {
  const manifest = readManifest()
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
  if (!entry) throw new Error('the web build has no entry chunk')
  const page = (...names: string[]) => {
    const files = closure(manifest, entry)
    for (const name of names) {
      // A small page merged into another chunk is listed under that chunk's name.
      const key = Object.keys(manifest).find(
        (each) => each.endsWith(`/${name}.tsx`) || manifest[each]?.name === name,
      )
      if (!key) throw new Error(`${name} not found in the build manifest`)
      closure(manifest, key, files)
    }
    return files
  }
  // The to-do page shows inside the signed-in shell, loaded on its own after the login.
  return { login: sum(page(loginChunk(manifest))), todo: sum(page('AppLayout', 'TodoPage')) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  for (const [name, sizes] of Object.entries(measureFirstScreens()))
    console.log(
      `${name}: ${sizes.files} files, ${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli`,
    )
}
