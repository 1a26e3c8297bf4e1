// Recognition endpoints (docs/api.md, "Recognitions", plan 001): ANTT standard and exemplary
// units proposed, evaluated and recognised along the plan's route.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { RecognitionKind, RecognitionStatus } from '@antq/core'
import { api, isApiError } from '../../api/client'

export type RecognitionView = {
  id: number
  unit: { id: number; name: string; kind: string }
  kind: RecognitionKind
  kindLabel: string
  year: number
  route: { id: string; evaluatorLevel: string; recognizerLevel: string }
  recognizer: { id: number | null; name: string | null }
  status: RecognitionStatus
  statusLabel: string
  statusReason: string | null
  candidate: {
    eligible: boolean
    conditions: { label: string; met: boolean; data: string }[]
  } | null
  evaluation: { criteriaMet: number; criteriaTotal: number; note?: string } | null
  decision: { number: string; date: string } | null
  rowVersion: number
}

type Tally = { proposed: number; recognised: number; minimum: number; met: boolean }
export type RecognitionQuota = {
  items: {
    districtId: number
    districtName: string
    tally: { xa: Tally; phuong_thi_tran: Tally; co_quan: Tally }
  }[]
}

const keys = {
  list: (query: object) => ['awards', 'recognitions', query] as const,
  quota: (year: number) => ['awards', 'recognitions', 'quota', year] as const,
}

export function useRecognitions(query: { year?: number; kind?: RecognitionKind }) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: ({ signal }) =>
      api.get<{ items: RecognitionView[] }>('/api/recognitions', { query, signal }),
  })
}

export function useRecognitionQuota(year: number) {
  return useQuery({
    queryKey: keys.quota(year),
    queryFn: ({ signal }) =>
      api.get<RecognitionQuota>('/api/recognitions/quota', { query: { year }, signal }),
    enabled: year > 0,
  })
}

export type ProposeInput = { unitId: number; kind: RecognitionKind; year: number; planId: number }

export function useProposeRecognition() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ProposeInput) => api.post<RecognitionView>('/api/recognitions', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['awards', 'recognitions'] }),
  })
}

export type RecognitionAction =
  | { action: 'evaluate'; criteriaMet: number; criteriaTotal: number; note?: string }
  | { action: 'recognise'; date: string; issuerCode: string }
  | { action: 'return' | 'reject'; reason: string }
  | { action: 'resubmit' }

export function useRecognitionAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      id,
      rowVersion,
      ...input
    }: RecognitionAction & { id: number; rowVersion: number }) =>
      api.post<RecognitionView>(`/api/recognitions/${id}/actions`, { ...input, rowVersion }),
    onSettled: (_data, error) => {
      if (!error || (isApiError(error) && error.code === 'CONFLICT'))
        void client.invalidateQueries({ queryKey: ['awards', 'recognitions'] })
    },
  })
}
