// What the health route tells of this process's reminder scheduler (ADR 029).
export type SchedulerStatus = {
  enabled: boolean
  intervalSeconds: number
  lastTickAt: string | null
  lastError: string | null
  ticks: number
}

export function newSchedulerStatus(intervalSeconds: number): SchedulerStatus {
  return {
    enabled: intervalSeconds > 0,
    intervalSeconds,
    lastTickAt: null,
    lastError: null,
    ticks: 0,
  }
}
