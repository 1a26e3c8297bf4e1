// react-query hooks over the unit endpoints.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UnitKind, UnitVersion } from '@antq/core'
import { isApiError } from '../../api/client'
import type { UnitPatch } from '../../api/types'
import {
  fetchChildren,
  fetchHistory,
  fetchRoots,
  fetchUnit,
  fetchVersions,
  searchUnits,
  unitKeys,
  updateUnit,
} from './units-api'

export const MIN_SEARCH_LENGTH = 2

export function useUnitVersions() {
  return useQuery({ queryKey: unitKeys.versions(), queryFn: fetchVersions, staleTime: 5 * 60_000 })
}

export function useUnitRoots(version: UnitVersion) {
  return useQuery({ queryKey: unitKeys.roots(version), queryFn: () => fetchRoots(version) })
}

export function useUnit(id: number) {
  return useQuery({ queryKey: unitKeys.unit(id), queryFn: () => fetchUnit(id), enabled: id > 0 })
}

export function useUnitChildren(id: number, page: number, pageSize: number) {
  return useQuery({
    queryKey: unitKeys.children(id, page, pageSize),
    queryFn: () => fetchChildren(id, page, pageSize),
    placeholderData: keepPreviousData,
    enabled: id > 0,
  })
}

export function useUnitHistory(id: number) {
  return useQuery({
    queryKey: unitKeys.history(id),
    queryFn: () => fetchHistory(id),
    enabled: id > 0,
  })
}

/** Accent-insensitive search; `q` should already be debounced. */
export function useUnitSearch(q: string, version: UnitVersion, kind?: UnitKind) {
  const text = q.trim()
  return useQuery({
    queryKey: unitKeys.search(text, version, kind),
    queryFn: ({ signal }) => searchUnits(text, version, { kind, signal }),
    enabled: text.length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
  })
}

export function useUpdateUnit(id: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: UnitPatch) => updateUnit(id, patch),
    onSuccess: async (unit) => {
      queryClient.setQueryData(unitKeys.unit(id), unit)
      await queryClient.invalidateQueries({ queryKey: unitKeys.all, refetchType: 'active' })
    },
    // Someone else saved first: reload the unit so the next attempt carries the new rowVersion.
    onError: (error) => {
      if (isApiError(error) && error.code === 'CONFLICT')
        void queryClient.invalidateQueries({ queryKey: unitKeys.unit(id) })
    },
  })
}
