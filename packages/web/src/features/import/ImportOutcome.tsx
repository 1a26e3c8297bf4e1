import { Alert, Flex, Progress, Statistic, Typography } from 'antd'
import type { ImportResultEvent } from '../../api/types'
import { messages } from '../../messages/vi'
import { ImportErrorTable } from './ImportErrorTable'
import type { ImportState } from './use-unit-import'

const m = messages.import

function failureTitle(result: ImportResultEvent): string {
  if (result.error?.message) return result.error.message
  return result.errors.length > 0 ? m.failed(result.errors.length) : m.failedNoDetail
}

/** Live progress while the stream runs, then the counts or the table of errors. */
export function ImportOutcome({ state }: { state: ImportState }) {
  if (state.status === 'idle') return null

  if (state.status === 'running') {
    const progress = state.progress
    const percent =
      progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0
    return (
      <section aria-label={m.progressLabel} aria-live="polite">
        <Typography.Text>
          {progress
            ? `${m.phase[progress.phase]} — ${m.progress(progress.done, progress.total)}`
            : messages.app.loading}
        </Typography.Text>
        <Progress percent={percent} status="active" aria-label={m.progressLabel} />
      </section>
    )
  }

  if (state.status === 'failed')
    return (
      <Flex vertical gap={12}>
        <Alert type="error" showIcon role="alert" title={state.message} />
        {state.errors.length > 0 && <ImportErrorTable errors={state.errors} />}
      </Flex>
    )

  const { result } = state
  if (!result.ok)
    return (
      <Flex vertical gap={12}>
        <Alert type="error" showIcon role="alert" title={failureTitle(result)} />
        {result.errors.length > 0 && <ImportErrorTable errors={result.errors} />}
      </Flex>
    )

  return (
    <Flex vertical gap={12}>
      <Progress percent={100} />
      <Alert type="success" showIcon role="status" title={result.dryRun ? m.dryRunOk : m.runOk} />
      <Flex gap={32} wrap>
        <Statistic title={m.created} value={result.created ?? 0} groupSeparator="." />
        <Statistic title={m.updated} value={result.updated ?? 0} groupSeparator="." />
        <Statistic title={m.unchanged} value={result.unchanged ?? 0} groupSeparator="." />
      </Flex>
    </Flex>
  )
}
