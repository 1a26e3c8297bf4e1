// The year's activities, newest first; place names sort in Vietnamese order. On a phone only
// date, content and number show (the rest from md up), so the page never scrolls sideways.
import { App, Button, Input, Modal, Table, Typography } from 'antd'
import { ACTIVITY_AUDIENCES, ACTIVITY_KINDS, compareVi, formatDateVi } from '@antq/core'
import { useState } from 'react'
import { isApiError } from '../../api/client'
import { activityMessages as m } from '../../messages/vi-activities'
import { evidenceUrl, useWithdrawActivity, type ActivityItem } from './activities-api'

const labelOf = (list: readonly { id: string; label: string }[], id: string) =>
  list.find((each) => each.id === id)?.label ?? id

type Props = { unitId: number; items: ActivityItem[]; canWithdraw: boolean }

export function ActivityTable({ unitId, items, canWithdraw }: Props) {
  const { message } = App.useApp()
  const [withdrawing, setWithdrawing] = useState<ActivityItem | null>(null)
  const [reason, setReason] = useState('')
  const withdraw = useWithdrawActivity(unitId)
  const confirm = async () => {
    if (!withdrawing) return
    try {
      await withdraw.mutateAsync({ id: withdrawing.id, reason })
      void message.success(m.withdrawn)
      setWithdrawing(null)
      setReason('')
    } catch (error) {
      void message.error(isApiError(error) ? error.message : String(error))
    }
  }
  return (
    <>
      <Table<ActivityItem>
        rowKey="id"
        size="small"
        dataSource={items}
        locale={{ emptyText: m.empty }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            key: 'heldOn',
            title: m.heldOn,
            render: (_, item) => formatDateVi(item.heldOn),
            width: 96,
          },
          {
            key: 'title',
            title: m.content,
            render: (_, item) => (
              <>
                <Typography.Text>
                  {item.title || labelOf(ACTIVITY_KINDS, item.kind)}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {labelOf(ACTIVITY_KINDS, item.kind)}
                </Typography.Text>
                {item.fileId !== null && (
                  <>
                    {' · '}
                    <a href={evidenceUrl(unitId, item.fileId)} target="_blank" rel="noreferrer">
                      {m.evidenceOpen}
                    </a>
                  </>
                )}
              </>
            ),
          },
          {
            key: 'unit',
            title: m.unit,
            responsive: ['md'],
            sorter: (a, b) => compareVi(a.unitName, b.unitName),
            render: (_, item) => item.unitName,
          },
          {
            key: 'audience',
            title: m.audience,
            responsive: ['md'],
            render: (_, item) => labelOf(ACTIVITY_AUDIENCES, item.audience),
          },
          {
            key: 'reached',
            title: 'Số',
            align: 'right',
            width: 64,
            render: (_, item) => item.reached ?? '',
          },
          ...(canWithdraw
            ? [
                {
                  key: 'withdraw',
                  responsive: ['md' as const],
                  render: (_: unknown, item: ActivityItem) => (
                    <Button size="small" onClick={() => setWithdrawing(item)}>
                      {m.withdraw}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={withdrawing !== null}
        title={m.withdrawTitle}
        okButtonProps={{ disabled: reason.trim().length < 5, loading: withdraw.isPending }}
        onOk={() => void confirm()}
        onCancel={() => setWithdrawing(null)}
      >
        <Input.TextArea
          aria-label={m.withdrawReason}
          placeholder={m.withdrawReason}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={2000}
        />
      </Modal>
    </>
  )
}
