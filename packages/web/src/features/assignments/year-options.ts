/** Years a page offers, newest first: from 2020 to next year (the seed plans run 2020–2025). */
export function yearOptions(): { value: number; label: string }[] {
  const last = new Date().getFullYear() + 1
  return Array.from({ length: last - 2020 + 1 }, (_, index) => last - index).map((year) => ({
    value: year,
    label: String(year),
  }))
}
