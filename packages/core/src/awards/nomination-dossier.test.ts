import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePlanYaml } from '../plans/plan-yaml'
import type { Plan } from '../plans/plan-schema'
import { checkDossierUpload, detectDossierFileType } from './dossier-upload'
import { checkDossier, checkDossierDeadline, type DossierFileRef } from './nomination-dossier'

const ROOT = fileURLToPath(new URL('../../../../plans/seeds/', import.meta.url))
const parsed = parsePlanYaml(readFileSync(`${ROOT}000-bac-quang-2024.yaml`, 'utf8'))
const plan = (parsed as { plan: Plan }).plan
const form = (id: string) => plan.awardForms.find((f) => f.id === id)!
const file = (itemId: string, nominationId: number | null = 1): DossierFileRef => ({
  id: 1,
  itemId,
  filename: `${itemId}.pdf`,
  size: 10,
  nominationId,
})

describe('dossier completeness', () => {
  it('generates the letter and list, needs minutes and the achievement report uploaded', () => {
    const empty = checkDossier(plan, form('bk-ubnd-tinh'), [])
    expect(empty.complete).toBe(false)
    expect(empty.sets).toBe(3)
    expect(empty.items.map((item) => item.source)).toEqual([
      'generated',
      'generated',
      'missing',
      'missing',
      'missing',
    ])
    expect(empty.missing).toHaveLength(2) // the title copies are optional
    const full = checkDossier(plan, form('gk-ca-tinh'), [
      file('bien-ban', null),
      file('bao-cao-thanh-tich'),
    ])
    expect(full).toMatchObject({
      complete: true,
      sets: 1,
      message: 'Hồ sơ đủ, nộp 1 bộ (bản chính)',
    })
  })

  it('enforces the plan’s dossier deadline unless extended', () => {
    expect(checkDossierDeadline(plan, 2024, '2024-11-05').open).toBe(true)
    const late = checkDossierDeadline(plan, 2024, '2024-11-06', 5)
    expect(late).toMatchObject({
      open: false,
      reason: 'Đã hết hạn nộp hồ sơ đề nghị khen thưởng ngày 05/11/2024',
    })
    const extension = { unitIds: [5], until: '2024-11-12', reason: 'Bão lũ' }
    expect(checkDossierDeadline(plan, 2024, '2024-11-06', 5, [extension]).open).toBe(true)
  })
})

describe('dossier uploads', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(
      parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part)] : part)),
    )
  const pdf = bytes('%PDF-1.7\n')
  const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])
  const docx = bytes([0x50, 0x4b, 0x03, 0x04], '....word/document.xml....')
  const zip = bytes([0x50, 0x4b, 0x03, 0x04], '....xl/workbook.xml')

  it('tells the type by content', () => {
    expect(detectDossierFileType(pdf)).toBe('pdf')
    expect(detectDossierFileType(png)).toBe('png')
    expect(detectDossierFileType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg')
    expect(detectDossierFileType(docx)).toBe('docx')
    expect(detectDossierFileType(zip)).toBeUndefined()
  })

  it('refuses empty, too big, unknown content and a name that lies', () => {
    expect(checkDossierUpload('a.pdf', pdf)).toEqual({ type: 'pdf', mime: 'application/pdf' })
    expect(() => checkDossierUpload('a.pdf', new Uint8Array())).toThrow('rỗng')
    expect(() => checkDossierUpload('a.pdf', pdf, 4)).toThrow('vượt quá')
    expect(() => checkDossierUpload('a.xlsx', zip)).toThrow('không phải PDF, DOCX, PNG hoặc JPEG')
    expect(() => checkDossierUpload('a.docx', pdf)).toThrow('không khớp nội dung (nội dung là PDF)')
  })
})
