import { useState } from 'react'
import { Alert, Button, Card, Flex, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { allows } from '../../lib/permissions'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { ImportErrorTable } from '../import/ImportErrorTable'
import { exportUrl, useImportReports } from './reports-api'

const m = messages.reports.file

type Props = {
  planId: number
  periodId: string
  unitId: number | undefined
  deadline: string | null
}

/** A period's forms of every sub-unit as one workbook, and its upload (dry run first). */
export function ReportFilePanel({ planId, periodId, unitId, deadline }: Props) {
  const account = useAccount()
  const [file, setFile] = useState<File | null>(null)
  const upload = useImportReports(planId, periodId)
  const result = upload.data
  const summary = result ? m.result(result.changed, result.unchanged) : ''
  const run = (dryRun: boolean) => {
    if (file) upload.mutate({ file, dryRun })
  }
  return (
    <Card
      size="small"
      title={m.title}
      extra={deadline ? messages.reports.deadline(deadline) : null}
    >
      <Flex vertical gap={12} align="start">
        <Typography.Text type="secondary">{m.hint}</Typography.Text>
        <Button href={exportUrl(planId, periodId, unitId)} download icon={<DownloadOutlined />}>
          {m.export}
        </Button>
        {allows(account, 'campaign:report') && (
          <>
            <label>
              {m.choose}{' '}
              <input
                type="file"
                accept=".xlsx"
                onChange={(event) => {
                  upload.reset()
                  setFile(event.target.files?.[0] ?? null)
                }}
              />
            </label>
            <Flex gap={8}>
              <Button disabled={!file} loading={upload.isPending} onClick={() => run(true)}>
                {m.dryRun}
              </Button>
              <Button
                type="primary"
                disabled={!file || !result?.dryRun || !result.ok}
                loading={upload.isPending}
                onClick={() => run(false)}
              >
                {m.import}
              </Button>
            </Flex>
          </>
        )}
        {result?.ok && (
          <Alert
            type="success"
            showIcon
            title={result.dryRun ? m.dryRunOk(summary) : m.imported(summary)}
          />
        )}
        {result && !result.ok && (
          <Alert type="error" showIcon title={m.errors(result.errors.length)} />
        )}
        {upload.error && <Alert type="error" showIcon title={upload.error.message} />}
      </Flex>
      {result && result.errors.length > 0 && <ImportErrorTable errors={result.errors} />}
    </Card>
  )
}
