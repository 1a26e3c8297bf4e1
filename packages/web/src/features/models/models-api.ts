// Model register endpoints (/api/units/:id/models, /api/models/:id) and their react-query hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ModelView, UnitModelList } from '@antq/server/types'
import { api } from '../../api/client'

export type { ModelView, UnitModelList }
export type ModelRow = UnitModelList['models'][number]

const listKey = (unitId: number, year: number) => ['models', unitId, year] as const

export function useUnitModels(unitId: number, year: number) {
  return useQuery({
    queryKey: listKey(unitId, year),
    queryFn: ({ signal }) =>
      api.get<UnitModelList>(`/api/units/${unitId}/models`, { query: { year }, signal }),
    enabled: unitId > 0,
    placeholderData: keepPreviousData,
  })
}

export function useModel(id: number, year: number) {
  return useQuery({
    queryKey: ['model', id, year],
    queryFn: ({ signal }) => api.get<ModelView>(`/api/models/${id}`, { query: { year }, signal }),
    enabled: id > 0,
  })
}

/** Any write of the register: the list and the model are read again afterwards. */
export function useModelWrite<T>(write: (input: T) => Promise<ModelView>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['models'] })
      await client.invalidateQueries({ queryKey: ['model'] })
    },
  })
}

export const modelApi = {
  create: (unitId: number) => (body: object) =>
    api.post<ModelView>(`/api/units/${unitId}/models`, body),
  update: (id: number) => (body: object) => api.put<ModelView>(`/api/models/${id}`, body),
  plan: (id: number, year: number) => (body: object) =>
    api.put<ModelView>(`/api/models/${id}/plans/${year}`, body),
  review:
    (id: number, year: number) =>
    ({ period, ...body }: { period: string } & Record<string, unknown>) =>
      api.put<ModelView>(`/api/models/${id}/reviews/${year}/${period}`, body),
  end: (id: number) => (body: object) => api.post<ModelView>(`/api/models/${id}/end`, body),
}
