import { useState } from 'react'
import { parsePlanYaml, type Plan } from '@antq/core'
import type { PlanProblem } from '../../api/types'

/** The server refuses plan files over 1 MB; a larger file is not even read. */
export const MAX_PLAN_FILE_BYTES = 1_000_000

export type PlanFileCheck =
  | { status: 'empty' }
  | { status: 'reading'; fileName: string }
  | { status: 'valid'; fileName: string; text: string; plan: Plan }
  | { status: 'invalid'; fileName: string; problems: PlanProblem[] }

/** Reads a chosen plan file in the browser and validates it with the same code as the server. */
export function usePlanFileCheck() {
  const [check, setCheck] = useState<PlanFileCheck>({ status: 'empty' })

  const read = async (file: File) => {
    setCheck({ status: 'reading', fileName: file.name })
    const text = await file.text()
    const result = parsePlanYaml(text)
    setCheck(
      'plan' in result
        ? { status: 'valid', fileName: file.name, text, plan: result.plan }
        : {
            status: 'invalid',
            fileName: file.name,
            problems: result.errors.map((error) => ({
              line: error.line,
              col: error.column,
              path: error.path,
              message: error.message,
            })),
          },
    )
  }

  return { check, read, clear: () => setCheck({ status: 'empty' }) }
}
