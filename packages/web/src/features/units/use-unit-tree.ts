// State of the lazily loaded unit tree: children are fetched page by page when a node opens.
import { useCallback, useMemo, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { TreeDataNode } from 'antd'
import type { UnitSummary } from '../../api/types'
import { fetchChildren, unitKeys } from './units-api'

export const TREE_PAGE_SIZE = 50

export type UnitTreeNode = TreeDataNode & {
  unit?: UnitSummary
  more?: { parentId: number; remaining: number }
  children?: UnitTreeNode[]
}

type Loaded = { items: UnitSummary[]; total: number; page: number }

function build(units: UnitSummary[], loaded: Record<number, Loaded>): UnitTreeNode[] {
  return units.map((unit) => {
    const node: UnitTreeNode = { key: String(unit.id), unit, isLeaf: unit.childCount === 0 }
    const page = loaded[unit.id]
    if (page) {
      node.children = build(page.items, loaded)
      const remaining = page.total - page.items.length
      if (remaining > 0)
        node.children.push({
          key: `more-${unit.id}`,
          isLeaf: true,
          selectable: false,
          more: { parentId: unit.id, remaining },
        })
    }
    return node
  })
}

export function useUnitTree(roots: UnitSummary[], onError: (error: unknown) => void) {
  const queryClient = useQueryClient()
  const [loaded, setLoaded] = useState<Record<number, Loaded>>({})
  const [loadingMore, setLoadingMore] = useState<number | null>(null)

  const fetchPage = useCallback(
    (id: number, page: number) =>
      queryClient.fetchQuery({
        queryKey: unitKeys.children(id, page, TREE_PAGE_SIZE),
        queryFn: () => fetchChildren(id, page, TREE_PAGE_SIZE),
      }),
    [queryClient],
  )

  const loadChildren = useCallback(
    async (id: number) => {
      try {
        const result = await fetchPage(id, 1)
        setLoaded((prev) => ({
          ...prev,
          [id]: { items: result.items, total: result.total, page: 1 },
        }))
      } catch (error) {
        onError(error)
      }
    },
    [fetchPage, onError],
  )

  const loadMore = useCallback(
    async (id: number) => {
      const current = loaded[id]
      if (!current) return
      setLoadingMore(id)
      try {
        const result = await fetchPage(id, current.page + 1)
        setLoaded((prev) => ({
          ...prev,
          [id]: {
            items: [...current.items, ...result.items],
            total: result.total,
            page: current.page + 1,
          },
        }))
      } catch (error) {
        onError(error)
      } finally {
        setLoadingMore(null)
      }
    },
    [fetchPage, loaded, onError],
  )

  const treeData = useMemo(() => build(roots, loaded), [roots, loaded])
  return { treeData, loadChildren, loadMore, loadingMore }
}
