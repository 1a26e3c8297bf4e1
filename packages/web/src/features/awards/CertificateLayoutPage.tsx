import { App, Button, Card, Checkbox, InputNumber, Select, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { layoutMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { UnitPicker } from '../units/UnitPicker'
import { useUnit } from '../units/use-unit-queries'
import { ApiErrorAlert } from './ApiErrorAlert'
import { AwardsHeader } from './AwardsHeader'
import { useCertificateLayout, useSaveCertificateLayout, type FieldLayout } from './layout-api'
import { useAwardPlan } from './use-award-plan'

type Edits = Record<string, Partial<FieldLayout>>
const NUMBERS = ['xMm', 'yMm', 'widthMm', 'heightMm', 'sizePt'] as const

/** A secretary adjusts where each certificate field prints on the issuer's blank (mm). */
export function CertificateLayoutPage() {
  useDocumentTitle(m.title)
  const { message } = App.useApp()
  const account = useAccount()
  const award = useAwardPlan()
  const scope = useUnit(account.scopeUnit?.id ?? 0)
  const [unitId, setUnitId] = useState(account.scopeUnit?.id ?? 0)
  const [formId, setFormId] = useState('')
  const [edits, setEdits] = useState<Edits>({})
  const formName = award.plan?.definition.awardForms.find((form) => form.id === formId)?.name ?? ''
  const layout = useCertificateLayout(unitId, formId, formName)
  const save = useSaveCertificateLayout(unitId, formId)
  const fields = layout.data?.layout.fields ?? {}
  const value = (field: string, name: keyof FieldLayout) =>
    edits[field]?.[name] ?? fields[field]?.[name]
  const edit = (field: string, name: keyof FieldLayout, next: number | boolean | null) =>
    setEdits((current) => ({
      ...current,
      [field]: { ...current[field], [name]: next ?? undefined },
    }))
  const submit = () => {
    const merged = { ...layout.data?.overrides.fields }
    for (const [field, change] of Object.entries(edits))
      merged[field] = { ...merged[field], ...change }
    save.mutate(
      {
        overrides: { ...layout.data?.overrides, fields: merged },
        formName,
        rowVersion: layout.data?.rowVersion ?? null,
      },
      {
        onSuccess: () => {
          setEdits({})
          void message.success(m.saved)
        },
      },
    )
  }
  return (
    <>
      <AwardsHeader award={award} title={m.title} />
      <Space wrap style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 360 }}>
          <UnitPicker
            version={scope.data?.version ?? '2025'}
            initialUnit={account.scopeUnit}
            value={unitId}
            onChange={(next) => setUnitId(next ?? 0)}
            ariaLabel={m.issuer}
          />
        </div>
        <Select
          aria-label={m.form}
          placeholder={m.form}
          style={{ width: 360 }}
          value={formId || undefined}
          onChange={(next: string) => {
            setFormId(next)
            setEdits({})
          }}
          options={(award.plan?.definition.awardForms ?? []).map((form) => ({
            value: form.id,
            label: form.name,
          }))}
        />
      </Space>
      <ApiErrorAlert error={layout.error ?? save.error} />
      {layout.data && (
        <Card
          size="small"
          title={m.fields(layout.data.layout.pageWidthMm, layout.data.layout.pageHeightMm)}
        >
          <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={Object.keys(fields).map((id) => ({ id }))}
            columns={[
              { title: m.field, render: (_, row) => m.names[row.id] ?? row.id },
              ...NUMBERS.map((name) => ({
                title: m.columns[name],
                render: (_: unknown, row: { id: string }) => (
                  <InputNumber
                    aria-label={`${m.names[row.id] ?? row.id} ${m.columns[name]}`}
                    step={0.5}
                    style={{ width: 90 }}
                    value={value(row.id, name) as number}
                    onChange={(next) => edit(row.id, name, next)}
                  />
                ),
              })),
              {
                title: m.visible,
                render: (_, row) => (
                  <Checkbox
                    checked={value(row.id, 'visible') as boolean}
                    onChange={(event) => edit(row.id, 'visible', event.target.checked)}
                  />
                ),
              },
            ]}
          />
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            loading={save.isPending}
            onClick={submit}
          >
            {m.save}
          </Button>
        </Card>
      )}
    </>
  )
}
