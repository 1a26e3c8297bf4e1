import { App, Button, Card, Form, Select } from 'antd'
import { TASK_RATINGS } from '@antq/core'
import { awardMessages as m } from '../../messages/vi-awards'
import { ApiErrorAlert } from './ApiErrorAlert'
import type { NominationDetail } from './awards-types'
import { useUpdateNomination } from './nominations-api'

type Tri = 'yes' | 'no' | 'unknown'
type Values = { isLeader: Tri; familyCultural: Tri; taskRating: string }

const toTri = (value: boolean | null | undefined): Tri =>
  value === true ? 'yes' : value === false ? 'no' : 'unknown'
const fromTri = (value: Tri): boolean | null =>
  value === 'yes' ? true : value === 'no' ? false : null

const TRI_OPTIONS = [
  { value: 'unknown', label: m.facts.unknown },
  { value: 'yes', label: m.facts.yes },
  { value: 'no', label: m.facts.no },
]

/** A person's own facts the plan's formulas read (leader?, family, task rating); saving recomputes eligibility. */
export function FactsCard({ detail }: { detail: NominationDetail }) {
  const { message } = App.useApp()
  const update = useUpdateNomination(detail.id)
  if (detail.nominee.kind !== 'individual') return null
  const { person, facts } = detail.nominee
  const submit = (values: Values) =>
    update.mutate(
      {
        rowVersion: detail.rowVersion,
        nominee: {
          kind: 'individual',
          person: {
            fullName: person.fullName ?? '',
            position: person.position ?? '',
            role: person.role ?? '',
            birthYear: person.birthYear,
            unitId: person.unitId ?? detail.proposingUnit.id,
          },
          facts: {
            isLeader: fromTri(values.isLeader),
            familyCultural: fromTri(values.familyCultural),
            taskRating: values.taskRating === 'unknown' ? null : values.taskRating,
          },
        },
      },
      { onSuccess: () => void message.success(m.facts.saved) },
    )
  return (
    <Card size="small" title={m.facts.title} style={{ marginBottom: 16 }}>
      <ApiErrorAlert error={update.error} />
      <Form<Values>
        layout="inline"
        disabled={!detail.editable}
        key={detail.rowVersion}
        initialValues={{
          isLeader: toTri(facts?.isLeader),
          familyCultural: toTri(facts?.familyCultural),
          taskRating: facts?.taskRating ?? 'unknown',
        }}
        onFinish={submit}
      >
        <Form.Item name="isLeader" label={m.facts.isLeader}>
          <Select options={TRI_OPTIONS} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="familyCultural" label={m.facts.familyCultural}>
          <Select options={TRI_OPTIONS} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="taskRating" label={m.facts.taskRating}>
          <Select
            style={{ width: 200 }}
            options={[
              { value: 'unknown', label: m.facts.unknown },
              ...TASK_RATINGS.map((value) => ({ value, label: m.facts.ratings[value] ?? value })),
            ]}
          />
        </Form.Item>
        {detail.editable && (
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {m.facts.save}
          </Button>
        )}
      </Form>
    </Card>
  )
}
