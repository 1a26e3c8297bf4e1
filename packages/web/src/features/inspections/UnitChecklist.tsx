import { App, Button, Input, Select, Space, Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { FINDING_RESULTS } from '@antq/core'
import { inspectionMessages as m } from '../../messages/vi-inspections'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import type { ChecklistEntry, InspectionView } from './inspection-types'
import { inspectionApi, useInspectionWrite, useUnitChecklist } from './inspections-api'

const RESULT_OPTIONS = FINDING_RESULTS.map((value) => ({
  value,
  label: m.checklist.results[value],
}))

/** The checklist of one unit: each item from the plan, or added by the team, with its finding. */
export function UnitChecklist({ view, unitId }: { view: InspectionView; unitId: number }) {
  const { message } = App.useApp()
  const checklist = useUnitChecklist(view.id, unitId)
  const save = useInspectionWrite(view.id, inspectionApi.findings(view.id))
  const [rows, setRows] = useState<ChecklistEntry[]>([])
  useEffect(() => setRows(checklist.data?.items ?? []), [checklist.data])
  const editable = view.canManage && view.status !== 'done'
  const patch = (key: string, change: Partial<ChecklistEntry>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)))
  const addFree = () =>
    setRows((current) => [
      ...current,
      {
        key: `free:${Date.now().toString(36)}`,
        origin: 'free',
        source: null,
        label: '',
        requirement: null,
        result: 'noted',
        note: '',
      },
    ])
  const submit = () =>
    save.mutate(
      {
        unitId,
        findings: rows
          .filter((row) => row.result !== null)
          .map((row) => ({
            itemKey: row.key,
            label: row.origin === 'free' ? row.label : null,
            result: row.result,
            note: row.note,
          })),
      },
      { onSuccess: () => void message.success(m.checklist.saved) },
    )
  return (
    <>
      <ApiErrorAlert error={save.error ?? checklist.error} />
      <Table<ChecklistEntry>
        size="small"
        rowKey="key"
        loading={checklist.isPending}
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: m.checklist.item,
            render: (_, row) =>
              row.origin === 'free' && editable ? (
                <Input
                  aria-label={m.checklist.freeLabel}
                  placeholder={m.checklist.freeLabel}
                  maxLength={1000}
                  value={row.label}
                  onChange={(event) => patch(row.key, { label: event.target.value })}
                />
              ) : (
                <Space direction="vertical" size={0}>
                  <span>
                    <Tag>{m.checklist.origin[row.origin]}</Tag>
                    {row.label}
                  </span>
                  {row.requirement && <small>{row.requirement}</small>}
                </Space>
              ),
          },
          {
            title: m.checklist.result,
            width: 150,
            render: (_, row) => (
              <Select
                aria-label={`${m.checklist.result}: ${row.label}`}
                disabled={!editable}
                allowClear
                style={{ width: 130 }}
                options={RESULT_OPTIONS}
                value={row.result}
                onChange={(value) => patch(row.key, { result: value ?? null })}
              />
            ),
          },
          {
            title: m.checklist.note,
            width: 320,
            render: (_, row) => (
              <Input.TextArea
                aria-label={`${m.checklist.note}: ${row.label}`}
                disabled={!editable}
                maxLength={2000}
                autoSize
                value={row.note}
                onChange={(event) => patch(row.key, { note: event.target.value })}
              />
            ),
          },
        ]}
      />
      {editable && (
        <Space style={{ marginTop: 8 }}>
          <Button onClick={addFree}>{m.checklist.addFree}</Button>
          <Button type="primary" loading={save.isPending} onClick={submit}>
            {m.checklist.save}
          </Button>
        </Space>
      )}
    </>
  )
}
