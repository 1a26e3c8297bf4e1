import { Typography } from 'antd'
import {
  AREA_TYPE_LABELS,
  buildTargetExpressions,
  formatDateVi,
  printExpression,
  UNIT_KIND_LABELS,
  type Plan,
  type Target,
} from '@antq/core'
import { messages } from '../../messages/vi'
import { ClauseCard } from './ClauseCard'
import { FormulaBlock, usePlanDescribeLabels } from './FormulaBlock'
import { describeGoal, describeTarget, measureFormulas, phaseLabel } from './plan-format'
import { SectionList } from './SectionList'

const t = messages.planTerms

function describeScope(scope: Target['scope']): string {
  const kinds = scope.unitKinds.map((kind) => UNIT_KIND_LABELS[kind]).join(', ')
  const parts = [`${kinds} ${t.managedBy[scope.managedBy]}`]
  if (scope.area) parts.push(AREA_TYPE_LABELS[scope.area])
  if (scope.per) parts.push(t.per[scope.per])
  return `${t.scope}: ${parts.join('; ')}`
}

function TargetMachineForm({ target, plan }: { target: Target; plan: Plan }) {
  const built = buildTargetExpressions(target, plan)
  const labels = usePlanDescribeLabels(plan)
  return (
    <>
      <Typography.Text strong>{describeTarget(target)}</Typography.Text>
      <Typography.Text>{describeScope(target.scope)}</Typography.Text>
      {target.milestones.length > 0 && (
        <div>
          <Typography.Text>{t.milestones}:</Typography.Text>
          <ul style={{ margin: 0 }}>
            {target.milestones.map((milestone, index) => (
              <li key={index}>
                {t.milestone(
                  describeGoal(milestone, target.measure),
                  milestone.due ? formatDateVi(milestone.due) : phaseLabel(plan, milestone.phase),
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {target.criteria.length > 0 && (
        <Typography.Text>
          {t.criteriaSets}: {target.criteria.map((item) => item.label).join('; ')}
        </Typography.Text>
      )}
      {target.parentTarget && (
        <Typography.Text>{t.parentTarget(target.parentTarget)}</Typography.Text>
      )}
      {built.ok ? (
        <>
          <FormulaBlock
            label={messages.plan.formula}
            formula={printExpression(built.goal)}
            labels={labels}
          />
          <FormulaBlock
            label={messages.plan.scopeFormula}
            formula={printExpression(built.scope)}
            labels={labels}
          />
        </>
      ) : (
        measureFormulas(target.measure).map((part) => (
          <FormulaBlock
            key={part.label}
            label={part.label}
            formula={part.formula}
            labels={labels}
          />
        ))
      )}
    </>
  )
}

/** Chỉ tiêu: each target's clause beside its goal, scope and formula. */
export function PlanTargets({ plan }: { plan: Plan }) {
  return (
    <SectionList
      items={plan.targets}
      render={(target) => (
        <ClauseCard
          key={target.id}
          source={target.source}
          text={target.text}
          title={target.label}
          enforcement="auto"
        >
          <TargetMachineForm target={target} plan={plan} />
        </ClauseCard>
      )}
    />
  )
}
