// The audit log (permission audit:read, limited to the account's subtree).
import { api } from '../../api/client'
import type { AuditEntry, AuditFilter, Page } from '../../api/types'

export function fetchAudit(filter: AuditFilter): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>('/api/audit', { query: { ...filter } })
}

export const auditKeys = { list: (filter: AuditFilter) => ['audit', filter] as const }
