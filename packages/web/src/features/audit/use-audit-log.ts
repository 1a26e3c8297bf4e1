import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AuditFilter } from '../../api/types'
import { auditKeys, fetchAudit } from './audit-api'

export function useAuditLog(filter: AuditFilter) {
  return useQuery({
    queryKey: auditKeys.list(filter),
    queryFn: () => fetchAudit(filter),
    placeholderData: keepPreviousData,
  })
}
