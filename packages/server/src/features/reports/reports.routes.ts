import type { RouteSpec } from '../../http/route'

// Routes of the reports feature (issue "Running the campaign"); filled as use cases land.
export const reportRoutes: readonly RouteSpec[] = []
