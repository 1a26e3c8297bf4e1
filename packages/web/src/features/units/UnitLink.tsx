import { Typography } from 'antd'
import { Link } from 'react-router'
import type { UnitRef } from '../../api/types'
import { messages } from '../../messages/vi'

/** A link to a unit's page showing its name and code, or a dash when there is none. */
export function UnitLink({
  unit,
}: {
  unit: Pick<UnitRef, 'id' | 'name' | 'code'> | null | undefined
}) {
  if (!unit) return <>{messages.app.empty}</>
  return (
    <span>
      <Link to={`/don-vi/${unit.id}`}>{unit.name}</Link>{' '}
      <Typography.Text type="secondary">({unit.code})</Typography.Text>
    </span>
  )
}
