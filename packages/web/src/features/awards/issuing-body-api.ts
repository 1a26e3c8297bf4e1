// An issuing body's signers (ADR 030): GET /api/units/:unitId/issuing-bodies/:body.
import { useQuery } from '@tanstack/react-query'
import type { IssuingBody, IssuingBodySettings } from '@antq/core'
import { api } from '../../api/client'

export type IssuingBodyView = {
  unitId: number
  body: IssuingBody
  settings: IssuingBodySettings
  rowVersion: number | null
}

export function useIssuingBody(unitId: number | undefined, body: IssuingBody | undefined) {
  return useQuery({
    queryKey: ['awards', 'issuing-body', unitId, body],
    queryFn: ({ signal }) =>
      api.get<IssuingBodyView>(`/api/units/${unitId}/issuing-bodies/${body}`, { signal }),
    enabled: Boolean(unitId && body),
  })
}
