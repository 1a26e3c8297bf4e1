// The web pages a duty is done on, shared by the to-do home (ADR 028) and the notifications that
// point at the same pages (ADR 029).
export const links = {
  dashboard: (planId: number, unitId: number, year?: number) =>
    `/ke-hoach/${planId}/tien-do?donVi=${unitId}${year ? `&nam=${year}` : ''}`,
  registration: (planId: number) => `/ke-hoach/${planId}/dang-ky`,
  report: (planId: number, periodId: string, unitId: number) =>
    `/ke-hoach/${planId}/bao-cao?ky=${periodId}&donvi=${unitId}`,
  upwardReport: (planId: number, obligationId: string, periodKey: string, unitId: number) =>
    `/ke-hoach/${planId}/bao-cao-cap-tren/${obligationId}/${periodKey}/${unitId}`,
  events: (planId: number, year: number) => `/ngay-hoi?ke-hoach=${planId}&nam=${year}`,
}
