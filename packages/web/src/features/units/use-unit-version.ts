import { UNIT_VERSIONS, type UnitVersion } from '@antq/core'
import { useSearchParams } from 'react-router'

const PARAM = 'phien-ban'

function isVersion(value: string | null): value is UnitVersion {
  return (UNIT_VERSIONS as readonly (string | null)[]).includes(value)
}

/** The register version shown, kept in the URL (?phien-ban=legacy) so links and reloads keep it. */
export function useUnitVersion(): [UnitVersion, (version: UnitVersion) => void] {
  const [params, setParams] = useSearchParams()
  const raw = params.get(PARAM)
  const version: UnitVersion = isVersion(raw) ? raw : '2025'
  const setVersion = (next: UnitVersion) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current)
        if (next === '2025') updated.delete(PARAM)
        else updated.set(PARAM, next)
        return updated
      },
      { replace: true },
    )
  return [version, setVersion]
}
