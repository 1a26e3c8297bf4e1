import { useState } from 'react'
import { Alert, App, Button, Card, Checkbox, Flex, Select, Typography } from 'antd'
import { registrableAwardForms, type Plan } from '@antq/core'
import { isApiError } from '../../api/client'
import { messages } from '../../messages/vi'
import type { RegistrantRow } from './RegisterPanel'
import { useRegister } from './registrations-api'

const m = messages.registrations.pledge

type Props = {
  planId: number
  year: number
  plan: Plan
  rows: RegistrantRow[]
  onDone: () => void
}

/** "items.3.pledge.x" → "<unit name>: <message>", so a rejected batch names the units at fault. */
function describeProblems(error: unknown, rows: RegistrantRow[]): string[] {
  if (!isApiError(error)) return []
  return error.details.map((detail) => {
    const index = /^items\.(\d+)/.exec(detail.path ?? '')?.[1]
    const unit = index === undefined ? undefined : rows[Number(index)]?.unit
    return unit ? `${unit.name}: ${detail.message}` : detail.message
  })
}

/** One pledge applied to every selected unit, sent as one all-or-nothing request. */
export function PledgeForm({ planId, year, plan, rows, onDone }: Props) {
  const { message } = App.useApp()
  const register = useRegister(planId, year)
  const [takePart, setTakePart] = useState(true)
  const [strivesForAntt, setAntt] = useState(true)
  const [buildsExemplary, setExemplary] = useState(false)
  const [awardForms, setAwards] = useState<string[]>([])
  const registrable = new Set(registrableAwardForms(plan))
  const awardOptions = plan.awardForms
    .filter((form) => registrable.has(form.id))
    .map((form) => ({ value: form.id, label: form.name }))

  const submit = () => {
    const pledge = { takePart, strivesForAntt, buildsExemplary, awardForms }
    register.mutate(
      rows.map((row) => ({ unitId: row.unit.id, pledge })),
      {
        onSuccess: (result) => {
          void message.success(m.done(result.created, result.updated, result.unchanged))
          onDone()
        },
      },
    )
  }
  const problems = describeProblems(register.error, rows)

  return (
    <Card size="small" title={m.title}>
      <Flex vertical gap={8}>
        <Checkbox checked={takePart} onChange={(event) => setTakePart(event.target.checked)}>
          {m.takePart}
        </Checkbox>
        <Checkbox checked={strivesForAntt} onChange={(event) => setAntt(event.target.checked)}>
          {m.strivesForAntt}
        </Checkbox>
        <Checkbox
          checked={buildsExemplary}
          onChange={(event) => setExemplary(event.target.checked)}
        >
          {m.buildsExemplary}
        </Checkbox>
        {awardOptions.length > 0 && (
          <Flex vertical gap={4}>
            <Typography.Text>{m.awardForms}</Typography.Text>
            <Select
              mode="multiple"
              aria-label={m.awardForms}
              placeholder={m.awardPlaceholder}
              value={awardForms}
              onChange={setAwards}
              options={awardOptions}
              style={{ maxWidth: 640 }}
            />
          </Flex>
        )}
        {register.error && (
          <Alert
            type="error"
            showIcon
            title={register.error.message}
            description={
              problems.length > 0 ? (
                <ul style={{ margin: 0 }}>
                  {problems.slice(0, 20).map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        <Flex gap={8} align="center">
          <Button
            type="primary"
            disabled={rows.length === 0}
            loading={register.isPending}
            onClick={submit}
          >
            {m.submit(rows.length)}
          </Button>
          {rows.length === 0 && (
            <Typography.Text type="secondary">{m.noneSelected}</Typography.Text>
          )}
        </Flex>
      </Flex>
    </Card>
  )
}
