// Runs one import (dry run or real) and exposes its live progress and its outcome.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { UnitVersion } from '@antq/core'
import { isApiError } from '../../api/client'
import type { ImportProblem, ImportProgressEvent, ImportResultEvent } from '../../api/types'
import { messages } from '../../messages/vi'
import { unitKeys } from '../units/units-api'
import { readNdjson, startImport } from './import-stream'

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; dryRun: boolean; progress: ImportProgressEvent | null }
  | { status: 'done'; result: ImportResultEvent }
  | { status: 'failed'; message: string; errors: ImportProblem[] }

function problemsOf(error: unknown): ImportProblem[] {
  if (!isApiError(error)) return []
  return error.details
    .filter((detail) => detail.row !== undefined || detail.column !== undefined)
    .map((detail) => ({
      row: detail.row,
      column: detail.column ?? detail.path,
      message: detail.message,
    }))
}

export function useUnitImport() {
  const queryClient = useQueryClient()
  const [state, setState] = useState<ImportState>({ status: 'idle' })
  const abortRef = useRef<AbortController | null>(null)

  useEffect(() => () => abortRef.current?.abort(), [])

  const run = useCallback(
    async (file: File, version: UnitVersion, dryRun: boolean) => {
      abortRef.current?.abort()
      const controller = new AbortController()
      abortRef.current = controller
      setState({ status: 'running', dryRun, progress: null })
      const outcome: { result: ImportResultEvent | null; failure: string | null } = {
        result: null,
        failure: null,
      }
      try {
        const response = await startImport(file, version, dryRun, controller.signal)
        await readNdjson(response, (event) => {
          if (event.type === 'progress') setState({ status: 'running', dryRun, progress: event })
          else if (event.type === 'result') outcome.result = event
          else
            outcome.failure = event.error?.message ?? event.message ?? messages.import.streamEnded
        })
        const { result, failure } = outcome
        if (result) {
          setState({ status: 'done', result })
          if (!dryRun) await queryClient.invalidateQueries({ queryKey: unitKeys.all })
        } else
          setState({
            status: 'failed',
            message: failure ?? messages.import.streamEnded,
            errors: [],
          })
      } catch (error) {
        if (controller.signal.aborted) return setState({ status: 'idle' })
        const message = error instanceof Error ? error.message : messages.import.streamEnded
        setState({ status: 'failed', message, errors: problemsOf(error) })
      }
    },
    [queryClient],
  )

  const stop = useCallback(() => abortRef.current?.abort(), [])
  const reset = useCallback(() => setState({ status: 'idle' }), [])
  return { state, run, stop, reset }
}
