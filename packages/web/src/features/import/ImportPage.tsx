import { useState } from 'react'
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Popconfirm,
  Typography,
  Upload,
  type UploadFile,
} from 'antd'
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import type { UnitVersion } from '@antq/core'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { VersionSelector } from '../units/VersionSelector'
import { MAX_IMPORT_BYTES } from './import-stream'
import { ImportOutcome } from './ImportOutcome'
import { useUnitImport } from './use-unit-import'

const m = messages.import

export function ImportPage() {
  useDocumentTitle(m.title)
  const [version, setVersion] = useState<UnitVersion>('2025')
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const { state, run, stop, reset } = useUnitImport()
  const running = state.status === 'running'
  const fileList: UploadFile[] = file
    ? [{ uid: 'import-file', name: file.name, size: file.size, status: 'done' }]
    : []

  const choose = (chosen: File) => {
    reset()
    if (!/\.(csv|xlsx)$/i.test(chosen.name)) setFileError(m.fileWrongType)
    else if (chosen.size > MAX_IMPORT_BYTES) setFileError(m.fileTooLarge)
    else {
      setFileError(null)
      setFile(chosen)
      return false
    }
    return Upload.LIST_IGNORE
  }
  const changeVersion = (next: UnitVersion) => {
    setVersion(next)
    reset()
  }
  const removeFile = () => {
    setFile(null)
    reset()
  }
  const start = (dryRun: boolean) =>
    file ? void run(file, version, dryRun) : setFileError(m.fileMissing)

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        <Button href="/api/units/import/template" download icon={<DownloadOutlined />}>
          {m.template}
        </Button>
      </Flex>
      <Card>
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ margin: 0 }}>{m.intro}</Typography.Paragraph>
          <Form layout="vertical" component="div">
            <Form.Item label={m.version}>
              <VersionSelector value={version} onChange={changeVersion} showCounts={false} />
            </Form.Item>
            <Form.Item label={m.file} extra={m.fileHint} style={{ marginBottom: 0 }}>
              <Upload
                accept=".csv,.xlsx"
                maxCount={1}
                fileList={fileList}
                beforeUpload={choose}
                onRemove={removeFile}
                disabled={running}
              >
                <Button icon={<UploadOutlined />}>{m.chooseFile}</Button>
              </Upload>
            </Form.Item>
          </Form>
          {fileError && <Alert type="warning" showIcon title={fileError} />}
          <Flex gap={8} wrap>
            <Button
              onClick={() => start(true)}
              loading={running && state.dryRun}
              disabled={running}
            >
              {m.dryRun}
            </Button>
            <Popconfirm
              title={m.confirmRun}
              okText={m.confirmOk}
              cancelText={messages.app.cancel}
              onConfirm={() => start(false)}
              disabled={running || !file}
            >
              <Button
                type="primary"
                loading={running && !state.dryRun}
                disabled={running}
                onClick={file ? undefined : () => start(false)}
              >
                {m.run}
              </Button>
            </Popconfirm>
            {running && (
              <Button danger onClick={stop}>
                {m.stop}
              </Button>
            )}
          </Flex>
          <ImportOutcome state={state} />
        </Flex>
      </Card>
    </Flex>
  )
}
