// Notifications (ADR 029): the bell's list, marking read, the account's settings, a plan's
// reminder rules and "Nhắc" on a late list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  NotificationList,
  NotificationSettings,
  NotificationView,
  NudgeResult,
  ReminderRulesView,
} from '@antq/server/types'
import { api } from '../../api/client'

export type { NotificationList, NotificationSettings, NotificationView, NudgeResult }
export type ReminderRules = ReminderRulesView
export type NudgeInput = {
  list: 'registration' | 'report' | 'upward' | 'events'
  unitId: number
  year?: number
  periodId?: string
  obligationId?: string
  periodKey?: string
  closedOn?: string
}

const KEY = ['notifications']

export function useNotifications(limit = 30) {
  return useQuery({
    queryKey: [...KEY, limit],
    queryFn: ({ signal }) =>
      api.get<NotificationList>(`/api/notifications?limit=${limit}`, { signal }),
    // New reminders arrive from the scheduler and from other people's "Nhắc".
    refetchInterval: 60_000,
  })
}

export function useMarkRead() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: number | 'all') =>
      api.post<{ unread: number }>(
        id === 'all' ? '/api/notifications/read-all' : `/api/notifications/${id}/read`,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  })
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: ['notification-settings'],
    queryFn: ({ signal }) =>
      api.get<NotificationSettings>('/api/me/notification-settings', { signal }),
  })
}

export function useSaveSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Omit<NotificationSettings, 'emailConfigured'>) =>
      api.put<NotificationSettings>('/api/me/notification-settings', body),
    onSuccess: (data) => client.setQueryData(['notification-settings'], data),
  })
}

export function useReminderRules(planId: number) {
  return useQuery({
    queryKey: ['reminder-rules', planId],
    queryFn: ({ signal }) =>
      api.get<ReminderRules>(`/api/plans/${planId}/reminder-rules`, { signal }),
  })
}

export function useSaveRules(planId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: {
      daysBefore: number[]
      onDay: boolean
      whenLate: boolean
      escalateAfterDays: number | null
      reason?: string
    }) => api.put<ReminderRules>(`/api/plans/${planId}/reminder-rules`, body),
    onSuccess: (data) => client.setQueryData(['reminder-rules', planId], data),
  })
}

export function useNudge(planId: number) {
  return useMutation({
    mutationFn: (input: NudgeInput) => api.post<NudgeResult>(`/api/plans/${planId}/nudges`, input),
  })
}
