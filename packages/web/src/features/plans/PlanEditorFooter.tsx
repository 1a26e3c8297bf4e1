import { Alert, Button, Card, Flex, Form, Input } from 'antd'
import { Link } from 'react-router'
import { messages } from '../../messages/vi'

const e = messages.planEdit

type Props = {
  planId: number
  issueCount: number
  changed: boolean
  canSave: boolean
  saving: boolean
}

/** Scroll to the first field (or row) showing a validation issue. */
function showFirstIssue() {
  const first = document.querySelector('.ant-form-item-has-error, [data-plan-issue]')
  first?.scrollIntoView({ behavior: 'smooth', block: 'center' })
}

/** Stays at the bottom of the editor: whether the plan is valid, the reason, and Save. */
export function PlanEditorFooter({ planId, issueCount, changed, canSave, saving }: Props) {
  const status =
    issueCount > 0 ? (
      <Alert
        type="error"
        showIcon
        title={e.invalid(issueCount)}
        action={
          <Button size="small" onClick={showFirstIssue}>
            {e.firstIssue}
          </Button>
        }
      />
    ) : changed ? (
      <Alert type="success" showIcon title={e.valid} />
    ) : (
      <Alert type="info" showIcon title={e.noChanges} />
    )

  return (
    <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 2 }}>
      <Flex vertical gap={8}>
        {status}
        <Flex gap={8} align="start" wrap>
          <Form.Item
            name="reason"
            label={e.reason}
            layout="horizontal"
            rules={[
              { required: true, whitespace: true, message: e.reasonRequired },
              { min: 3, message: e.reasonTooShort },
            ]}
            style={{ flex: '1 1 420px', marginBottom: 0 }}
          >
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 3 }}
              maxLength={500}
              placeholder={e.reasonPlaceholder}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} disabled={!canSave}>
            {e.save}
          </Button>
          <Link to={`/ke-hoach/${planId}`}>
            <Button>{messages.app.cancel}</Button>
          </Link>
        </Flex>
      </Flex>
    </Card>
  )
}
