// The edited plan's issues, shared with every field of the form editor through a context.
import { createContext, useContext } from 'react'
import { formatPath, type PathSegment } from '@antq/core'

export type IssueMap = ReadonlyMap<string, readonly string[]>

export const PlanIssuesContext = createContext<IssueMap>(new Map())

/** The messages at exactly this path. */
export function useIssuesAt(path: readonly PathSegment[]): readonly string[] {
  return useContext(PlanIssuesContext).get(formatPath(path)) ?? []
}
