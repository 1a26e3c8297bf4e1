// The notifications page, loaded on first visit (the router imports this, not the page).
import { lazyPage } from '../../components/lazy-page'

export const NotificationsPage = lazyPage(() => import('./NotificationsPage'), 'NotificationsPage')
