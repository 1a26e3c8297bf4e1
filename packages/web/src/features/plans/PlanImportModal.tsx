import { useState } from 'react'
import { Alert, App, Button, Flex, Modal, Spin, Typography, Upload, type UploadFile } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import { isApiError } from '../../api/client'
import { messages } from '../../messages/vi'
import { PlanProblemList } from './PlanProblemList'
import { MAX_PLAN_FILE_BYTES, usePlanFileCheck } from './use-plan-file-check'
import { useImportPlan } from './use-plan-queries'

const m = messages.planImport

/** Choose a YAML plan file, see its problems at once, and import it when it is valid. */
export function PlanImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp()
  const navigate = useNavigate()
  const { check, read, clear } = usePlanFileCheck()
  const mutation = useImportPlan()
  const [fileError, setFileError] = useState<string | null>(null)
  const fileList: UploadFile[] =
    check.status === 'empty' ? [] : [{ uid: 'plan-file', name: check.fileName, status: 'done' }]

  const choose = (file: File) => {
    mutation.reset()
    if (!/\.ya?ml$/i.test(file.name)) setFileError(m.fileWrongType)
    else if (file.size > MAX_PLAN_FILE_BYTES) setFileError(m.fileTooLarge)
    else {
      setFileError(null)
      void read(file)
    }
    return Upload.LIST_IGNORE
  }
  const submit = () => {
    if (check.status !== 'valid') return
    mutation.mutate(check.text, {
      onSuccess: (plan) => {
        // The server answers an unchanged file with the version it already holds.
        if (plan.status === 'draft') void message.success(m.imported)
        else void message.info(m.unchanged(plan.version, plan.statusLabel))
        onClose()
        void navigate(`/ke-hoach/${plan.id}`)
      },
    })
  }
  const serverError = mutation.error
  const reset = () => {
    clear()
    setFileError(null)
    mutation.reset()
  }

  return (
    <Modal
      open={open}
      title={m.title}
      width={760}
      onCancel={onClose}
      afterOpenChange={(visible) => visible || reset()}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {messages.app.cancel}
        </Button>,
        <Button
          key="submit"
          type="primary"
          disabled={check.status !== 'valid'}
          loading={mutation.isPending}
          onClick={submit}
        >
          {m.submit}
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{m.intro}</Typography.Paragraph>
        <Upload
          accept=".yaml,.yml"
          maxCount={1}
          fileList={fileList}
          beforeUpload={choose}
          onRemove={reset}
        >
          <Button icon={<UploadOutlined />}>{m.chooseFile}</Button>
        </Upload>
        {fileError && <Alert type="warning" showIcon title={fileError} />}
        {check.status === 'reading' && (
          <Flex gap={8} align="center">
            <Spin size="small" />
            <Typography.Text>{m.reading}</Typography.Text>
          </Flex>
        )}
        {check.status === 'valid' && (
          <Alert
            type="success"
            showIcon
            title={m.valid}
            description={m.validDetail(check.plan.metadata.title, check.plan.id)}
          />
        )}
        {check.status === 'invalid' && (
          <PlanProblemList title={m.invalid(check.problems.length)} problems={check.problems} />
        )}
        {serverError &&
          (isApiError(serverError) && serverError.details.length > 0 ? (
            <PlanProblemList
              title={`${m.serverInvalid}: ${serverError.message}`}
              problems={serverError.details}
            />
          ) : (
            <Alert type="error" showIcon title={serverError.message} />
          ))}
      </Flex>
    </Modal>
  )
}
