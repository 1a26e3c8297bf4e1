import type { RouteSpec } from '../../http/route'

// Routes of the registrations feature (issue "Running the campaign"); filled as use cases land.
export const registrationRoutes: readonly RouteSpec[] = []
