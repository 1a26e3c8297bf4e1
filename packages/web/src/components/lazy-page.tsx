import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { FullPageSpin } from './FullPageSpin'

/** A page loaded on first visit: the module's named export becomes the lazy component. */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })))
}

/** A lazily loaded element outside the signed-in shell (or the shell itself). */
export function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageSpin />}>{children}</Suspense>
}
