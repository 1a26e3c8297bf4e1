// Routes of the assignments feature (issue 11 item 2): a body's own list, one share, progress
// with evidence, submission and review, chasing, the plan owner's list and scorecard, and
// "Giao nhiệm vụ" for a year. The service decides the side (owner body or plan owner).
import { AppError, DOSSIER_MAX_BYTES, MAX_ASSIGNMENT_NOTE } from '@antq/core'
import type { FastifyRequest } from 'fastify'
import { defineRoute } from '../../http/route'
import { readUpload as readFileUpload } from '../../http/upload'
import {
  AssignmentActionInput,
  AssignmentParams,
  FileParams,
  GenerateInput,
  PlanListQuery,
  PlanParams,
  ScorecardQuery,
  UnitListQuery,
} from './assignments.schemas'
import {
  getAssignment,
  listPlanAssignments,
  listUnitAssignments,
  readEvidence,
  scorePlanAssignments,
} from './assignments.service'
import { addEvidence, applyAssignmentAction } from './assignments-write.service'
import { generateAssignments } from './assignments-generate.service'

// Every share's owner body or plan is checked against the actor's scope by the service.
const read = { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' } as const

/** One file and an optional `note` field sent before it (a browser's FormData order). */
async function readEvidenceUpload(request: FastifyRequest) {
  const { fileName, buffer, fields } = await readFileUpload(request, DOSSIER_MAX_BYTES)
  const note = fields.note ?? ''
  if (note.length > MAX_ASSIGNMENT_NOTE)
    throw new AppError('VALIDATION', `Nội dung tối đa ${MAX_ASSIGNMENT_NOTE} ký tự`, [
      { path: 'note', message: `Nội dung tối đa ${MAX_ASSIGNMENT_NOTE} ký tự` },
    ])
  return { note, upload: { filename: fileName, bytes: new Uint8Array(buffer) } }
}

export const assignmentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/assignments',
    access: {
      kind: 'permission',
      permission: 'campaign:report',
      scope: { unitIn: 'query', field: 'unitId' },
    },
    schemas: { query: UnitListQuery },
    handler: ({ deps, actor, query }) => listUnitAssignments(deps, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/assignments/:id',
    access: read,
    schemas: { params: AssignmentParams },
    handler: ({ deps, actor, params }) => getAssignment(deps, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/assignments/:id/actions',
    access: read,
    schemas: { params: AssignmentParams, body: AssignmentActionInput },
    handler: async ({ deps, actor, params, body }) => {
      await applyAssignmentAction(deps, actor, params.id, body)
      return getAssignment(deps, actor, params.id)
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/assignments/:id/files',
    access: { kind: 'permission', permission: 'campaign:report', scope: 'actor-subtree' },
    schemas: { params: AssignmentParams },
    rawBody: true,
    handler: async ({ deps, actor, params, request }) =>
      addEvidence(deps, actor, params.id, await readEvidenceUpload(request)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/assignments/:id/files/:fileId',
    access: read,
    schemas: { params: FileParams },
    handler: async ({ deps, actor, params, reply }) => {
      const file = await readEvidence(deps, actor, params.id, params.fileId)
      const ascii = file.filename
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/"/g, '')
      return reply
        .header('content-type', file.mime)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .send(Buffer.from(file.bytes))
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/assignments',
    access: { kind: 'permission', permission: 'plans:read', scope: 'actor-subtree' },
    schemas: { params: PlanParams, query: PlanListQuery },
    handler: ({ deps, actor, params, query }) =>
      listPlanAssignments(deps, actor, params.planId, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/assignments/scorecard',
    access: { kind: 'permission', permission: 'plans:read', scope: 'actor-subtree' },
    schemas: { params: PlanParams, query: ScorecardQuery },
    handler: ({ deps, actor, params, query }) =>
      scorePlanAssignments(deps, actor, params.planId, query.year),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/assignments/generate',
    access: { kind: 'permission', permission: 'campaign:review', scope: 'actor-subtree' },
    schemas: { params: PlanParams, body: GenerateInput },
    handler: ({ deps, actor, params, body }) =>
      generateAssignments(deps, actor, params.planId, body.year),
  }),
]
