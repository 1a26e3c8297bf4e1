// Every route is declared with the permission it needs and the unit it touches. The
// wrapper enforces both before the handler runs; a test walks the table so no route
// can be added without them.
import { AppError, can, type Actor, type Permission } from '@antq/core'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z, ZodType } from 'zod'
import { cachedJson } from '../db/read-cache'
import type { Deps } from '../deps'
import { findUnitCached } from '../features/units/unit-cache'
import { runForRequest } from '../request-context'
import { assertPlainInput, DB_INT_MAX } from './bounds'
import { withUploadSlot } from './upload'

/**
 * Where the unit a route touches comes from:
 * - `{ unitIn: 'params', field: 'id' }`: checked here against the actor's subtree;
 * - `'actor-subtree'`: the service filters or checks every unit against the actor's subtree;
 * - `'none'`: the route touches no unit data (own session, health).
 */
export type ScopeRule = 'none' | 'actor-subtree' | { unitIn: 'params' | 'query'; field: string }

export type Access =
  | { kind: 'public' }
  | { kind: 'signed-in'; scope: 'none' }
  | { kind: 'permission'; permission: Permission; scope: ScopeRule }

type Schemas = { params?: ZodType; query?: ZodType; body?: ZodType }
type Infer<S, K extends keyof Schemas> =
  S extends Record<K, infer T extends ZodType> ? z.infer<T> : undefined

export type RouteContext<S extends Schemas> = {
  deps: Deps
  actor: Actor
  params: Infer<S, 'params'>
  query: Infer<S, 'query'>
  body: Infer<S, 'body'>
  request: FastifyRequest
  reply: FastifyReply
}

export type RouteSpec<S extends Schemas = Schemas> = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  url: string
  access: Access
  schemas?: S
  /** Raw body (multipart upload): the handler reads the request itself. */
  rawBody?: boolean
  handler: (context: RouteContext<S>) => Promise<unknown>
}

export function defineRoute<S extends Schemas>(spec: RouteSpec<S>): RouteSpec {
  return spec
}

/** An actor that stands for nobody, for public routes. */
const ANONYMOUS: Actor = { accountId: 0, username: '', roles: [], scopePath: '' }

async function authorise(deps: Deps, spec: RouteSpec, request: FastifyRequest): Promise<Actor> {
  if (spec.access.kind === 'public') return request.actor ?? ANONYMOUS
  const actor = request.actor
  if (!actor) throw new AppError('UNAUTHENTICATED')
  if (spec.access.kind === 'signed-in') return actor
  if (!can(actor, spec.access.permission)) throw new AppError('FORBIDDEN')
  const scope = spec.access.scope
  if (typeof scope === 'object') {
    const source = (scope.unitIn === 'params' ? request.params : request.query) as Record<
      string,
      unknown
    >
    const unitId = Number(source[scope.field])
    // Out of the database's range it names no unit: the schema refuses it with a coded error.
    if (Number.isInteger(unitId) && unitId > 0 && unitId <= DB_INT_MAX) {
      // Kept until the next write: a unit's path changes only when a unit is moved.
      const path = (await findUnitCached(deps, unitId))?.path
      if (path === undefined) throw new AppError('NOT_FOUND')
      if (!can(actor, spec.access.permission, path)) throw new AppError('OUT_OF_SCOPE')
    }
  }
  return actor
}

export function registerRoutes(app: FastifyInstance, deps: Deps, specs: readonly RouteSpec[]) {
  for (const spec of specs) {
    app.route({
      method: spec.method,
      url: spec.url,
      // Whatever the handler writes to the audit log is stamped with this request's id.
      handler: (request, reply) =>
        runForRequest(request.id, () => serve(deps, spec, request, reply)),
    })
  }
}

async function serve(deps: Deps, spec: RouteSpec, request: FastifyRequest, reply: FastifyReply) {
  const actor = await authorise(deps, spec, request)
  assertPlainInput([request.params, request.query, spec.rawBody ? null : request.body])
  const context = {
    deps,
    actor,
    params: spec.schemas?.params ? spec.schemas.params.parse(request.params) : undefined,
    query: spec.schemas?.query ? spec.schemas.query.parse(request.query) : undefined,
    body: spec.schemas?.body && !spec.rawBody ? spec.schemas.body.parse(request.body) : undefined,
    request,
    reply,
  }
  // An upload holds one of the sender's few upload slots until it is read and handled.
  const run = () => spec.handler(context as RouteContext<Schemas>)
  const result = await (spec.rawBody ? withUploadSlot(actor.accountId, run) : run())
  if (reply.sent) return reply
  if (result === undefined) return reply.status(204).send()
  // A response kept in the read cache: its JSON text is kept too.
  const json = cachedJson(result)
  if (json !== undefined) return reply.type('application/json; charset=utf-8').send(json)
  return result
}
