// One event held in full: programme, models, awards (with their decisions), photos (added here,
// JPEG or PNG checked by the server from the content) and the history.
import { Button, Descriptions, Flex, Image, Modal, Table, Typography, Upload, message } from 'antd'
import { useState } from 'react'
import { formatDateTimeVi, formatDateVi } from '@antq/core'
import { eventMessages as m } from '../../messages/vi-events'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { EventCorrectModal } from './EventCorrectModal'
import { photoUrl, useAddEventPhoto, useEvent } from './events-api'

export function EventDetailModal({ eventId, onClose }: { eventId: number; onClose: () => void }) {
  const detail = useEvent(eventId)
  const add = useAddEventPhoto(eventId)
  const event = detail.data
  const [correcting, setCorrecting] = useState(false)
  return (
    <Modal open width={760} title={event?.title ?? m.detail} footer={null} onCancel={onClose}>
      {event && (
        <Flex vertical gap={12}>
          {event.canEdit && (
            <Flex justify="flex-end">
              <Button onClick={() => setCorrecting(true)}>{m.correct.open}</Button>
            </Flex>
          )}
          {correcting && <EventCorrectModal event={event} onClose={() => setCorrecting(false)} />}
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={m.columns.unit}>{event.unit.name}</Descriptions.Item>
            <Descriptions.Item label={m.columns.heldOn}>
              {formatDateVi(event.heldOn)}
            </Descriptions.Item>
            <Descriptions.Item label={m.columns.place}>{event.place}</Descriptions.Item>
            <Descriptions.Item label={m.columns.participants}>
              {event.participants}
            </Descriptions.Item>
            <Descriptions.Item label={m.columns.models} span={2}>
              {event.models.join('; ') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{m.form.programme}</Typography.Title>
          <Table
            size="small"
            rowKey={(_, index) => String(index)}
            pagination={false}
            dataSource={event.programme}
            columns={[
              { title: m.form.part, dataIndex: 'partLabel', width: 120 },
              { title: m.form.item, dataIndex: 'title' },
            ]}
          />
          <Typography.Title level={5}>{m.awards}</Typography.Title>
          <Table
            size="small"
            rowKey="decisionId"
            pagination={false}
            dataSource={event.awards}
            columns={[
              { title: m.columnsDetail.decision, dataIndex: 'number' },
              {
                title: m.columnsDetail.date,
                dataIndex: 'date',
                render: (value: string) => formatDateVi(value),
              },
              { title: m.columnsDetail.awardForm, dataIndex: 'awardFormName' },
            ]}
          />
          <Flex justify="space-between" align="center">
            <Typography.Title level={5}>{m.photos}</Typography.Title>
            <Upload
              disabled={!event.canEdit}
              accept=".jpg,.jpeg,.png"
              showUploadList={false}
              beforeUpload={(file) => {
                add.mutate(file, { onSuccess: () => void message.success(m.photoAdded) })
                return false
              }}
            >
              <Button loading={add.isPending}>{m.addPhoto}</Button>
            </Upload>
          </Flex>
          <ApiErrorAlert error={add.error} />
          <Image.PreviewGroup>
            <Flex gap={8} wrap>
              {event.photos.map((photo) => (
                <Image
                  key={photo.id}
                  width={120}
                  alt={photo.fileName}
                  src={photoUrl(event.id, photo.id)}
                />
              ))}
            </Flex>
          </Image.PreviewGroup>
          <Typography.Title level={5}>{m.history}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={event.history}
            columns={[
              {
                title: m.columnsDetail.at,
                dataIndex: 'at',
                render: (value: string) => formatDateTimeVi(value),
              },
              { title: m.columnsDetail.actor, dataIndex: 'actorName' },
              {
                title: m.columnsDetail.action,
                dataIndex: 'action',
                render: (value: string) => m.historyActions[value] ?? value,
              },
              { title: m.correct.reason, dataIndex: 'reason' },
            ]}
          />
        </Flex>
      )}
    </Modal>
  )
}
