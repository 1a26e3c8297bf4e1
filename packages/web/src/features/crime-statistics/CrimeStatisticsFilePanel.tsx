import { Alert, Button, Card, Flex, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { XlsxUploadControls } from '../../components/XlsxUploadControls'
import { ImportErrorTable } from '../import/ImportErrorTable'
import { crimeStatisticsMessages } from '../../messages/vi-crime-statistics'
import { templateUrl, useImportStatistics } from './crime-statistics-api'

const m = crimeStatisticsMessages.file

/** The year's XLSX template and its upload (dry run first; nothing written on any error). */
export function CrimeStatisticsFilePanel(props: {
  unitId: number
  year: number
  canEnter: boolean
}) {
  const upload = useImportStatistics(props.unitId, props.year)
  const result = upload.data
  const summary = result ? m.result(result.changed, result.unchanged) : ''
  return (
    <Card size="small" title={m.title}>
      <Flex vertical gap={12} align="start">
        <Typography.Text type="secondary">{m.hint}</Typography.Text>
        <Button href={templateUrl(props.unitId, props.year)} download icon={<DownloadOutlined />}>
          {m.export}
        </Button>
        {props.canEnter && (
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
