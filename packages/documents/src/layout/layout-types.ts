// View-model parts every NĐ 30 document shares: the header block and the signing block.

export type SigningPrefix = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.'

/** Top of page 1: the bodies on the left, the number and the place and date under them. */
export type DocumentHeaderView = {
  /** Tên cơ quan chủ quản, e.g. "UBND HUYỆN BẮC QUANG"; null when the issuer has none. */
  superiorBody: string | null
  /** Tên cơ quan ban hành, e.g. "BAN CHỈ ĐẠO 138". */
  issuerName: string
  /** sequence null prints "Số:      /KH-BCĐ" for the clerk to fill in. */
  number: { sequence: number | null; symbol: string }
  /** Địa danh, e.g. "Bắc Quang". */
  place: string
  /** yyyy-mm-dd, or yyyy-mm / yyyy / null to leave day, month or year blank. */
  date: string | null
}

/** The signing block: authority lines, the title, room for the signature, the name. */
export type SignerView = {
  /** Outer to inner, e.g. [{ TM., BAN CHỈ ĐẠO }] or [{ TM., ỦY BAN NHÂN DÂN }, { KT., CHỦ TỊCH }]. */
  authority: readonly { prefix: SigningPrefix; title: string }[]
  /** The signer's title, e.g. "TRƯỞNG BAN" or "PHÓ CHỦ TỊCH". */
  title: string | null
  /** A post printed under the signature, e.g. "PHÓ CHỦ TỊCH UBND HUYỆN"; usually null. */
  position: string | null
  /** null leaves the name to be written by hand. */
  name: string | null
}
