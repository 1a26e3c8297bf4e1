import type { RouteSpec } from '../../http/route'

// Routes of the targets feature (issue "Running the campaign"); filled as use cases land.
export const targetRoutes: readonly RouteSpec[] = []
