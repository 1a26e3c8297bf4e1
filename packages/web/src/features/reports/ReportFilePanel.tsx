import { Alert, Button, Card, Flex, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { XlsxUploadControls } from '../../components/XlsxUploadControls'
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
  const upload = useImportReports(planId, periodId)
  const result = upload.data
  const summary = result ? m.result(result.changed, result.unchanged) : ''
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
          <XlsxUploadControls
            labels={m}
            accept=".xlsx"
            pending={upload.isPending}
            dryRunPassed={result?.dryRun === true && result.ok}
            onPick={() => upload.reset()}
            onRun={(file, dryRun) => upload.mutate({ file, dryRun })}
          />
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
