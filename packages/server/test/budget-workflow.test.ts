// Budget estimates of plan 002 (V; VI.1, VI.4, VI.17): Công an huyện and each commune estimate,
// Phòng Tài chính - Kế hoạch (or the plan owner) approves or returns with a reason; every move is
// audited with before/after/reason; wrong scope, wrong body, bad amounts and years are refused
// with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorOf, type ErrorBody } from './helpers'
import {
  actOn,
  countBudgetRows,
  putEstimate,
  rowVersionOf,
  setUpBudget,
  type BudgetWorld,
  type EstimateBody,
} from './budget-fixture'

let w: BudgetWorld
beforeAll(async () => {
  w = await setUpBudget()
}, 120_000)
afterAll(() => w.world.context.close())

const yearly = (amount: number, extra: Partial<EstimateBody> = {}): EstimateBody => ({
  ...{ lineId: 'du-toan-hang-nam', year: 2025, funding: 'state_budget', amount },
  ...extra,
})
let policeId = 0
let communeId = 0

describe('the plan budget lines', () => {
  it('name their estimators and approver as the plan writes them', async () => {
    const response = await w.owner.request({ method: 'GET', url: `/api/plans/${w.planId}/budget` })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<{
      lines: { id: string; estimators: string[]; approver: string; canApprove: boolean }[]
    }>()
    expect(body.lines.map((line) => line.id)).toEqual([
      'nguon-kinh-phi',
      'du-toan-hang-nam',
      'du-toan-bo-sung-2020',
    ])
    expect(body.lines[1]).toMatchObject({
      estimators: ['Công an huyện', 'Các xã, phường, thị trấn'],
      approver: 'Phòng Tài chính - Kế hoạch',
      canApprove: true,
    })
  })
})

describe('estimates', () => {
  it('are written by the named body and by each commune', async () => {
    const police = await putEstimate(w.police, w.planId, w.id('B219.CA'), yearly(50_000_000))
    expect(police.statusCode, police.body).toBe(200)
    policeId = police.json<{ id: number }>().id
    const commune = await putEstimate(w.commune1, w.planId, w.id('BX1'), yearly(20_000_000))
    expect(commune.statusCode, commune.body).toBe(200)
    communeId = commune.json<{ id: number }>().id
    const row = await w.deps.db
      .selectFrom('budget_estimates')
      .selectAll()
      .where('id', '=', communeId)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      status: 'draft',
      amount: 20_000_000,
      unit_id: w.id('BX1'),
      year: 2025,
    })
  })

  it('refuse a body the line does not name, another unit, bad amounts and years, writing nothing', async () => {
    const before = await countBudgetRows(w)
    const cases = [
      [putEstimate(w.interior, w.planId, w.id('B219.NV'), yearly(1_000_000)), 403, 'FORBIDDEN'],
      [putEstimate(w.commune1, w.planId, w.id('BX2'), yearly(1_000_000)), 403, 'OUT_OF_SCOPE'],
      [putEstimate(w.commune1, w.planId, w.id('BX1'), yearly(-5)), 400, 'VALIDATION'],
      [putEstimate(w.commune1, w.planId, w.id('BX1'), yearly(100_000_000_001)), 400, 'VALIDATION'],
      [putEstimate(w.commune1, w.planId, w.id('BX1'), yearly(1000.5)), 400, 'VALIDATION'],
      [
        putEstimate(w.commune1, w.planId, w.id('BX1'), yearly(1000, { year: 2026 })),
        400,
        'OUTSIDE_PLAN_PERIOD',
      ],
      [
        putEstimate(
          w.commune1,
          w.planId,
          w.id('BX1'),
          yearly(1000, { lineId: 'du-toan-bo-sung-2020' }),
        ),
        400,
        'OUTSIDE_PLAN_PERIOD',
      ],
      [
        putEstimate(w.commune1, w.planId, w.id('BX1'), yearly(1000, { funding: 'socialised' })),
        400,
        'VALIDATION',
      ],
    ] as const
    for (const [request, status, code] of cases)
      expect(errorOf(await request)).toEqual({ status, code })
    expect(await countBudgetRows(w)).toEqual(before)
    const huge = await putEstimate(w.commune1, w.planId, w.id('BX1'), yearly(100_000_000_001))
    expect(huge.json<ErrorBody>().error.message).toBe(
      'Số tiền vượt quá 100 tỷ đồng, vui lòng kiểm tra lại',
    )
    const wrongBody = await putEstimate(w.interior, w.planId, w.id('B219.NV'), yearly(1))
    expect(wrongBody.json<ErrorBody>().error.message).toBe(
      'Đơn vị không lập dự toán cho dòng kinh phí này',
    )
  })
})

describe('the approval workflow', () => {
  it('lets only the estimating unit submit and only the approver decide', async () => {
    expect(
      errorOf(await actOn(w.commune2, w.planId, communeId, { action: 'submit', rowVersion: 1 })),
    ).toEqual({
      status: 403,
      code: 'OUT_OF_SCOPE',
    })
    const submitted = await actOn(w.commune1, w.planId, communeId, {
      action: 'submit',
      rowVersion: 1,
    })
    expect(submitted.statusCode, submitted.body).toBe(200)
    const version = await rowVersionOf(w, communeId)
    const before = await countBudgetRows(w)
    for (const client of [w.commune1, w.interior])
      expect(
        errorOf(
          await actOn(client, w.planId, communeId, { action: 'approve', rowVersion: version }),
        ),
      ).toEqual({
        status: 403,
        code: 'FORBIDDEN',
      })
    expect(
      errorOf(
        await actOn(w.finance, w.planId, communeId, { action: 'return', rowVersion: version }),
      ),
    ).toEqual({
      status: 400,
      code: 'VALIDATION',
    })
    expect(
      errorOf(await actOn(w.finance, w.planId, communeId, { action: 'approve', rowVersion: 99 })),
    ).toEqual({
      status: 409,
      code: 'CONFLICT',
    })
    expect(await countBudgetRows(w)).toEqual(before)
  })

  it('returns with a reason, audited before and after', async () => {
    const reason = 'Chưa tách chi phí tập huấn'
    const version = await rowVersionOf(w, communeId)
    const returned = await actOn(w.finance, w.planId, communeId, {
      action: 'return',
      reason,
      rowVersion: version,
    })
    expect(returned.statusCode, returned.body).toBe(200)
    const audit = await w.deps.db
      .selectFrom('audit_log')
      .select(['actor_name', 'action', 'before', 'after', 'reason'])
      .where('entity', '=', 'budget_estimate')
      .where('entity_id', '=', String(communeId))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit).toMatchObject({
      actor_name: 'kp.taichinh',
      action: 'budget.estimate.return',
      reason,
    })
    expect(audit.before).toMatchObject({ status: 'submitted', amount: 20_000_000 })
    expect(audit.after).toMatchObject({ status: 'returned', amount: 20_000_000 })
  })

  it('is fixed, resubmitted and approved; an approved estimate is no longer edited', async () => {
    const fixed = await putEstimate(w.commune1, w.planId, w.id('BX1'), yearly(18_000_000))
    expect(fixed.json<{ id: number }>().id).toBe(communeId)
    await actOn(w.commune1, w.planId, communeId, {
      action: 'submit',
      rowVersion: await rowVersionOf(w, communeId),
    })
    const approved = await actOn(w.finance, w.planId, communeId, {
      action: 'approve',
      rowVersion: await rowVersionOf(w, communeId),
    })
    expect(approved.statusCode, approved.body).toBe(200)
    const row = await w.deps.db
      .selectFrom('budget_estimates')
      .select(['status', 'amount', 'approving_unit_id', 'decided_by'])
      .where('id', '=', communeId)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({
      status: 'approved',
      amount: 18_000_000,
      approving_unit_id: w.id('B219.TC'),
      decided_by: 'kp.taichinh',
    })
    const history = await w.deps.db
      .selectFrom('budget_estimate_history')
      .select(['action', 'from_status', 'to_status', 'amount'])
      .where('estimate_id', '=', communeId)
      .orderBy('id')
      .execute()
    expect(history.map((item) => `${item.action}:${item.to_status}:${item.amount}`)).toEqual([
      'create:draft:20000000',
      'submit:submitted:20000000',
      'return:returned:20000000',
      'edit:returned:18000000',
      'submit:submitted:18000000',
      'approve:approved:18000000',
    ])
    expect(errorOf(await putEstimate(w.commune1, w.planId, w.id('BX1'), yearly(1)))).toEqual({
      status: 409,
      code: 'INVALID_TRANSITION',
    })
  })

  it('lets the plan owner approve too, and keeps history append-only', async () => {
    await actOn(w.police, w.planId, policeId, { action: 'submit', rowVersion: 1 })
    const approved = await actOn(w.owner, w.planId, policeId, { action: 'approve', rowVersion: 2 })
    expect(approved.statusCode, approved.body).toBe(200)
    const row = await w.deps.db
      .selectFrom('budget_estimates')
      .select(['status', 'approving_unit_id'])
      .where('id', '=', policeId)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'approved', approving_unit_id: w.id('B219') })
    await expect(
      w.deps.db
        .updateTable('budget_estimate_history')
        .set({ amount: 1 })
        .where('estimate_id', '=', policeId)
        .execute(),
    ).rejects.toThrow(/append-only/)
  })
})
