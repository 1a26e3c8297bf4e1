import { useParams } from 'react-router'

/** The plan id from the URL, or 0 when it is not a positive whole number. */
export function usePlanId(): number {
  const { id } = useParams()
  return /^\d+$/.test(id ?? '') ? Number(id) : 0
}
