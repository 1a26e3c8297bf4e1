import { Alert, App, Button, Card, Flex, Select, Space, Typography, Upload } from 'antd'
import { useState } from 'react'
import { messages } from '../../messages/vi'
import { useSubmitChildPlan, useSubmitUnitPlanFile, type UnitPlanRow } from './unit-plans-api'
import { UnitPlanSent, UnitPlanStatusTags } from './UnitPlanStatus'

const m = messages.unitPlans

/** A unit clerk's card: the unit's status, the reason it was returned, and sending its plan. */
export function UnitPlanSubmit(props: { planId: number; deadlineId: string; row: UnitPlanRow }) {
  const { planId, deadlineId, row } = props
  const { message } = App.useApp()
  const upload = useSubmitUnitPlanFile(planId)
  const child = useSubmitChildPlan(planId)
  const [childPlanId, setChildPlanId] = useState<number>()
  const done = () => void message.success(m.submitted)
  const error = upload.error ?? child.error
  return (
    <Card size="small" title={row.name} extra={<UnitPlanStatusTags row={row} />}>
      <Flex vertical gap={12}>
        <UnitPlanSent row={row} />
        {row.canSubmit && (
          <>
            <Upload
              showUploadList={false}
              accept=".pdf,.docx,.doc"
              beforeUpload={(file) => {
                upload.mutate({ deadlineId, unitId: row.unitId, file }, { onSuccess: done })
                return false
              }}
            >
              <Button type="primary" loading={upload.isPending}>
                {m.upload}
              </Button>
            </Upload>
            <Typography.Text>{m.chooseChild}</Typography.Text>
            {row.childPlans.length === 0 ? (
              <Typography.Text type="secondary">{m.noChild}</Typography.Text>
            ) : (
              <Space wrap>
                <Select
                  style={{ minWidth: 320 }}
                  placeholder={m.chooseChildPlaceholder}
                  value={childPlanId}
                  onChange={setChildPlanId}
                  options={row.childPlans.map((plan) => ({ value: plan.id, label: plan.title }))}
                />
                <Button
                  disabled={childPlanId === undefined}
                  loading={child.isPending}
                  onClick={() =>
                    childPlanId !== undefined &&
                    child.mutate(
                      { deadlineId, unitId: row.unitId, childPlanId },
                      { onSuccess: done },
                    )
                  }
                >
                  {m.sendChild}
                </Button>
              </Space>
            )}
          </>
        )}
        {error && <Alert type="error" showIcon title={error.message} />}
      </Flex>
    </Card>
  )
}
