import { Alert, Button, Card, Flex, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { isApiError } from '../../api/client'
import { XlsxUploadControls } from '../../components/XlsxUploadControls'
import { messages } from '../../messages/vi'
import { ImportErrorTable } from '../import/ImportErrorTable'
import { templateUrl, useImportRegistrations } from './registrations-api'

const m = messages.registrations.file

type Props = { planId: number; year: number; canImport: boolean }

/** The plan's XLSX template, filled offline, uploaded with a dry run first; cell-level errors. */
export function RegistrationFilePanel({ planId, year, canImport }: Props) {
  const upload = useImportRegistrations(planId, year)
  const error = upload.error
  const cellErrors = isApiError(error) ? error.details : []
  const result = upload.data

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex vertical gap={8} align="start">
          <Typography.Text type="secondary">{m.templateHint}</Typography.Text>
          <Button href={templateUrl(planId, year)} download icon={<DownloadOutlined />}>
            {m.template}
          </Button>
        </Flex>
      </Card>
      {canImport && (
        <Card size="small">
          <Flex vertical gap={12} align="start">
            <XlsxUploadControls
              labels={m}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              pending={upload.isPending}
              dryRunPassed={result?.dryRun === true}
              onPick={() => upload.reset()}
              onRun={(file, dryRun) => upload.mutate({ file, dryRun })}
            />
            {result && (
              <Alert
                type="success"
                showIcon
                title={
                  result.dryRun
                    ? m.dryRunOk(result.rows, result.created, result.updated, result.unchanged)
                    : m.imported(result.created, result.updated, result.unchanged)
                }
              />
            )}
            {error && (
              <Alert
                type="error"
                showIcon
                title={cellErrors.length > 0 ? m.errors(cellErrors.length) : error.message}
                description={cellErrors.length > 0 ? error.message : undefined}
              />
            )}
          </Flex>
        </Card>
      )}
      {cellErrors.length > 0 && <ImportErrorTable errors={[...cellErrors]} />}
    </Flex>
  )
}
