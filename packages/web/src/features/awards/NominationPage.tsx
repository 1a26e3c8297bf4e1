import { Alert, Card, Col, Descriptions, Row, Spin, Tag, Typography } from 'antd'
import { Link, useParams } from 'react-router'
import { formatDateVi } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { awardMessages as m } from '../../messages/vi-awards'
import { planTerms } from '../../messages/vi-plan-terms'
import { usePlan } from '../plans/use-plan-queries'
import { DossierCard } from './DossierCard'
import { EligibilityCard } from './EligibilityCard'
import { FactsCard } from './FactsCard'
import { NominationActions } from './NominationActions'
import { NominationHistory } from './NominationHistory'
import { STATUS_COLORS, nomineeName, subjectLabel } from './award-labels'
import type { NominationDetail } from './awards-types'
import { useNomination } from './nominations-api'
import { awardSearch } from './use-award-plan'

/** One nomination: where it stands and why, its eligibility, dossier, acts and history. */
export function NominationPage() {
  const id = Number(useParams().id ?? 0)
  useDocumentTitle(m.page.title(id))
  const query = useNomination(id)
  const plan = usePlan(query.data?.planId ?? 0)
  if (query.isLoading) return <Spin />
  if (query.isError || !query.data) return <ErrorResult error={query.error} />
  const detail = query.data
  const definition = plan.data?.definition
  return (
    <>
      <Typography.Title level={3}>
        {m.page.title(id)}: {nomineeName(detail)}{' '}
        <Tag color={STATUS_COLORS[detail.status]} data-testid="nomination-status">
          {detail.statusLabel}
        </Tag>
      </Typography.Title>
      <Link to={`/khen-thuong${awardSearch(detail.planId, detail.year)}`}>{m.page.back}</Link>
      {detail.statusReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`${m.page.reason}: ${detail.statusReason}`}
        />
      )}
      <Summary detail={detail} subject={subjectLabel(definition, detail.subjectId)} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <EligibilityCard detail={detail} />
          {detail.nominee.kind === 'individual' && <FactsCard detail={detail} />}
          <DossierCard detail={detail} />
        </Col>
        <Col xs={24} xl={8}>
          <NominationActions detail={detail} />
          <NominationHistory history={detail.history} />
        </Col>
      </Row>
    </>
  )
}

function Summary({ detail, subject }: { detail: NominationDetail; subject: string }) {
  const person = detail.nominee.kind === 'individual' ? detail.nominee.person : null
  const deadline = detail.deadline
  const deadlineText = deadline.open
    ? deadline.closesOn
      ? m.page.deadlineOpen(formatDateVi(deadline.closesOn))
      : m.page.deadlineNone
    : deadline.reason
  return (
    <Card size="small" style={{ margin: '12px 0' }}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={m.page.form}>{detail.awardForm.name}</Descriptions.Item>
        <Descriptions.Item label={m.page.year}>{detail.year}</Descriptions.Item>
        <Descriptions.Item label={m.page.nominee}>
          {nomineeName(detail)}
          {person &&
            `, ${person.position ?? ''} (${person.role ? planTerms.personRoles[person.role as keyof typeof planTerms.personRoles] : ''}), ${detail.personUnitName ?? ''}`}
        </Descriptions.Item>
        <Descriptions.Item label={m.page.subject}>{subject}</Descriptions.Item>
        <Descriptions.Item label={m.page.proposing}>{detail.proposingUnit.name}</Descriptions.Item>
        <Descriptions.Item label={m.quota.label}>
          <span data-testid="nomination-quota">{detail.quota.message}</span>
        </Descriptions.Item>
        <Descriptions.Item label={m.page.deadline}>
          {deadlineText}
          {deadline.extension && ` — ${m.page.extended(formatDateVi(deadline.extension.until))}`}
        </Descriptions.Item>
        <Descriptions.Item label={m.page.summary} span={2}>
          {detail.achievementSummary}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  )
}
