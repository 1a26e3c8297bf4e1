// The phone-sized entry of one activity (issue 12 item 2): date (today), kind, audience, the
// residential area if any, the number reached, a line of content and an optional photo — one
// column, full width, so a clerk records a session in under a minute at 390px.
import { App, Button, Flex, Form, Input, InputNumber, Select } from 'antd'
import { ACTIVITY_AUDIENCES, ACTIVITY_KINDS } from '@antq/core'
import { useState } from 'react'
import { isApiError } from '../../api/client'
import { activityMessages as m } from '../../messages/vi-activities'
import { useRecordActivity, type ActivitiesYear, type ActivityDraft } from './activities-api'

type Props = { unitId: number; data: ActivitiesYear }
// areaId 0: the whole unit (a Select needs a value for it)
type Values = Omit<ActivityDraft, 'areaId'> & { areaId: number }

const countsItems = (kind: string) =>
  ACTIVITY_KINDS.find((each) => each.id === kind)?.counts === 'items'

export function ActivityEntryForm({ unitId, data }: Props) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [file, setFile] = useState<File | null>(null)
  const record = useRecordActivity(unitId)
  const kind = Form.useWatch('kind', form) ?? 'session'
  const initial: Values = {
    ...{ heldOn: data.today, kind: 'session', audience: 'households' },
    ...{ reached: null, title: '', areaId: 0 },
  }
  const onKind = (next: string) => {
    if (next === 'training') form.setFieldValue('audience', 'propagandists')
    else if (countsItems(next)) form.setFieldValue('audience', 'public')
  }
  const submit = async (values: Values) => {
    const draft = { ...values, title: values.title.trim(), areaId: values.areaId || null }
    try {
      await record.mutateAsync({ draft: { ...draft, reached: values.reached ?? null }, file })
      void message.success(m.saved)
      form.resetFields()
      setFile(null)
    } catch (error) {
      void message.error(isApiError(error) ? error.message : String(error))
    }
  }
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
      <Form.Item name="heldOn" label={m.heldOn} rules={[{ required: true }]}>
        <Input type="date" max={data.today} aria-label={m.heldOn} />
      </Form.Item>
      <Form.Item name="kind" label={m.kind}>
        <Select
          aria-label={m.kind}
          onChange={onKind}
          options={ACTIVITY_KINDS.map((each) => ({ value: each.id, label: each.label }))}
        />
      </Form.Item>
      <Form.Item name="audience" label={m.audience}>
        <Select
          aria-label={m.audience}
          options={ACTIVITY_AUDIENCES.map((each) => ({ value: each.id, label: each.label }))}
        />
      </Form.Item>
      {data.areas.length > 0 && (
        <Form.Item name="areaId" label={m.area}>
          <Select
            aria-label={m.area}
            options={[
              { value: 0, label: m.wholeUnit },
              ...data.areas.map((area) => ({ value: area.id, label: area.name })),
            ]}
          />
        </Form.Item>
      )}
      <Form.Item
        name="reached"
        label={countsItems(kind) ? m.reachedItems : m.reached}
        rules={countsItems(kind) ? [] : [{ required: true, message: m.reached }]}
      >
        <InputNumber
          min={0}
          max={1_000_000}
          inputMode="numeric"
          style={{ width: '100%' }}
          aria-label={m.reached}
        />
      </Form.Item>
      <Form.Item name="title" label={m.content} rules={[{ max: 300 }]}>
        <Input placeholder={m.titlePlaceholder} maxLength={300} aria-label={m.content} />
      </Form.Item>
      <Form.Item label={m.evidence}>
        {/* On a phone the first opens the camera (issue 13 item 4); the second picks a file. */}
        <Flex vertical gap={8} align="start">
          <label>
            {m.takePhoto}{' '}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              style={{ maxWidth: '100%' }}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </label>
          <input
            type="file"
            aria-label={m.chooseFile}
            accept="image/jpeg,image/png,.pdf,.docx"
            style={{ maxWidth: '100%' }}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </Flex>
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={record.isPending}>
        {m.save}
      </Button>
    </Form>
  )
}
