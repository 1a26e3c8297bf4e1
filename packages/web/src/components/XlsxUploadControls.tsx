import { useState } from 'react'
import { Button, Flex } from 'antd'

type Props = {
  labels: { choose: string; dryRun: string; import: string }
  accept: string
  pending: boolean
  /** The last dry run passed, so the real import may go. */
  dryRunPassed: boolean
  /** A new file was picked: the previous run's result no longer applies. */
  onPick: () => void
  onRun: (file: File, dryRun: boolean) => void
}

/** Pick a filled workbook, check it with a dry run, then import it: the two-step upload. */
export function XlsxUploadControls({
  labels,
  accept,
  pending,
  dryRunPassed,
  onPick,
  onRun,
}: Props) {
  const [file, setFile] = useState<File | null>(null)
  const run = (dryRun: boolean) => {
    if (file) onRun(file, dryRun)
  }
  return (
    <>
      <label>
        {labels.choose}{' '}
        <input
          type="file"
          accept={accept}
          onChange={(event) => {
            onPick()
            setFile(event.target.files?.[0] ?? null)
          }}
        />
      </label>
      <Flex gap={8}>
        <Button disabled={!file} loading={pending} onClick={() => run(true)}>
          {labels.dryRun}
        </Button>
        <Button
          type="primary"
          disabled={!file || !dryRunPassed}
          loading={pending}
          onClick={() => run(false)}
        >
          {labels.import}
        </Button>
      </Flex>
    </>
  )
}
