// Dates of a spending record: it falls in its estimate's year and neither it nor its document
// is dated after today (a record of money already spent, not a plan).
import { AppError } from '../errors/app-error'

export function assertSpendingDates(input: {
  year: number
  spentOn: string
  documentDate: string
  today: string
}): void {
  const refuse = (path: string, message: string) =>
    new AppError('VALIDATION', message, [{ path, message }])
  if (Number(input.spentOn.slice(0, 4)) !== input.year)
    throw refuse('spentOn', `Ngày chi phải thuộc năm ${input.year} của dự toán`)
  if (input.spentOn > input.today) throw refuse('spentOn', 'Ngày chi không được sau hôm nay')
  if (input.documentDate > input.today)
    throw refuse('documentDate', 'Ngày chứng từ không được sau hôm nay')
}
