import { Flex, Radio, Tag, Typography } from 'antd'
import {
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  UNIT_VERSION_LABELS,
  UNIT_VERSIONS,
  type UnitVersion,
} from '@antq/core'
import { messages } from '../../messages/vi'
import { useUnitVersions } from './use-unit-queries'

type Props = { value: UnitVersion; onChange: (version: UnitVersion) => void; showCounts?: boolean }

/** 2025 (two levels) or legacy (three levels), with the unit count of each kind. */
export function VersionSelector({ value, onChange, showCounts = true }: Props) {
  const versions = useUnitVersions()
  const infos = versions.data ?? []
  const options = UNIT_VERSIONS.map((version) => ({
    value: version,
    label: infos.find((info) => info.version === version)?.label ?? UNIT_VERSION_LABELS[version],
  }))
  const selected = infos.find((info) => info.version === value)

  return (
    <Flex vertical gap={8}>
      <Radio.Group
        aria-label={messages.units.version}
        optionType="button"
        buttonStyle="solid"
        options={options}
        value={value}
        onChange={(event) => onChange(event.target.value as UnitVersion)}
      />
      {showCounts && selected && (
        <Flex wrap gap={4} align="center">
          <Typography.Text type="secondary">
            {messages.units.versionTotal(selected.total)}
          </Typography.Text>
          {UNIT_KINDS.filter((kind) => (selected.byKind[kind] ?? 0) > 0).map((kind) => (
            <Tag key={kind}>
              {messages.units.kindCount(UNIT_KIND_LABELS[kind], selected.byKind[kind] ?? 0)}
            </Tag>
          ))}
        </Flex>
      )}
    </Flex>
  )
}
