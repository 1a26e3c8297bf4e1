import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { LOGIN_PATH } from '../../api/client'
import { logout } from './auth-api'

/** Ends the session, forgets every cached response and returns to the login page. */
export function useLogout() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      await navigate(LOGIN_PATH, { replace: true })
      queryClient.clear()
    },
  })
}
