import { App, Button, Card, Flex, Space, Table, Tag, Typography, Upload } from 'antd'
import type { DossierItemState } from '@antq/core'
import { awardMessages as m } from '../../messages/vi-awards'
import { ApiErrorAlert } from './ApiErrorAlert'
import type { NominationDetail } from './awards-types'
import { documentUrl, type DocumentKind } from './decisions-api'
import { useDeleteDossierFile, useUploadDossierFile } from './dossier-api'
import { dossierFileUrl } from './nominations-api'

const SOURCE = {
  generated: { color: 'blue', label: m.dossier.generated },
  uploaded: { color: 'success', label: m.dossier.uploaded },
  missing: { color: 'error', label: m.dossier.missing },
} as const

/** The document a generated item is rendered as (tờ trình, danh sách). */
const GENERATED: Partial<Record<DossierItemState['kind'], DocumentKind>> = {
  submission_letter: 'submission-letter',
  list: 'award-list',
}

/** The plan's dossier items: generated ones to download, uploaded ones checked by the server. */
export function DossierCard({ detail }: { detail: NominationDetail }) {
  const { message } = App.useApp()
  const upload = useUploadDossierFile(detail.id)
  const remove = useDeleteDossierFile(detail.id)
  const { dossier } = detail
  const columns = [
    {
      title: m.dossier.item,
      render: (_: unknown, item: DossierItemState) => (
        <>
          {item.name}
          {item.optional && (
            <Typography.Text type="secondary"> ({m.dossier.optional})</Typography.Text>
          )}
          {item.certifiedBy && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {m.dossier.certifiedBy(item.certifiedBy)}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: m.dossier.source,
      width: 130,
      render: (_: unknown, item: DossierItemState) => (
        <Tag color={SOURCE[item.source].color}>{SOURCE[item.source].label}</Tag>
      ),
    },
    {
      title: m.dossier.files,
      render: (_: unknown, item: DossierItemState) => {
        const generated = GENERATED[item.kind]
        return (
          <Flex vertical gap={4}>
            {item.files.map((file) => (
              <Space key={file.id}>
                <a href={dossierFileUrl(detail.id, file.id)}>{file.filename}</a>
                {detail.editable && (
                  <Button size="small" danger onClick={() => remove.mutate(file.id)}>
                    {m.dossier.remove}
                  </Button>
                )}
              </Space>
            ))}
            {item.source === 'generated' && generated && (
              <a href={documentUrl(generated, detail.id)}>{m.dossier.download}</a>
            )}
            {item.source === 'generated' && generated === 'award-list' && (
              <a href={documentUrl(generated, detail.id, 'xlsx')}>{m.dossier.downloadXlsx}</a>
            )}
            {detail.editable && (
              <Upload
                showUploadList={false}
                accept=".pdf,.docx,.png,.jpg,.jpeg"
                beforeUpload={(file) => {
                  upload.mutate(
                    { itemId: item.id, file },
                    { onSuccess: () => void message.success(m.dossier.uploadedOk(file.name)) },
                  )
                  return false
                }}
              >
                <Button size="small" aria-label={`${m.dossier.upload}: ${item.name}`}>
                  {m.dossier.upload}
                </Button>
              </Upload>
            )}
          </Flex>
        )
      },
    },
  ]
  return (
    <Card size="small" title={m.dossier.title} style={{ marginBottom: 16 }}>
      <ApiErrorAlert error={upload.error ?? remove.error} />
      <Typography.Paragraph>
        <span data-testid="dossier-message">{dossier.message}</span> —{' '}
        {m.dossier.sets(dossier.sets, dossier.originals)}
      </Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={dossier.items}
        onRow={(item) => ({ 'data-item': item.id }) as object}
      />
    </Card>
  )
}
