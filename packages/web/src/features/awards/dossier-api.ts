// Dossier files and attestations of a nomination (docs/api.md, "Nominations"): uploads are
// checked by the server (type by content, size); evidence is uploaded, then attested.
import { apiFetch, api, withQuery } from '../../api/client'
import type { NominationDetail } from './awards-types'
import { useNominationWrite } from './nominations-api'

export type UploadInput = { itemId: string; file: File; batch?: boolean }

export function useUploadDossierFile(id: number) {
  return useNominationWrite(id, async ({ itemId, file, batch }: UploadInput) => {
    const body = new FormData()
    body.append('file', file, file.name)
    const path = withQuery(`/api/nominations/${id}/files`, {
      itemId,
      batch: batch ? 'true' : undefined,
    })
    const response = await apiFetch(path, { method: 'POST', body })
    return (await response.json()) as { id: number }
  })
}

export function useDeleteDossierFile(id: number) {
  return useNominationWrite(id, (fileId: number) =>
    apiFetch(`/api/nominations/${id}/files/${fileId}`, { method: 'DELETE' }),
  )
}

export type AttestInput = {
  conditionKey: string
  evidenceFileId: number
  confirmedBy: string
  confirmedAt: string
  note: string
}

export function useAttest(id: number) {
  return useNominationWrite(id, (input: AttestInput) =>
    api.post<NominationDetail>(`/api/nominations/${id}/attestations`, input),
  )
}
