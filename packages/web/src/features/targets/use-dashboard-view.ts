// The dashboard's scope and year live in the address (?donVi=…&nam=…), so a ranking row can
// link down into a sub-unit's dashboard and a view can be shared or printed as it is.
import { useSearchParams } from 'react-router'
import type { DashboardView } from './targets-api'

const SCOPE = 'donVi'
const YEAR = 'nam'

function positive(value: string | null): number | undefined {
  const number = Number(value)
  return Number.isInteger(number) && number > 0 ? number : undefined
}

/** The search string of a dashboard view (used by links into a sub-unit). */
export function dashboardSearch(view: DashboardView): string {
  const params = new URLSearchParams()
  if (view.scopeUnitId !== undefined) params.set(SCOPE, String(view.scopeUnitId))
  if (view.year !== undefined) params.set(YEAR, String(view.year))
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function useDashboardView() {
  const [params, setParams] = useSearchParams()
  const view: DashboardView = {
    scopeUnitId: positive(params.get(SCOPE)),
    year: positive(params.get(YEAR)),
  }
  const setView = (change: Partial<DashboardView>) => {
    const next = { ...view, ...change }
    setParams(new URLSearchParams(dashboardSearch(next)))
  }
  return { view, setView }
}
