import { Breadcrumb, Flex, Select, Tabs, Typography } from 'antd'
import { evaluationYearNamed, evaluationYearOf, formatDateVi, vietnamDateOf } from '@antq/core'
import { Link, useParams, useSearchParams } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { useUnit } from '../units/use-unit-queries'
import { EvaluationPanel } from './EvaluationPanel'
import { criteriaSetKeyFor, EVALUATION_KINDS } from './evaluation-kinds'
import { useUnitEvaluations } from './evaluations-api'

const m = messages.evaluations

/** /don-vi/:id/danh-gia?nam= — one unit's evaluations for one evaluation year, a tab per kind. */
export function EvaluationsPage() {
  const { id: raw } = useParams()
  const id = /^\d+$/.test(raw ?? '') ? Number(raw) : 0
  const [params, setParams] = useSearchParams()
  const unit = useUnit(id)
  const today = vietnamDateOf(new Date())
  const current = unit.data
    ? (evaluationYearOf(unit.data.kind, today)?.year ?? Number(today.slice(0, 4)))
    : Number(today.slice(0, 4))
  const year = Number(params.get('nam') ?? '') || current
  const evaluations = useUnitEvaluations(id, year)
  useDocumentTitle(m.title)

  if (id <= 0) return <NotFoundPage />
  if (unit.isPending || evaluations.isPending) return <FullPageSpin />
  if (unit.isError) return <ErrorResult error={unit.error} onRetry={() => void unit.refetch()} />
  if (evaluations.isError) return <ErrorResult error={evaluations.error} />

  const period = evaluationYearNamed(unit.data.kind, year)
  const years = Array.from({ length: 6 }, (_, index) => current + 1 - index)
  const tabs = EVALUATION_KINDS.flatMap((kind) => {
    const stored = evaluations.data.items.find((item) => item.kind === kind) ?? null
    // A plan over the unit may classify the movement on its own scale (plan 002, ADR 025).
    const own = kind === 'movement' ? evaluations.data.movementSet : null
    const setKey = stored?.criteriaSet?.key ?? own ?? criteriaSetKeyFor(kind, unit.data)
    if (!setKey) return []
    return [
      {
        key: kind,
        label: m.kinds[kind],
        children: (
          <EvaluationPanel
            key={`${kind}:${year}`}
            unit={unit.data}
            kind={kind}
            year={year}
            setKey={setKey}
            setVersion={stored?.criteriaSet?.version ?? undefined}
            evaluation={stored}
          />
        ),
      },
    ]
  })

  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { key: 'units', title: <Link to="/don-vi">{messages.units.title}</Link> },
          { key: 'unit', title: <Link to={`/don-vi/${id}`}>{unit.data.name}</Link> },
          { key: 'self', title: m.title },
        ]}
      />
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {`${m.title} — ${unit.data.name}`}
          </Typography.Title>
          {period && (
            <Typography.Text type="secondary">
              {m.period(formatDateVi(period.start), formatDateVi(period.end))}
            </Typography.Text>
          )}
        </div>
        <Select
          aria-label={m.year}
          value={year}
          style={{ minWidth: 140 }}
          options={years.map((each) => ({ value: each, label: m.yearOption(each) }))}
          onChange={(value: number) => setParams({ nam: String(value) })}
        />
      </Flex>
      {tabs.length === 0 ? (
        <Typography.Text type="secondary">{m.notApplicable}</Typography.Text>
      ) : (
        <Tabs items={tabs} />
      )}
    </Flex>
  )
}
