import { Card, Flex, Typography } from 'antd'
import { UNIT_KIND_LABELS, type AwardCriteria, type Plan } from '@antq/core'
import { messages } from '../../messages/vi'
import { ClauseCard } from './ClauseCard'
import { FormulaBlock, usePlanDescribeLabels } from './FormulaBlock'
import { awardNames, subjectLabels } from './plan-lookup'
import { SectionList } from './SectionList'

const c = messages.planTerms.criteria

function CriteriaGroup({ criteria, plan }: { criteria: AwardCriteria; plan: Plan }) {
  const labels = usePlanDescribeLabels(plan)
  const awards = criteria.awards.length ? awardNames(plan, criteria.awards).join('; ') : c.allAwards
  return (
    <Card
      title={`${c.subjects}: ${subjectLabels(plan, criteria.subjects).join('; ')}`}
      styles={{ title: { whiteSpace: 'normal', paddingBlock: 8 } }}
    >
      <Flex vertical gap={12}>
        <Typography.Text>
          {c.awards}: {awards}
        </Typography.Text>
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2, expandable: true, symbol: messages.plan.showMore }}
          style={{ margin: 0 }}
        >
          {messages.plan.verbatim(criteria.source)}: “{criteria.text}”
        </Typography.Paragraph>
        {criteria.computed.length > 0 && (
          <Typography.Title level={5}>{c.computed}</Typography.Title>
        )}
        {criteria.computed.map((condition, index) => (
          <ClauseCard
            key={condition.id}
            source={condition.source}
            text={condition.text}
            title={c.condition(index + 1)}
            enforcement="auto"
          >
            <FormulaBlock
              label={messages.plan.formula}
              formula={condition.formula}
              labels={labels}
            />
          </ClauseCard>
        ))}
        {criteria.attested.length > 0 && (
          <Typography.Title level={5}>{c.attested}</Typography.Title>
        )}
        {criteria.attested.map((condition, index) => (
          <ClauseCard
            key={condition.id}
            source={condition.source}
            text={condition.text}
            title={c.condition(criteria.computed.length + index + 1)}
            enforcement="attested"
          >
            <Typography.Text>
              {c.evidence}: {condition.evidence}
            </Typography.Text>
          </ClauseCard>
        ))}
      </Flex>
    </Card>
  )
}

/** Tiêu chuẩn: per group of subjects, conditions the system computes and those needing evidence. */
export function PlanCriteria({ plan }: { plan: Plan }) {
  const labels = usePlanDescribeLabels(plan)
  return (
    <Flex vertical gap={16}>
      <SectionList
        items={plan.awardCriteria}
        render={(criteria) => <CriteriaGroup key={criteria.id} criteria={criteria} plan={plan} />}
      />
      {plan.awardGates.length > 0 && <Typography.Title level={5}>{c.gates}</Typography.Title>}
      {plan.awardGates.map((gate, index) => (
        <ClauseCard
          key={gate.id}
          source={gate.source}
          text={gate.text}
          title={c.gate(index + 1)}
          enforcement="auto"
        >
          {gate.subjects.length > 0 && (
            <Typography.Text>{subjectLabels(plan, gate.subjects).join('; ')}</Typography.Text>
          )}
          {gate.unitKinds.length > 0 && (
            <Typography.Text>
              {c.gateUnitKinds}: {gate.unitKinds.map((kind) => UNIT_KIND_LABELS[kind]).join(', ')}
            </Typography.Text>
          )}
          <FormulaBlock label={messages.plan.formula} formula={gate.condition} labels={labels} />
        </ClauseCard>
      ))}
    </Flex>
  )
}
