// Unit standards endpoints (/api/units/:id/standards) and their react-query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UnitStandardsScope, UnitStandardsView } from '@antq/server/types'
import { api } from '../../api/client'

export type { UnitStandardsScope, UnitStandardsView }
export type StandardInput = {
  kind: string
  status: string
  validFrom: string
  validTo: string | null
  decisionNumber: string | null
  decisionDate: string | null
  decisionIssuer: string | null
  answers: Record<string, boolean> | null
  note: string | null
}

const base = (unitId: number) => `/api/units/${unitId}/standards`

export function useUnitStandards(unitId: number) {
  return useQuery({
    queryKey: ['unit-standards', unitId],
    queryFn: ({ signal }) => api.get<UnitStandardsView>(base(unitId), { signal }),
    enabled: unitId > 0,
  })
}

export function useScopeStandards(unitId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['unit-standards-scope', unitId],
    queryFn: ({ signal }) => api.get<UnitStandardsScope>(`${base(unitId)}/scope`, { signal }),
    enabled: enabled && unitId > 0,
  })
}

export function useRecordStandard(unitId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: StandardInput) => api.post<UnitStandardsView>(base(unitId), input),
    onSuccess: (data) => {
      client.setQueryData(['unit-standards', unitId], data)
      void client.invalidateQueries({ queryKey: ['unit-standards-scope'] })
    },
  })
}
