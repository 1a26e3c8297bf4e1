// Unit endpoints and their react-query keys.
import type { UnitKind, UnitVersion } from '@antq/core'
import { api } from '../../api/client'
import type {
  Items,
  Page,
  UnitHistory,
  UnitPatch,
  UnitSummary,
  UnitVersionInfo,
  UnitView,
} from '../../api/types'

export const unitKeys = {
  all: ['units'] as const,
  versions: () => ['units', 'versions'] as const,
  roots: (version: UnitVersion) => ['units', 'roots', version] as const,
  search: (q: string, version: UnitVersion, kind?: UnitKind) =>
    ['units', 'search', version, kind ?? '', q] as const,
  unit: (id: number) => ['units', 'unit', id] as const,
  children: (id: number, page: number, pageSize: number) =>
    ['units', 'unit', id, 'children', page, pageSize] as const,
  history: (id: number) => ['units', 'unit', id, 'history'] as const,
}

export async function fetchVersions(): Promise<UnitVersionInfo[]> {
  return (await api.get<Items<UnitVersionInfo>>('/api/units/versions')).items
}

export async function fetchRoots(version: UnitVersion): Promise<UnitSummary[]> {
  return (await api.get<Items<UnitSummary>>('/api/units/roots', { query: { version } })).items
}

export function fetchUnit(id: number): Promise<UnitView> {
  return api.get<UnitView>(`/api/units/${id}`)
}

export function fetchChildren(
  id: number,
  page: number,
  pageSize: number,
): Promise<Page<UnitSummary>> {
  return api.get<Page<UnitSummary>>(`/api/units/${id}/children`, { query: { page, pageSize } })
}

export async function searchUnits(
  q: string,
  version: UnitVersion,
  options: { kind?: UnitKind; limit?: number; signal?: AbortSignal } = {},
): Promise<UnitSummary[]> {
  const query = { q, version, kind: options.kind, limit: options.limit ?? 20 }
  return (await api.get<Items<UnitSummary>>('/api/units/search', { query, signal: options.signal }))
    .items
}

export function fetchHistory(id: number): Promise<UnitHistory> {
  return api.get<UnitHistory>(`/api/units/${id}/history`)
}

export function updateUnit(id: number, patch: UnitPatch): Promise<UnitView> {
  return api.patch<UnitView>(`/api/units/${id}`, patch)
}
