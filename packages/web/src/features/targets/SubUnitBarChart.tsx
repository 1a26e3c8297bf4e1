import { Flex, Typography } from 'antd'
import { thresholdValue, type TargetStatus } from '@antq/core'
import { formatNumber } from '../../lib/format'
import { messages } from '../../messages/vi'
import { formatThreshold } from '../plans/plan-format'
import { formatPercent } from './target-format'
import type { SubUnitValues } from './targets-dashboard-api'

const m = messages.targets.subUnits
// The traffic-light colours of TargetStatusTag, as fills.
export const STATUS_FILL: Record<TargetStatus, string> = {
  met: '#52c41a',
  on_track: '#1677ff',
  at_risk: '#fa8c16',
  missed: '#f5222d',
  no_data: '#d9d9d9',
  not_applicable: '#bfbfbf',
}
const ROW = 26
const BAR = 16

/**
 * One horizontal bar per sub-unit (long Vietnamese names read better beside a bar than under
 * it), coloured by status, with the threshold as a dashed line. Plain SVG: no chart library.
 */
export function SubUnitBarChart({ data }: { data: SubUnitValues }) {
  const share = data.items.some((item) => item.denominator !== null)
  const format = (value: number | null) => (share ? formatPercent(value) : formatNumber(value))
  const threshold = data.threshold === null ? null : thresholdValue(data.threshold)
  const max = Math.max(share ? 1 : 0, threshold ?? 0, ...data.items.map((item) => item.value ?? 0))
  const x = (value: number) => (max > 0 ? (value / max) * 100 : 0)
  const height = data.items.length * ROW
  return (
    <Flex vertical gap={4} role="img" aria-label={m.chartLabel(`${data.source} ${data.label}`)}>
      {threshold !== null && data.threshold !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <svg width={24} height={8} aria-hidden style={{ marginRight: 4 }}>
            <line x1={0} x2={24} y1={4} y2={4} stroke="#595959" strokeDasharray="4 3" />
          </svg>
          {m.threshold(
            `${messages.planTerms.comparatorSymbols[data.comparator ?? '>=']} ${formatThreshold(data.threshold)}`,
          )}
        </Typography.Text>
      )}
      <div style={{ display: 'flex', maxHeight: 480, overflowY: 'auto' }}>
        <div style={{ flex: '0 0 38%', minWidth: 140 }}>
          {data.items.map((item) => (
            <div
              key={item.unit.id}
              title={item.unit.name}
              style={{
                height: ROW,
                lineHeight: `${ROW}px`,
                overflow: 'hidden',
                whiteSpace: 'nowrap',
                textOverflow: 'ellipsis',
                paddingRight: 8,
              }}
            >
              {item.unit.name}
            </div>
          ))}
        </div>
        <svg width="100%" height={height} style={{ flex: 1, overflow: 'visible' }}>
          {data.items.map((item, index) => (
            <g key={item.unit.id}>
              <title>{`${item.unit.name}: ${format(item.value)} — ${item.statusLabel}`}</title>
              <rect
                x="0"
                y={index * ROW + (ROW - BAR) / 2}
                width="100%"
                height={BAR}
                fill="#f5f5f5"
              />
              <rect
                x="0"
                y={index * ROW + (ROW - BAR) / 2}
                width={`${Math.max(x(item.value ?? 0), 0.5) * 0.82}%`}
                height={BAR}
                fill={STATUS_FILL[item.status]}
              />
              <text
                x={`${Math.max(x(item.value ?? 0), 0.5) * 0.82 + 1}%`}
                y={index * ROW + ROW / 2 + 4}
                fontSize={12}
                fill="#262626"
              >
                {format(item.value)}
              </text>
            </g>
          ))}
          {threshold !== null && (
            <line
              x1={`${x(threshold) * 0.82}%`}
              x2={`${x(threshold) * 0.82}%`}
              y1={0}
              y2={height}
              stroke="#595959"
              strokeDasharray="4 3"
            />
          )}
        </svg>
      </div>
    </Flex>
  )
}
