import { Card, Table, Tag } from 'antd'
import { recognitionMessages as m } from '../../messages/vi-awards'
import { useRecognitionQuota, type RecognitionQuota } from './recognitions-api'

type Row = RecognitionQuota['items'][number]
type Tally = Row['tally']['xa']

function TallyCell({ tally }: { tally: Tally }) {
  return (
    <Tag color={tally.met ? 'success' : 'warning'}>
      {m.tally(tally.recognised, tally.proposed, tally.minimum)}
    </Tag>
  )
}

/** The plan's yearly minimum per district (≥1 commune, ≥1 ward/town, ≥1 agency/enterprise/school). */
export function RecognitionQuotaTable({ year }: { year: number }) {
  const quota = useRecognitionQuota(year)
  return (
    <Card size="small" title={m.quotaTitle(year)} style={{ marginTop: 16 }}>
      <Table<Row>
        rowKey="districtId"
        size="small"
        loading={quota.isLoading}
        dataSource={quota.data?.items ?? []}
        pagination={false}
        columns={[
          { title: m.district, dataIndex: 'districtName' },
          { title: m.communes, render: (_, row) => <TallyCell tally={row.tally.xa} /> },
          { title: m.wards, render: (_, row) => <TallyCell tally={row.tally.phuong_thi_tran} /> },
          { title: m.agencies, render: (_, row) => <TallyCell tally={row.tally.co_quan} /> },
        ]}
      />
    </Card>
  )
}
