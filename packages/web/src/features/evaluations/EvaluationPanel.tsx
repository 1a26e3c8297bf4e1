import { useState } from 'react'
import { Alert, App, Button, Card, Flex, Input, InputNumber, Spin, Typography } from 'antd'
import type { UnitView } from '../../api/types'
import { allows } from '../../lib/permissions'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { ChecklistEditor } from './ChecklistEditor'
import { DecisionEditor, type DecisionValues } from './DecisionEditor'
import { OutcomeSummary } from './OutcomeSummary'
import {
  useCriteriaSet,
  useSaveEvaluation,
  type EvaluationInput,
  type EvaluationKind,
  type EvaluationView,
} from './evaluations-api'

const m = messages.evaluations

type Props = {
  unit: UnitView
  kind: EvaluationKind
  year: number
  setKey: string
  setVersion: number | undefined
  evaluation: EvaluationView | null
}

const CHECKLISTS: EvaluationKind[] = ['antt', 'exemplary']

/** One evaluation: the unit's self-assessment, then the managing level's scoring and decision. */
export function EvaluationPanel({ unit, kind, year, setKey, setVersion, evaluation }: Props) {
  const account = useAccount()
  const { message } = App.useApp()
  const set = useCriteriaSet(setKey, setVersion)
  const save = useSaveEvaluation(unit.id, kind, year)
  const stored = (evaluation?.answers ?? {}) as Record<string, unknown>
  const [answers, setAnswers] = useState<Record<string, boolean | null>>(
    Object.fromEntries(
      Object.entries(stored).filter(([, value]) => typeof value === 'boolean' || value === null),
    ) as Record<string, boolean | null>,
  )
  const [selfScore, setSelfScore] = useState<number | null>(evaluation?.selfScore ?? null)
  const [evidence, setEvidence] = useState(
    ((evaluation?.evidence as string[] | null) ?? []).join('\n'),
  )
  const canSelf = allows(account, 'campaign:report')
  const canReview = allows(account, 'campaign:review') && account.scopeUnit?.id !== unit.id

  const send = (input: EvaluationInput) =>
    save.mutate(input, { onSuccess: () => void message.success(m.saved) })
  const saveSelf = () =>
    send({
      ...(CHECKLISTS.includes(kind) ? { answers } : {}),
      ...(kind === 'movement' ? { selfScore } : {}),
      evidence: evidence
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    })
  const saveDecision = (values: DecisionValues) => send(values)

  if (set.isPending) return <Spin />
  if (set.isError) return <Alert type="error" showIcon title={set.error.message} />
  const definition = set.data.definition
  const outcome = save.data ?? evaluation

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {m.criteriaSet(definition.title, set.data.definition.version)}
      </Typography.Text>
      <OutcomeSummary outcome={outcome} subunits={save.data?.subunits ?? null} />
      {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} />}
      {(CHECKLISTS.includes(kind) || kind === 'movement') && (
        <Card size="small" title={m.selfPart}>
          <Flex vertical gap={12}>
            {CHECKLISTS.includes(kind) && (
              <ChecklistEditor
                set={definition}
                answers={answers}
                computed={kind === 'antt' && unit.kind === 'commune' ? ['XA-4'] : []}
                disabled={!canSelf}
                onChange={setAnswers}
              />
            )}
            {kind === 'movement' && (
              <label>
                {m.selfScore}{' '}
                <InputNumber
                  min={0}
                  max={definition.maxScore ?? 100}
                  value={selfScore}
                  disabled={!canSelf}
                  onChange={(value) => setSelfScore(typeof value === 'number' ? value : null)}
                />
              </label>
            )}
            <label>
              {m.evidence}
              <Input.TextArea
                rows={3}
                value={evidence}
                placeholder={m.evidenceHint}
                disabled={!canSelf}
                onChange={(event) => setEvidence(event.target.value)}
              />
            </label>
            {canSelf ? (
              <Button
                type="primary"
                style={{ alignSelf: 'start' }}
                loading={save.isPending}
                onClick={saveSelf}
              >
                {m.save}
              </Button>
            ) : (
              <Typography.Text type="secondary">{m.readOnly}</Typography.Text>
            )}
          </Flex>
        </Card>
      )}
      <DecisionEditor
        kind={kind}
        set={definition}
        evaluation={evaluation}
        disabled={!canReview}
        pending={save.isPending}
        onSave={saveDecision}
      />
    </Flex>
  )
}
