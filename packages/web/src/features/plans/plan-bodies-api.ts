// GET /api/plans/:id/bodies and POST /api/plans/:id/bodies/:bodyId/unit, with their hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Body } from '@antq/core'
import { api } from '../../api/client'

export type PlanBodyItem = Pick<Body, 'id' | 'name' | 'kind' | 'subtype'> & {
  unit: { id: number; code: string; name: string; path: string } | null
  accounts: number
  reason: string | null
}
export type PlanBodies = {
  issuer: { id: number; name: string } | null
  canCreateUnits: boolean
  items: PlanBodyItem[]
}

const bodiesKey = (planId: number) => ['plans', 'bodies', planId] as const

export function usePlanBodies(planId: number) {
  return useQuery({
    queryKey: bodiesKey(planId),
    queryFn: ({ signal }) => api.get<PlanBodies>(`/api/plans/${planId}/bodies`, { signal }),
    enabled: planId > 0,
  })
}

export function useCreateBodyUnit(planId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (bodyId: string) =>
      api.post<{ id: number; name: string }>(`/api/plans/${planId}/bodies/${bodyId}/unit`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bodiesKey(planId) }),
  })
}

/** The unit each body resolved to, by body id (for links in the tasks). */
export function unitsByBody(bodies: PlanBodies | undefined): Map<string, { id: number }> {
  const units = new Map<string, { id: number }>()
  for (const item of bodies?.items ?? []) if (item.unit) units.set(item.id, item.unit)
  return units
}
