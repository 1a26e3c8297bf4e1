// Vietnamese personal names sort by the given name (the last word), then by the full name.
import { compareVi } from '@antq/core'

function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/)
  return words[words.length - 1] ?? ''
}

/** "Đỗ Thị Bình" < "Trần Văn Mới" < "Nguyễn Văn Quản Trị" (Bình, Mới, Trị). */
export function comparePersonNames(a: string, b: string): number {
  return compareVi(givenName(a), givenName(b)) || compareVi(a, b)
}
