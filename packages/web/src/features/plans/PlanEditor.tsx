import { useMemo, useState } from 'react'
import { Alert, App, Card, Flex, Form, Typography } from 'antd'
import { useNavigate } from 'react-router'
import { isApiError } from '../../api/client'
import type { PlanProblem, PlanView } from '../../api/types'
import { messages } from '../../messages/vi'
import { DeadlineEditor } from './DeadlineEditor'
import { PlanIssuesContext } from './use-plan-issues'
import { toEditValues, type PlanEditValues } from './plan-edit-values'
import { PlanEditorFooter } from './PlanEditorFooter'
import { PlanProblemList } from './PlanProblemList'
import { QuotaEditor } from './QuotaEditor'
import { TargetEditor } from './TargetEditor'
import { usePlanDraft } from './use-plan-draft'
import { useSavePlan } from './use-plan-queries'

const e = messages.planEdit
type EditForm = PlanEditValues & { reason: string }

/** The form editor of a draft: everyday edits, validated as you type, saved with a reason. */
export function PlanEditor({ plan }: { plan: PlanView }) {
  const { definition } = plan
  const [form] = Form.useForm<EditForm>()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const initial = useMemo(() => toEditValues(definition), [definition])
  const [values, setValues] = useState<PlanEditValues>(initial)
  const [serverProblems, setServerProblems] = useState<PlanProblem[]>([])
  const [formError, setFormError] = useState<string | null>(null)
  const draft = usePlanDraft(definition, values, serverProblems)
  const save = useSavePlan(plan.id, plan.rowVersion)

  const changed = (changedValues: Partial<EditForm>) => {
    if (Object.keys(changedValues).every((key) => key === 'reason')) return
    setValues(form.getFieldsValue(true) as EditForm)
    setServerProblems([])
    setFormError(null)
  }
  const submit = ({ reason }: EditForm) => {
    if (!draft.plan) return
    save.mutate(
      { definition: draft.plan, reason: reason.trim() },
      {
        onSuccess: (view) => {
          void message.success(e.saved)
          void navigate(`/ke-hoach/${view.id}`)
        },
        onError: (error) => {
          if (isApiError(error) && error.details.length > 0) setServerProblems([...error.details])
          setFormError(error.message)
        },
      },
    )
  }
  return (
    <Form<EditForm>
      form={form}
      layout="vertical"
      initialValues={{ ...initial, reason: '' }}
      onValuesChange={changed}
      onFinish={submit}
    >
      <PlanIssuesContext.Provider value={draft.issues}>
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ margin: 0 }}>{e.intro}</Typography.Paragraph>
          {formError && <Alert type="error" showIcon title={`${e.serverInvalid}: ${formError}`} />}
          {draft.other.length > 0 && (
            <PlanProblemList title={e.otherIssues} problems={draft.other} />
          )}
          <Card title={e.targets}>
            <Flex vertical gap={12}>
              {definition.targets.map((target, index) => (
                <TargetEditor key={target.id} plan={definition} target={target} index={index} />
              ))}
            </Flex>
          </Card>
          <Card title={e.quotas}>
            <Flex vertical gap={12}>
              {definition.awardForms.map((awardForm, index) => (
                <QuotaEditor key={awardForm.id} form={awardForm} index={index} />
              ))}
            </Flex>
          </Card>
          <Card title={e.deadlines}>
            <Flex vertical gap={12}>
              {definition.deadlines.map((deadline, index) => (
                <DeadlineEditor key={deadline.id} deadline={deadline} index={index} />
              ))}
            </Flex>
          </Card>
          <PlanEditorFooter
            planId={plan.id}
            issueCount={draft.count}
            changed={draft.changed}
            saving={save.isPending}
            canSave={Boolean(draft.plan) && draft.changed && !draft.checking && draft.count === 0}
          />
        </Flex>
      </PlanIssuesContext.Provider>
    </Form>
  )
}
