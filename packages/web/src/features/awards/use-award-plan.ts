// The plan and year every award page works on, kept in the URL (?ke-hoach=&nam=) so links
// between the tabs and a reload keep them. The year defaults to the plan's first year.
import { useSearchParams } from 'react-router'
import { usePlan, usePlans } from '../plans/use-plan-queries'

export function useAwardPlan() {
  const [params, setParams] = useSearchParams()
  const planId = Number(params.get('ke-hoach') ?? 0)
  const plans = usePlans()
  const plan = usePlan(planId)
  const period = plan.data?.definition.period
  const years: number[] = []
  if (period)
    for (let year = period.startYear; year <= (period.endYear ?? period.startYear); year++)
      years.push(year)
  const asked = Number(params.get('nam') ?? 0)
  const year = years.includes(asked) ? asked : (years[0] ?? 0)
  const published = (plans.data ?? []).filter((item) => item.status === 'published')
  const select = (next: { planId?: number; year?: number }) => {
    const copy = new URLSearchParams(params)
    if (next.planId !== undefined) {
      copy.set('ke-hoach', String(next.planId))
      copy.delete('nam')
    }
    if (next.year !== undefined) copy.set('nam', String(next.year))
    setParams(copy, { replace: true })
  }
  return { planId, plan: plan.data, planQuery: plan, published, years, year, select }
}

export type AwardPlan = ReturnType<typeof useAwardPlan>

/** The query string that carries plan and year to another award page. */
export function awardSearch(planId: number, year: number): string {
  return planId > 0 ? `?ke-hoach=${planId}&nam=${year}` : ''
}
