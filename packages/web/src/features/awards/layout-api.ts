// Certificate layouts (docs/api.md, "Award documents"): where each field of a Bằng khen or
// Giấy khen goes on the issuer's pre-printed blank, in mm, over the renderer's defaults.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../api/client'

export type FieldLayout = {
  xMm: number
  yMm: number
  widthMm: number
  heightMm: number
  sizePt: number
  bold: boolean
  italics: boolean
  align: 'left' | 'center' | 'right'
  uppercase: boolean
  visible: boolean
}

export type CertificateLayout = {
  form: 'bang_khen' | 'giay_khen' | 'co_thi_dua'
  pageWidthMm: number
  pageHeightMm: number
  offsetMm: { x: number; y: number }
  fields: Record<string, FieldLayout>
}

export type LayoutOverrides = {
  offsetMm?: { x?: number; y?: number }
  fields?: Record<string, Partial<FieldLayout>>
}

export type LayoutResponse = {
  layout: CertificateLayout
  overrides: LayoutOverrides
  rowVersion: number | null
}

const key = (unitId: number, formId: string) => ['awards', 'layout', unitId, formId] as const

export function useCertificateLayout(unitId: number, formId: string, formName: string) {
  return useQuery({
    queryKey: key(unitId, formId),
    queryFn: ({ signal }) =>
      api.get<LayoutResponse>(
        `/api/units/${unitId}/certificate-layouts/${encodeURIComponent(formId)}`,
        {
          query: { formName },
          signal,
        },
      ),
    enabled: unitId > 0 && formId !== '',
  })
}

export function useSaveCertificateLayout(unitId: number, formId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: {
      overrides: LayoutOverrides
      formName: string
      rowVersion: number | null
    }) =>
      api.put<LayoutResponse>(
        `/api/units/${unitId}/certificate-layouts/${encodeURIComponent(formId)}`,
        input,
      ),
    onSuccess: (saved) => client.setQueryData(key(unitId, formId), saved),
    onError: () => void client.invalidateQueries({ queryKey: key(unitId, formId) }),
  })
}
