import { useCallback } from 'react'
import { App, Button, Empty, Spin, Tree, Typography } from 'antd'
import type { UnitVersion } from '@antq/core'
import { Link } from 'react-router'
import { messages } from '../../messages/vi'
import { useUnitRoots } from './use-unit-queries'
import { useUnitTree, type UnitTreeNode } from './use-unit-tree'

/** The unit hierarchy of one version, children loaded on demand (50 at a time). */
export function UnitTree({ version }: { version: UnitVersion }) {
  const { message } = App.useApp()
  const roots = useUnitRoots(version)
  const onError = useCallback(
    (error: unknown) => void message.error(error instanceof Error ? error.message : String(error)),
    [message],
  )
  const tree = useUnitTree(roots.data ?? [], onError)

  if (roots.isPending) return <Spin description={messages.app.loading} />
  if (roots.isError) return <Typography.Text type="danger">{roots.error.message}</Typography.Text>
  if (roots.data.length === 0) return <Empty description={messages.units.treeEmpty} />

  const renderTitle = (node: UnitTreeNode) => {
    if (node.more) {
      const { parentId, remaining } = node.more
      return (
        <Button
          type="link"
          size="small"
          loading={tree.loadingMore === parentId}
          onClick={() => void tree.loadMore(parentId)}
        >
          {messages.units.loadMore(remaining)}
        </Button>
      )
    }
    if (!node.unit) return null
    return (
      <span>
        <Link to={`/don-vi/${node.unit.id}`}>{node.unit.name}</Link>{' '}
        <Typography.Text type="secondary">{node.unit.code}</Typography.Text>
      </span>
    )
  }

  return (
    <Tree<UnitTreeNode>
      aria-label={messages.units.treeTitle}
      treeData={tree.treeData}
      selectable={false}
      titleRender={renderTitle}
      loadData={(node) =>
        node.unit && !node.children ? tree.loadChildren(node.unit.id) : Promise.resolve()
      }
    />
  )
}
