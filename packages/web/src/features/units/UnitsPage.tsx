import { Card, Flex, Typography } from 'antd'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { UnitSearch } from './UnitSearch'
import { UnitTree } from './UnitTree'
import { useUnitVersion } from './use-unit-version'
import { VersionSelector } from './VersionSelector'

export function UnitsPage() {
  useDocumentTitle(messages.units.title)
  const [version, setVersion] = useUnitVersion()

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {messages.units.title}
      </Typography.Title>
      <Card>
        <VersionSelector value={version} onChange={setVersion} />
      </Card>
      <Card>
        <UnitSearch key={version} version={version} />
      </Card>
      <Card title={messages.units.treeTitle}>
        <UnitTree key={version} version={version} />
      </Card>
    </Flex>
  )
}
