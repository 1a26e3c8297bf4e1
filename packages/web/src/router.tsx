// Routes (Vietnamese slugs, no accents), each page code-split; every role lands on /viec-can-lam.
import type { ComponentType } from 'react'
import { createBrowserRouter, Navigate } from 'react-router'
import { lazyPage, Standalone } from './components/lazy-page'
import { RequirePermission } from './components/RequirePermission'
import { RouteError } from './components/RouteError'
import { RequireSession } from './features/auth/RequireSession'
import { NotificationsPage } from './features/notifications/notifications-route'

// The signed-in shell (menu, header) and the not-found page load after the login page: the first
// screen on a weak link carries only what it shows (ADR 032).
const AppLayout = lazyPage(() => import('./features/layout/AppLayout'), 'AppLayout')
const NotFoundPage = lazyPage(() => import('./components/NotFoundPage'), 'NotFoundPage')
const LoginPage = lazyPage(() => import('./features/auth/LoginPage'), 'LoginPage')
const ChangePasswordPage = lazyPage(
  () => import('./features/auth/ChangePasswordPage'),
  'ChangePasswordPage',
)
const TodoPage = lazyPage(() => import('./features/todo/TodoPage'), 'TodoPage')
const UnitsPage = lazyPage(() => import('./features/units/UnitsPage'), 'UnitsPage')
const UnitPage = lazyPage(() => import('./features/units/UnitPage'), 'UnitPage')
const ImportPage = lazyPage(() => import('./features/import/ImportPage'), 'ImportPage')
const AccountsPage = lazyPage(() => import('./features/accounts/AccountsPage'), 'AccountsPage')
const PlansPage = lazyPage(() => import('./features/plans/PlansPage'), 'PlansPage')
const PlanPage = lazyPage(() => import('./features/plans/PlanPage'), 'PlanPage')
const PlanEditPage = lazyPage(() => import('./features/plans/PlanEditPage'), 'PlanEditPage')
const TargetsPage = lazyPage(() => import('./features/targets/TargetsPage'), 'TargetsPage')
const RegistrationsPage = lazyPage(
  () => import('./features/registrations/RegistrationsPage'),
  'RegistrationsPage',
)
const ReportsPage = lazyPage(() => import('./features/reports/ReportsPage'), 'ReportsPage')
const UpwardReportPage = lazyPage(
  () => import('./features/upward-reports/UpwardReportPage'),
  'UpwardReportPage',
)
const EvaluationsPage = lazyPage(
  () => import('./features/evaluations/EvaluationsPage'),
  'EvaluationsPage',
)
const CriteriaSetsPage = lazyPage(
  () => import('./features/criteria/CriteriaSetsPage'),
  'CriteriaSetsPage',
)
const CriteriaSetPage = lazyPage(
  () => import('./features/criteria/CriteriaSetPage'),
  'CriteriaSetPage',
)
const AssignmentsPage = lazyPage(
  () => import('./features/assignments/AssignmentsPage'),
  'AssignmentsPage',
)
const EventsPage = lazyPage(() => import('./features/events/EventsPage'), 'EventsPage')
const ActivitiesPage = lazyPage(
  () => import('./features/activities/ActivitiesPage'),
  'ActivitiesPage',
)
const ModelsPage = lazyPage(() => import('./features/models/ModelsPage'), 'ModelsPage')
const CrimeStatisticsPage = lazyPage(
  () => import('./features/crime-statistics/CrimeStatisticsPage'),
  'CrimeStatisticsPage',
)
const UnitStandardsPage = lazyPage(
  () => import('./features/unit-standards/UnitStandardsPage'),
  'UnitStandardsPage',
)
const AuditPage = lazyPage(() => import('./features/audit/AuditPage'), 'AuditPage')
const InspectionPage = lazyPage(
  () => import('./features/inspections/InspectionPage'),
  'InspectionPage',
)
const awardPage = <K extends string>(name: K) =>
  lazyPage(() => import('./features/awards/award-pages') as Promise<Record<K, ComponentType>>, name)
const NominationsPage = awardPage('NominationsPage')
const NewNominationPage = awardPage('NewNominationPage')
const NominationPage = awardPage('NominationPage')
const QuotasPage = awardPage('QuotasPage')
const CouncilsPage = awardPage('CouncilsPage')
const CouncilPage = awardPage('CouncilPage')
const MeetingPage = awardPage('MeetingPage')
const DecisionsPage = awardPage('DecisionsPage')
const DecisionPage = awardPage('DecisionPage')
const RecognitionsPage = awardPage('RecognitionsPage')
const CertificateLayoutPage = awardPage('CertificateLayoutPage')
const AWARD_ROUTES: [string, ComponentType][] = [
  ['khen-thuong', NominationsPage],
  ['khen-thuong/de-nghi/moi', NewNominationPage],
  ['khen-thuong/de-nghi/:id', NominationPage],
  ['khen-thuong/chi-tieu', QuotasPage],
  ['khen-thuong/hoi-dong', CouncilsPage],
  ['khen-thuong/hoi-dong/:id', CouncilPage],
  ['khen-thuong/phien-hop/:id', MeetingPage],
  ['khen-thuong/quyet-dinh', DecisionsPage],
  ['khen-thuong/quyet-dinh/:id', DecisionPage],
  ['khen-thuong/cong-nhan', RecognitionsPage],
  ['khen-thuong/mau-in', CertificateLayoutPage],
]

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
        element: (
          <Standalone>
            <AppLayout />
          </Standalone>
        ),
        children: [
          { index: true, element: <Navigate to="/viec-can-lam" replace /> },
          { path: 'viec-can-lam', element: <TodoPage /> },
          { path: 'thong-bao', element: <NotificationsPage /> },
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
            path: 'nhiem-vu',
            element: (
              <RequirePermission permission="campaign:report">
                <AssignmentsPage />
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
            path: 'ke-hoach/:id/dang-ky',
            element: (
              <RequirePermission permission="campaign:read">
                <RegistrationsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'ke-hoach/:id/bao-cao-cap-tren/:obligationId/:periodKey/:unitId',
            element: (
              <RequirePermission permission="campaign:read">
                <UpwardReportPage />
              </RequirePermission>
            ),
          },
          {
            path: 'ke-hoach/:id/bao-cao',
            element: (
              <RequirePermission permission="campaign:read">
                <ReportsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'kiem-tra/:id',
            element: (
              <RequirePermission permission="campaign:read">
                <InspectionPage />
              </RequirePermission>
            ),
          },
          {
            path: 'ngay-hoi',
            element: (
              <RequirePermission permission="campaign:read">
                <EventsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'don-vi/:id/tieu-chuan',
            element: (
              <RequirePermission permission="campaign:read">
                <UnitStandardsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'don-vi/:id/hoat-dong',
            element: (
              <RequirePermission permission="campaign:read">
                <ActivitiesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'don-vi/:id/mo-hinh',
            element: (
              <RequirePermission permission="campaign:read">
                <ModelsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'don-vi/:id/so-lieu-toi-pham',
            element: (
              <RequirePermission permission="campaign:read">
                <CrimeStatisticsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'don-vi/:id/danh-gia',
            element: (
              <RequirePermission permission="campaign:read">
                <EvaluationsPage />
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
          ...AWARD_ROUTES.map(([path, Page]) => ({
            path,
            element: (
              <RequirePermission permission="nominations:read">
                <Page />
              </RequirePermission>
            ),
          })),
          { path: 'doi-mat-khau', element: <ChangePasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
])
