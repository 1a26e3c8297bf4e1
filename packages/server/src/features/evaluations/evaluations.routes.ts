import type { RouteSpec } from '../../http/route'

// Routes of the evaluations feature (issue "Running the campaign"); filled as use cases land.
export const evaluationRoutes: readonly RouteSpec[] = []
