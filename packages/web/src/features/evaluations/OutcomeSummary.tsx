import { Alert, Flex, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { messages } from '../../messages/vi'
import type { EvaluationView, SavedEvaluation } from './evaluations-api'

const m = messages.evaluations

type Props = { outcome: EvaluationView | null; subunits: SavedEvaluation['subunits'] }

/** The result (pass/fail, class, "Đạt 28/34"), every failed criterion named, and the decision. */
export function OutcomeSummary({ outcome, subunits }: Props) {
  if (!outcome) return <Alert type="info" showIcon title={m.notEvaluated} />
  const passed = outcome.result !== null && outcome.result !== 'chua_dat'
  return (
    <Alert
      type={outcome.result === null ? 'info' : passed ? 'success' : 'warning'}
      showIcon
      title={`${m.result}: ${outcome.resultLabel ?? outcome.message ?? m.notEvaluated}`}
      description={
        <Flex vertical gap={4}>
          {outcome.message && outcome.message !== outcome.resultLabel && (
            <span>{outcome.message}</span>
          )}
          {outcome.proposed && <span>{m.proposed(outcome.proposed.label)}</span>}
          {outcome.failed.length > 0 && (
            <span>
              {m.failed}: {outcome.failed.map((item) => `${item.id} ${item.text}`).join('; ')}
            </span>
          )}
          {outcome.unanswered.length > 0 && (
            <span>
              {m.unanswered}: {outcome.unanswered.map((item) => item.id).join(', ')}
            </span>
          )}
          {subunits && (
            <span>
              {`${m.subunits(subunits.registered, subunits.recognised, subunits.total)}. ${subunits.message}`}
            </span>
          )}
          <Typography.Text>
            {outcome.decision
              ? `${m.decision}: ${outcome.decision.number}, ${formatDateVi(String(outcome.decision.date))}`
              : m.noDecision}
          </Typography.Text>
        </Flex>
      }
    />
  )
}
