import { useState } from 'react'
import { Button, Card, Checkbox, DatePicker, Flex, Input, InputNumber, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { CriteriaSet } from '@antq/core'
import { messages } from '../../messages/vi'
import type { EvaluationInput, EvaluationKind, EvaluationView } from './evaluations-api'

const m = messages.evaluations

export type DecisionValues = Pick<
  EvaluationInput,
  | 'reviewerScore'
  | 'targetsCompletedShare'
  | 'findings'
  | 'decisionNumber'
  | 'decisionDate'
  | 'reason'
>
type Props = {
  kind: EvaluationKind
  set: CriteriaSet
  evaluation: EvaluationView | null
  disabled: boolean
  pending: boolean
  onSave: (values: DecisionValues) => void
}

/** The managing level's part: reviewer score, share, complexity findings, the decision. */
export function DecisionEditor({ kind, set, evaluation, disabled, pending, onSave }: Props) {
  const answers = (evaluation?.answers ?? {}) as Record<string, unknown>
  const storedFindings = answers.findings as DecisionValues['findings']
  // A sheet without items of its own (plan 002's four classes) is scored out of 100, as core
  // classifyMovement reads it.
  const [reviewerScore, setReviewerScore] = useState(evaluation?.reviewerScore ?? null)
  const storedShare =
    typeof answers.targetsCompletedShare === 'number' ? answers.targetsCompletedShare : null
  const [share, setShare] = useState<number | null>(storedShare === null ? null : storedShare * 100)
  const [findings, setFindings] = useState(
    storedFindings ?? { securityComplex: false, socialOrderComplex: false },
  )
  const [number, setNumber] = useState(evaluation?.decision?.number ?? '')
  const [date, setDate] = useState<Dayjs | null>(
    evaluation?.decision?.date ? dayjs(String(evaluation.decision.date)) : null,
  )
  const [reason, setReason] = useState('')

  const save = () =>
    onSave({
      ...(kind === 'movement' ? { reviewerScore } : {}),
      ...(kind === 'model' ? { targetsCompletedShare: share === null ? null : share / 100 } : {}),
      ...(kind === 'complexity' ? { findings } : {}),
      decisionNumber: number.trim() || null,
      decisionDate: date ? date.format('YYYY-MM-DD') : null,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    })

  return (
    <Card size="small" title={m.reviewPart}>
      <Flex vertical gap={12}>
        {kind === 'movement' && (
          <Flex vertical gap={4}>
            <label>
              {m.reviewerScore}{' '}
              <InputNumber
                min={0}
                max={set.maxScore ?? 100}
                value={reviewerScore}
                disabled={disabled}
                onChange={(value) => setReviewerScore(typeof value === 'number' ? value : null)}
              />
            </label>
            <Typography.Text type="secondary">
              {`${m.thresholds}: ${set.classes.map((each) => `${each.label} ≥ ${each.minScore ?? '—'}`).join('; ')}`}
              {set.maxScore ? ` · ${m.maxScore(set.maxScore)}` : ''}
            </Typography.Text>
          </Flex>
        )}
        {kind === 'model' && (
          <label>
            {m.share}{' '}
            <InputNumber
              min={0}
              max={100}
              value={share}
              disabled={disabled}
              onChange={(value) => setShare(typeof value === 'number' ? value : null)}
            />
          </label>
        )}
        {kind === 'complexity' &&
          (['securityComplex', 'socialOrderComplex'] as const).map((key) => (
            <Checkbox
              key={key}
              checked={findings[key]}
              disabled={disabled}
              onChange={(event) => setFindings({ ...findings, [key]: event.target.checked })}
            >
              {m.findings[key]}
            </Checkbox>
          ))}
        <Typography.Text strong>{m.decision}</Typography.Text>
        <Flex gap={12} wrap>
          <label>
            {m.decisionNumber}{' '}
            <Input
              style={{ width: 200 }}
              value={number}
              disabled={disabled}
              onChange={(event) => setNumber(event.target.value)}
            />
          </label>
          <label>
            {m.decisionDate}{' '}
            <DatePicker
              format="DD/MM/YYYY"
              value={date}
              disabled={disabled}
              onChange={(value: Dayjs | null) => setDate(value)}
            />
          </label>
        </Flex>
        {evaluation?.decision?.decidedBy && (
          <Typography.Text type="secondary">
            {m.decidedBy(evaluation.decision.decidedBy)}
          </Typography.Text>
        )}
        <label>
          {m.reason}
          <Input
            value={reason}
            disabled={disabled}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        {disabled ? (
          <Typography.Text type="secondary">{m.readOnly}</Typography.Text>
        ) : (
          <Button type="primary" style={{ alignSelf: 'start' }} loading={pending} onClick={save}>
            {m.save}
          </Button>
        )}
      </Flex>
    </Card>
  )
}
