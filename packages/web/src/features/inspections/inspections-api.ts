// Inspection endpoints as react-query hooks; every write puts the fresh inspection in the cache.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../api/client'
import type { ChecklistEntry, InspectionSummary, InspectionView } from './inspection-types'

const keys = {
  plan: (planId: number) => ['inspections', 'plan', planId] as const,
  one: (id: number) => ['inspections', id] as const,
  checklist: (id: number, unitId: number) => ['inspections', id, 'checklist', unitId] as const,
}

export function usePlanInspections(planId: number) {
  return useQuery({
    queryKey: keys.plan(planId),
    queryFn: ({ signal }) =>
      api.get<{ items: InspectionSummary[]; canManage: boolean }>(
        `/api/plans/${planId}/inspections`,
        { signal },
      ),
    enabled: planId > 0,
  })
}

export function useInspection(id: number) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: ({ signal }) => api.get<InspectionView>(`/api/inspections/${id}`, { signal }),
    enabled: id > 0,
  })
}

export function useUnitChecklist(id: number, unitId: number) {
  return useQuery({
    queryKey: keys.checklist(id, unitId),
    queryFn: ({ signal }) =>
      api.get<{ items: ChecklistEntry[] }>(`/api/inspections/${id}/units/${unitId}/checklist`, {
        signal,
      }),
    enabled: id > 0 && unitId > 0,
  })
}

export type InspectionInput = {
  year: number
  title: string
  reference: string | null
  periodFrom: string
  periodTo: string
  leadName: string
  planInspectionId: string | null
}

export function useCreateInspection(planId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: InspectionInput) =>
      api.post<InspectionView>(`/api/plans/${planId}/inspections`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.plan(planId) }),
  })
}

/** A write to one inspection: the response is the whole inspection, kept in the cache. */
export function useInspectionWrite<T>(id: number, write: (input: T) => Promise<InspectionView>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => {
      client.setQueryData(keys.one(id), view)
      void client.invalidateQueries({ queryKey: ['inspections', id, 'checklist'] })
      void client.invalidateQueries({ queryKey: keys.plan(view.planId) })
    },
  })
}

export const inspectionApi = {
  status: (id: number) => (input: { action: string; rowVersion: number; reason?: string | null }) =>
    api.post<InspectionView>(`/api/inspections/${id}/status`, input),
  members: (id: number) => (input: { members: unknown[]; rowVersion: number }) =>
    api.put<InspectionView>(`/api/inspections/${id}/members`, input),
  addUnit: (id: number) => (input: { unitId: number }) =>
    api.post<InspectionView>(`/api/inspections/${id}/units`, input),
  visit: (id: number) => (input: { unitId: number; visit: Record<string, unknown> }) =>
    api.put<InspectionView>(`/api/inspections/${id}/units/${input.unitId}`, input.visit),
  findings: (id: number) => (input: { unitId: number; findings: unknown[] }) =>
    api.put<InspectionView>(`/api/inspections/${id}/units/${input.unitId}/findings`, {
      findings: input.findings,
    }),
  addAction: (id: number) => (input: Record<string, unknown>) =>
    api.post<InspectionView>(`/api/inspections/${id}/actions`, input),
  actionStatus: (id: number) => (input: { actionId: number; status: 'open' | 'done' }) =>
    api.patch<InspectionView>(`/api/inspections/${id}/actions/${input.actionId}`, {
      status: input.status,
    }),
}

export function minutesUrl(id: number, unitId: number, format: 'docx' | 'pdf' = 'docx') {
  return `/api/inspections/${id}/units/${unitId}/minutes?format=${format}`
}
