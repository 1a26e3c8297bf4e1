// Routes (Vietnamese slugs without accents). Every page is code-split with React.lazy.
import { lazy, Suspense, type ReactNode } from 'react'
import { createBrowserRouter, Navigate } from 'react-router'
import { FullPageSpin } from './components/FullPageSpin'
import { NotFoundPage } from './components/NotFoundPage'
import { RequirePermission } from './components/RequirePermission'
import { RouteError } from './components/RouteError'
import { RequireSession } from './features/auth/RequireSession'
import { AppLayout } from './features/layout/AppLayout'

const LoginPage = lazy(() =>
  import('./features/auth/LoginPage').then((m) => ({ default: m.LoginPage })),
)
const ChangePasswordPage = lazy(() =>
  import('./features/auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
)
const UnitsPage = lazy(() =>
  import('./features/units/UnitsPage').then((m) => ({ default: m.UnitsPage })),
)
const UnitPage = lazy(() =>
  import('./features/units/UnitPage').then((m) => ({ default: m.UnitPage })),
)
const ImportPage = lazy(() =>
  import('./features/import/ImportPage').then((m) => ({ default: m.ImportPage })),
)
const AccountsPage = lazy(() =>
  import('./features/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })),
)
const PlansPage = lazy(() =>
  import('./features/plans/PlansPage').then((m) => ({ default: m.PlansPage })),
)
const PlanPage = lazy(() =>
  import('./features/plans/PlanPage').then((m) => ({ default: m.PlanPage })),
)
const PlanEditPage = lazy(() =>
  import('./features/plans/PlanEditPage').then((m) => ({ default: m.PlanEditPage })),
)
const TargetsPage = lazy(() =>
  import('./features/targets/TargetsPage').then((m) => ({ default: m.TargetsPage })),
)
const CriteriaSetsPage = lazy(() =>
  import('./features/criteria/CriteriaSetsPage').then((m) => ({ default: m.CriteriaSetsPage })),
)
const CriteriaSetPage = lazy(() =>
  import('./features/criteria/CriteriaSetPage').then((m) => ({ default: m.CriteriaSetPage })),
)
const AuditPage = lazy(() =>
  import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })),
)

function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageSpin />}>{children}</Suspense>
}

export const router = createBrowserRouter([
  {
    path: '/dang-nhap',
    element: (
      <Standalone>
        <LoginPage />
      </Standalone>
    ),
    errorElement: <RouteError />,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/don-vi" replace /> },
          { path: 'don-vi', element: <UnitsPage /> },
          { path: 'don-vi/:id', element: <UnitPage /> },
          {
            path: 'nhap-don-vi',
            element: (
              <RequirePermission permission="units:import">
                <ImportPage />
              </RequirePermission>
            ),
          },
          {
            path: 'tai-khoan',
            element: (
              <RequirePermission permission="accounts:manage">
                <AccountsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'nhat-ky',
            element: (
              <RequirePermission permission="audit:read">
                <AuditPage />
              </RequirePermission>
            ),
          },
          {
            path: 'ke-hoach',
            element: (
              <RequirePermission permission="plans:read">
                <PlansPage />
              </RequirePermission>
            ),
          },
          {
            path: 'ke-hoach/:id',
            element: (
              <RequirePermission permission="plans:read">
                <PlanPage />
              </RequirePermission>
            ),
          },
          {
            path: 'ke-hoach/:id/tien-do',
            element: (
              <RequirePermission permission="plans:read">
                <TargetsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'ke-hoach/:id/sua',
            element: (
              <RequirePermission permission="plans:write">
                <PlanEditPage />
              </RequirePermission>
            ),
          },
          {
            path: 'bo-tieu-chi',
            element: (
              <RequirePermission permission="plans:read">
                <CriteriaSetsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'bo-tieu-chi/:key',
            element: (
              <RequirePermission permission="plans:read">
                <CriteriaSetPage />
              </RequirePermission>
            ),
          },
          { path: 'doi-mat-khau', element: <ChangePasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
])
