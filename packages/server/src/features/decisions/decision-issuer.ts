// The issuing body of an award decision comes from the award form's decider (core
// award-decider.ts): the issuing unit's level, the number's symbol and the signer's office must
// be the decider's, or the decision is refused (DECIDER_MISMATCH) before a number is taken.
import { AppError, findDeciderProblems, readAwardDecider, type AwardForm } from '@antq/core'

/** The chữ viết tắt for the number: the decider's, or the caller's when the decider names none. */
export function resolveIssuerCode(
  form: Pick<AwardForm, 'name' | 'decider'>,
  issuer: { kind: string; name: string },
  input: { issuerCode?: string | undefined; signerTitle: string },
): string {
  const decider = readAwardDecider(form.decider)
  const problems = findDeciderProblems(form.name, decider, {
    unitKind: issuer.kind,
    unitName: issuer.name,
    issuerCode: input.issuerCode ?? null,
    signerTitle: input.signerTitle,
  })
  if (problems.length > 0)
    throw new AppError(
      'DECIDER_MISMATCH',
      problems[0],
      problems.map((message) => ({ path: 'issuerUnitId', message })),
    )
  const code = decider.code ?? input.issuerCode
  if (!code)
    throw new AppError('VALIDATION', 'Cần chữ viết tắt cơ quan ban hành, ví dụ UBND', [
      { path: 'issuerCode', message: 'Cần chữ viết tắt cơ quan ban hành' },
    ])
  return code
}
