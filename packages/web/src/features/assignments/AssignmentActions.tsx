import { useState } from 'react'
import { Alert, App, Button, Flex, Input, Modal, Upload } from 'antd'
import { PaperClipOutlined } from '@ant-design/icons'
import { MAX_ASSIGNMENT_NOTE, type AssignmentAction } from '@antq/core'
import { assignmentMessages } from '../../messages/vi-assignments'
import { messages } from '../../messages/vi'
import { useAddEvidence, useAssignmentAction, type AssignmentDetail } from './assignments-api'

const m = assignmentMessages.detail

/** What the actor may do now: the owner notes progress (with a file) and submits; the plan
 * owner accepts, returns with a reason, or chases. */
export function AssignmentActions({ detail }: { detail: AssignmentDetail }) {
  const { message } = App.useApp()
  const act = useAssignmentAction(detail.id)
  const attach = useAddEvidence(detail.id)
  const [note, setNote] = useState('')
  const [asking, setAsking] = useState<'return' | 'chase' | null>(null)
  const [reason, setReason] = useState('')
  const can = (action: AssignmentAction) => detail.actions.includes(action)
  const done = () => {
    setNote('')
    void message.success(m.saved)
  }
  const run = (action: AssignmentAction, text?: string) =>
    act.mutate({ action, note: text || undefined }, { onSuccess: done })
  const error = act.error ?? attach.error
  return (
    <Flex vertical gap={8}>
      {error && <Alert type="error" showIcon title={error.message} />}
      {can('note') && (
        <>
          <label htmlFor="assignment-note">{m.note}</label>
          <Input.TextArea
            id="assignment-note"
            rows={3}
            maxLength={MAX_ASSIGNMENT_NOTE}
            placeholder={m.notePlaceholder}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <Flex gap={8} wrap>
            <Button disabled={note.trim() === ''} onClick={() => run('note', note)}>
              {m.addNote}
            </Button>
            <Upload
              showUploadList={false}
              accept=".pdf,.docx,.png,.jpg,.jpeg"
              beforeUpload={(file) => {
                attach.mutate({ note, file }, { onSuccess: done })
                return false
              }}
            >
              <Button icon={<PaperClipOutlined />} loading={attach.isPending}>
                {m.attach}
              </Button>
            </Upload>
          </Flex>
        </>
      )}
      <Flex gap={8} wrap>
        {can('submit') && (
          <Button type="primary" loading={act.isPending} onClick={() => run('submit', note)}>
            {m.submit}
          </Button>
        )}
        {can('accept') && (
          <Button type="primary" loading={act.isPending} onClick={() => run('accept')}>
            {m.accept}
          </Button>
        )}
        {can('return') && (
          <Button danger onClick={() => setAsking('return')}>
            {m.return}
          </Button>
        )}
        {can('chase') && <Button onClick={() => setAsking('chase')}>{m.chase}</Button>}
      </Flex>
      <Modal
        open={asking !== null}
        title={asking === 'return' ? m.reasonTitle : m.chaseTitle}
        okText={asking === 'return' ? m.return : m.chase}
        cancelText={messages.app.cancel}
        okButtonProps={{ disabled: reason.trim() === '', loading: act.isPending }}
        onCancel={() => setAsking(null)}
        afterClose={() => setReason('')}
        onOk={() => {
          if (asking) run(asking, reason.trim())
          setAsking(null)
        }}
      >
        <Input.TextArea
          aria-label={asking === 'return' ? m.reasonTitle : m.chaseTitle}
          rows={3}
          maxLength={MAX_ASSIGNMENT_NOTE}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Modal>
    </Flex>
  )
}
