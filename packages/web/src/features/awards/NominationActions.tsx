import { App, Button, Card, Flex, Typography } from 'antd'
import { useState } from 'react'
import { NOMINATION_ACTION_LABELS, type NominationAction } from '@antq/core'
import { isApiError } from '../../api/client'
import { awardMessages as m } from '../../messages/vi-awards'
import { ApiErrorAlert } from './ApiErrorAlert'
import { ReasonModal } from './ReasonModal'
import type { NominationDetail } from './awards-types'
import { useNominationAction } from './nominations-api'

/** The acts this page's API takes (council review and decision happen on their own pages). */
const PAGE_ACTIONS: readonly NominationAction[] = [
  'submit',
  'appraise',
  'return',
  'reject',
  'withdraw',
  'revise',
  'cancel',
]
const WITH_REASON: readonly NominationAction[] = ['return', 'reject']

/** Why submission is not possible yet, from the live assessment. */
export function submitBlockers(detail: NominationDetail): string[] {
  const reasons: string[] = []
  if (!detail.deadline.open) reasons.push(m.actions.deadline(detail.deadline.reason))
  if (!detail.eligibility.eligible) reasons.push(m.actions.notEligible(detail.eligibility.summary))
  if (!detail.dossier.complete) reasons.push(m.actions.incomplete(detail.dossier.message))
  return reasons
}

/** The buttons the account's role allows now; a 409 shows the server's message and reloads. */
export function NominationActions({ detail }: { detail: NominationDetail }) {
  const { message } = App.useApp()
  const act = useNominationAction(detail.id)
  const [asking, setAsking] = useState<NominationAction | null>(null)
  const actions = detail.actions.filter((action) => PAGE_ACTIONS.includes(action))
  const blockers = actions.includes('submit') ? submitBlockers(detail) : []
  // Appraising an incomplete dossier is allowed only with a reason (the server keeps it).
  const override = actions.includes('appraise') && !detail.dossier.complete
  const needsReason = (action: NominationAction) =>
    WITH_REASON.includes(action) || (action === 'appraise' && override)
  const run = (action: NominationAction, reason?: string) =>
    act.mutate(
      {
        action,
        reason,
        rowVersion: detail.rowVersion,
        ...(action === 'appraise' && override ? { overrideDossier: true } : {}),
      },
      {
        onSuccess: () => {
          setAsking(null)
          void message.success(m.actions.done(NOMINATION_ACTION_LABELS[action]))
        },
      },
    )
  if (actions.length === 0) return null
  const conflict = isApiError(act.error) && act.error.code === 'CONFLICT'
  return (
    <Card size="small" title={m.actions.title} style={{ marginBottom: 16 }}>
      {!asking && <ApiErrorAlert error={act.error} />}
      {conflict && <Typography.Paragraph>{m.actions.conflict}</Typography.Paragraph>}
      {blockers.length > 0 && (
        <div data-testid="submit-blockers">
          <Typography.Text strong>{m.actions.submitBlocked}</Typography.Text>
          <ul style={{ paddingLeft: 20 }}>
            {blockers.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {override && (
        <Typography.Paragraph type="warning" data-testid="appraise-incomplete">
          {m.actions.appraiseIncomplete(detail.dossier.message)}
        </Typography.Paragraph>
      )}
      <Flex wrap gap={8}>
        {actions.map((action) => (
          <Button
            key={action}
            type={action === 'submit' || action === 'appraise' ? 'primary' : 'default'}
            danger={action === 'reject' || action === 'cancel'}
            disabled={action === 'submit' && blockers.length > 0}
            loading={act.isPending && act.variables?.action === action}
            onClick={() => (needsReason(action) ? setAsking(action) : run(action))}
          >
            {NOMINATION_ACTION_LABELS[action]}
          </Button>
        ))}
      </Flex>
      <ReasonModal
        label={asking ? NOMINATION_ACTION_LABELS[asking] : ''}
        open={asking !== null}
        pending={act.isPending}
        error={asking ? act.error : null}
        onConfirm={(reason) => asking && run(asking, reason)}
        onCancel={() => {
          setAsking(null)
          act.reset()
        }}
      />
    </Card>
  )
}
