import { lazy, type ComponentType } from 'react'

/** A page loaded on first visit: the module's named export becomes the lazy component. */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })))
}
