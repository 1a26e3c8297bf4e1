import { useState } from 'react'
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Tag, Typography } from 'antd'
import { validateStatisticMonth } from '@antq/core'
import { crimeStatisticsMessages as m } from '../../messages/vi-crime-statistics'
import {
  type CrimeStatisticsYear,
  type StatisticMonth,
  useSaveStatisticMonth,
} from './crime-statistics-api'

type Props = { data: CrimeStatisticsYear; month: StatisticMonth }

/** One month's figures, one input per kind, checked by core's rules as they are typed. */
export function CrimeStatisticsMonthForm({ data, month }: Props) {
  const [values, setValues] = useState<Record<string, number | null>>(month.values)
  const [correcting, setCorrecting] = useState(false)
  const [reason, setReason] = useState('')
  const save = useSaveStatisticMonth(data.unit.id, data.year)
  // The form is keyed by the month's version (an import reloads it): the notice outlives it.
  const { message } = App.useApp()
  const filled = Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, number] => entry[1] !== null),
  )
  const issues = new Map(validateStatisticMonth(filled).map((issue) => [issue.path, issue.message]))
  const editable = month.begun && (month.locked ? data.canCorrect : data.canEnter)
  const submit = (withReason?: string) =>
    save.mutate(
      { month: month.month, values: filled, version: month.version, reason: withReason },
      {
        onSuccess: () => {
          setCorrecting(false)
          void message.success(m.saved)
        },
      },
    )
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        {month.locked ? (
          <Tag color="default">{m.locked(month.lockDate)}</Tag>
        ) : (
          <Tag color="blue">{m.lockedUntil(month.lockDate)}</Tag>
        )}
        {month.enteredBy && month.enteredAt && (
          <Typography.Text type="secondary">
            {m.enteredBy(month.enteredBy, month.enteredAt)}
          </Typography.Text>
        )}
      </Flex>
      {!month.begun && <Alert type="info" showIcon title={m.notBegun} />}
      {month.begun && !month.locked && !data.canEnter && (
        <Alert type="info" showIcon title={m.cannotEnter} />
      )}
      {month.locked && !data.canCorrect && <Alert type="info" showIcon title={m.cannotCorrect} />}
      <Form layout="vertical" style={{ maxWidth: 720 }}>
        {data.kinds.map((kind) => (
          <Form.Item
            key={kind.id}
            label={`${kind.label} (${kind.unit})`}
            htmlFor={`kind-${kind.id}`}
            validateStatus={issues.has(kind.id) ? 'error' : undefined}
            help={issues.get(kind.id)}
          >
            <InputNumber
              id={`kind-${kind.id}`}
              style={{ width: 180 }}
              value={values[kind.id] ?? null}
              disabled={!editable}
              onChange={(next) =>
                setValues({ ...values, [kind.id]: typeof next === 'number' ? next : null })
              }
            />
          </Form.Item>
        ))}
      </Form>
      {save.error && <Alert type="error" showIcon title={save.error.message} />}
      {editable && !month.locked && (
        <Button
          type="primary"
          disabled={issues.size > 0}
          loading={save.isPending}
          onClick={() => submit()}
        >
          {m.save}
        </Button>
      )}
      {editable && month.locked && (
        <Button disabled={issues.size > 0} onClick={() => setCorrecting(true)}>
          {m.correct}
        </Button>
      )}
      <Modal
        open={correcting}
        title={m.correctTitle}
        okText={m.correct}
        okButtonProps={{ disabled: reason.trim().length < 5, loading: save.isPending }}
        onOk={() => submit(reason.trim())}
        onCancel={() => setCorrecting(false)}
      >
        <Form layout="vertical">
          <Form.Item label={m.reason} htmlFor="correction-reason" extra={m.reasonHint}>
            <Input.TextArea
              id="correction-reason"
              rows={3}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  )
}
