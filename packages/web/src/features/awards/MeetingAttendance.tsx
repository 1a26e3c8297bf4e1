import { Button, Card, Checkbox, Flex } from 'antd'
import { useState } from 'react'
import { COUNCIL_ROLE_LABELS } from '@antq/core'
import { awardMessages as m } from '../../messages/vi-awards'
import { ApiErrorAlert } from './ApiErrorAlert'
import type { MeetingView } from './awards-types'
import { useSetAttendance } from './councils-api'

/** Who of the convened members is present; saving recomputes the quorum. */
export function MeetingAttendance({ meeting, manage }: { meeting: MeetingView; manage: boolean }) {
  const [present, setPresent] = useState<number[] | null>(null)
  const save = useSetAttendance(meeting.id)
  const chosen =
    present ?? meeting.attendance.filter((row) => row.present).map((row) => row.memberId)
  return (
    <Card size="small" title={m.meeting.attendance} style={{ marginBottom: 16 }}>
      <ApiErrorAlert error={save.error} />
      <Checkbox.Group disabled={!manage} value={chosen} onChange={(values) => setPresent(values)}>
        <Flex vertical gap={4}>
          {meeting.attendance.map((row) => (
            <Checkbox key={row.memberId} value={row.memberId}>
              {row.name} — {COUNCIL_ROLE_LABELS[row.role]}
              {row.position && `, ${row.position}`}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      {manage && (
        <div style={{ marginTop: 8 }}>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { presentMemberIds: chosen, rowVersion: meeting.rowVersion },
                { onSuccess: () => setPresent(null) },
              )
            }
          >
            {m.meeting.saveAttendance}
          </Button>
        </div>
      )}
    </Card>
  )
}
