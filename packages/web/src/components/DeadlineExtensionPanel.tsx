import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Radio, Select, Table } from 'antd'
import type { Dayjs } from 'dayjs'
import type { ExtensionView } from '@antq/server/types'
import { formatDateVi } from '@antq/core'
import { messages } from '../messages/vi'
import { formatDateTime } from '../features/targets/target-format'

const m = messages.registrations.extension

type Values = { who: 'all' | 'some'; unitIds?: number[]; until: Dayjs; reason: string }
export type GrantInput = { unitIds: number[] | null; until: string; reason: string }
/** The mutation that grants (registrations: useGrantExtension; reports: useGrantReportExtension). */
export type Grant = {
  mutate: (input: GrantInput, options: { onSuccess: () => void }) => void
  error: Error | null
  isPending: boolean
}
type Props = {
  /** "Gia hạn đăng ký", "Gia hạn nộp báo cáo". */
  title: string
  /** The units that may be named, in the order offered (the ones usually given time first). */
  units: readonly { id: number; name: string }[]
  extensions: readonly ExtensionView[]
  canExtend: boolean
  grant: Grant
}

/**
 * Extensions of a deadline granted so far (who, until when, why, by whom) and, for plan owners,
 * a new one: one control for every deadline a plan sets (registration, a report period).
 */
export function DeadlineExtensionPanel({ title, units, extensions, canExtend, grant }: Props) {
  const names = new Map(units.map((unit) => [unit.id, unit.name]))
  const columns = [
    {
      title: m.who,
      key: 'who',
      render: (_: unknown, row: ExtensionView) =>
        row.unitIds === null
          ? m.everyone
          : row.unitIds.map((id) => names.get(id) ?? `#${id}`).join('; '),
    },
    {
      title: m.until,
      key: 'until',
      width: 140,
      render: (_: unknown, row: ExtensionView) => formatDateVi(row.until),
    },
    { title: m.reason, dataIndex: 'reason' },
    {
      title: m.grantedByTitle,
      key: 'by',
      width: 260,
      render: (_: unknown, row: ExtensionView) =>
        m.grantedBy(row.grantedBy, formatDateTime(row.grantedAt)),
    },
  ]
  return (
    <Flex vertical gap={16}>
      {canExtend && <GrantForm title={title} grant={grant} names={names} />}
      <Card size="small" title={m.list}>
        <Table<ExtensionView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={[...extensions]}
          locale={{ emptyText: m.none }}
          pagination={false}
        />
      </Card>
    </Flex>
  )
}

function GrantForm({
  title,
  grant,
  names,
}: Pick<Props, 'title' | 'grant'> & { names: Map<number, string> }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const who = Form.useWatch('who', form)
  const submit = (values: Values) =>
    grant.mutate(
      {
        unitIds: values.who === 'all' ? null : (values.unitIds ?? []),
        until: values.until.format('YYYY-MM-DD'),
        reason: values.reason,
      },
      {
        onSuccess: () => {
          void message.success(m.granted)
          form.resetFields()
        },
      },
    )
  return (
    <Card size="small" title={title}>
      <Form<Values> form={form} layout="vertical" initialValues={{ who: 'some' }} onFinish={submit}>
        <Form.Item name="who" label={m.who}>
          <Radio.Group
            options={[
              { value: 'some', label: m.units },
              { value: 'all', label: m.everyone },
            ]}
          />
        </Form.Item>
        {who !== 'all' && (
          <Form.Item
            name="unitIds"
            label={m.units}
            rules={[{ required: true, message: m.unitsRequired }]}
          >
            <Select
              mode="multiple"
              placeholder={m.unitsPlaceholder}
              showSearch={{ optionFilterProp: 'label' }}
              options={[...names].map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="until"
          label={m.until}
          rules={[{ required: true, message: m.untilRequired }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={m.reason}
          rules={[{ required: true, whitespace: true, message: m.reasonRequired }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {grant.error && (
          <Alert type="error" showIcon title={grant.error.message} style={{ marginBottom: 12 }} />
        )}
        <Button type="primary" htmlType="submit" loading={grant.isPending}>
          {m.grant}
        </Button>
      </Form>
    </Card>
  )
}
