// The to-do home's endpoint (GET /api/todo) and its react-query hook.
import { useQuery } from '@tanstack/react-query'
import type { Todo, TodoItem, TodoUnit } from '@antq/server/types'
import { api } from '../../api/client'

export type { Todo, TodoItem, TodoUnit }

export function useTodo() {
  return useQuery({
    queryKey: ['todo'],
    queryFn: ({ signal }) => api.get<Todo>('/api/todo', { signal }),
  })
}
