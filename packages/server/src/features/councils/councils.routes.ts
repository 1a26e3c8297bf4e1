import { defineRoute, type RouteSpec } from '../../http/route'
import {
  AgendaInput,
  AgendaQuery,
  AttendanceInput,
  CloseInput,
  CouncilInput,
  CouncilParams,
  MeetingInput,
  MeetingParams,
  MembersInput,
  VoteInput,
} from './councils.schemas'
import {
  createCouncil,
  getCouncil,
  listCouncilsInScope,
  replaceCouncilMembers,
} from './councils.service'
import { closeMeeting, recordVote } from './meetings-vote.service'
import { getMeeting, listAgendaCandidates, listCouncilMeetings } from './meetings-read.service'
import { createMeeting, setAgenda, setAttendance } from './meetings.service'

// Councils and meetings name their unit through their own row: the services check the
// council's issuing unit against the actor's subtree.
const manage = { kind: 'permission', permission: 'council:manage', scope: 'actor-subtree' } as const
const read = { kind: 'permission', permission: 'nominations:read', scope: 'actor-subtree' } as const

export const councilRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/councils',
    access: read,
    handler: ({ deps, actor }) => listCouncilsInScope(deps, actor),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/councils',
    access: manage,
    schemas: { body: CouncilInput },
    handler: ({ deps, actor, body }) => createCouncil(deps, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/councils/:councilId',
    access: read,
    schemas: { params: CouncilParams },
    handler: ({ deps, actor, params }) => getCouncil(deps, actor, params.councilId),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/councils/:councilId/members',
    access: manage,
    schemas: { params: CouncilParams, body: MembersInput },
    handler: ({ deps, actor, params, body }) =>
      replaceCouncilMembers(deps, actor, params.councilId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/councils/:councilId/meetings',
    access: read,
    schemas: { params: CouncilParams },
    handler: ({ deps, actor, params }) => listCouncilMeetings(deps, actor, params.councilId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/councils/:councilId/meetings',
    access: manage,
    schemas: { params: CouncilParams, body: MeetingInput },
    handler: ({ deps, actor, params, body }) => createMeeting(deps, actor, params.councilId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/meetings/:meetingId',
    access: read,
    schemas: { params: MeetingParams },
    handler: ({ deps, actor, params }) => getMeeting(deps, actor, params.meetingId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/meetings/:meetingId/candidates',
    access: manage,
    schemas: { params: MeetingParams, query: AgendaQuery },
    handler: ({ deps, actor, params, query }) =>
      listAgendaCandidates(deps, actor, params.meetingId, query.planKey),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/meetings/:meetingId/agenda',
    access: manage,
    schemas: { params: MeetingParams, body: AgendaInput },
    handler: ({ deps, actor, params, body }) => setAgenda(deps, actor, params.meetingId, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/meetings/:meetingId/attendance',
    access: manage,
    schemas: { params: MeetingParams, body: AttendanceInput },
    handler: ({ deps, actor, params, body }) => setAttendance(deps, actor, params.meetingId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/meetings/:meetingId/votes',
    access: manage,
    schemas: { params: MeetingParams, body: VoteInput },
    handler: ({ deps, actor, params, body }) => recordVote(deps, actor, params.meetingId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/meetings/:meetingId/close',
    access: manage,
    schemas: { params: MeetingParams, body: CloseInput },
    handler: ({ deps, actor, params, body }) => closeMeeting(deps, actor, params.meetingId, body),
  }),
]
