import { Radio, Table, Typography, type TableColumnsType } from 'antd'
import type { CriteriaItem, CriteriaSet } from '@antq/core'
import { messages } from '../../messages/vi'

const m = messages.evaluations

type Answers = Record<string, boolean | null>
type Props = {
  set: CriteriaSet
  answers: Answers
  /** Criteria computed by the server (a commune's XA-4): shown, never answered. */
  computed: string[]
  disabled: boolean
  onChange: (answers: Answers) => void
}

/** The criteria of the set, each answered Đạt / Không đạt. */
export function ChecklistEditor({ set, answers, computed, disabled, onChange }: Props) {
  const columns: TableColumnsType<CriteriaItem> = [
    { title: '', dataIndex: 'id', width: 90 },
    {
      title: m.criterion,
      key: 'text',
      render: (_, item) => (
        <>
          {item.text}
          {computed.includes(item.id) && (
            <div>
              <Typography.Text type="secondary">{m.computed}</Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: m.answer,
      key: 'answer',
      width: 220,
      render: (_, item) => (
        <Radio.Group
          aria-label={`${item.id}: ${m.answer}`}
          value={answers[item.id] ?? undefined}
          disabled={disabled || computed.includes(item.id)}
          onChange={(event) => onChange({ ...answers, [item.id]: event.target.value as boolean })}
          options={[
            { value: true, label: m.pass },
            { value: false, label: m.fail },
          ]}
        />
      ),
    },
  ]
  return (
    <Table<CriteriaItem>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={set.items}
      pagination={false}
    />
  )
}
