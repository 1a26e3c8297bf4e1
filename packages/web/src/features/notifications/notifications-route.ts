// The notifications page, loaded on first visit (the router imports this, not the page).
import { lazyPage } from '../../lib/lazy-page'

export const NotificationsPage = lazyPage(() => import('./NotificationsPage'), 'NotificationsPage')
