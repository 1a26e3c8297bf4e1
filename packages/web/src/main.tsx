// Entry point: antd in Vietnamese, dayjs in Vietnamese, react-query and the router.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import { RouterProvider } from 'react-router/dom'
import { isApiError, LOGIN_PATH, setUnauthenticatedHandler } from './api/client'
import { router } from './router'

dayjs.locale('vi')

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) =>
        !(isApiError(error) && error.status > 0 && error.status < 500) && failures < 2,
    },
  },
})

setUnauthenticatedHandler(() => {
  const { pathname, search } = router.state.location
  if (pathname === LOGIN_PATH) return
  void router.navigate(`${LOGIN_PATH}?tiep=${encodeURIComponent(pathname + search)}`, {
    replace: true,
  })
})

const container = document.getElementById('root')
if (!container) throw new Error('#root missing from index.html')

createRoot(container).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#1f4e79' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
)
