// What a new password must be (issue 15 item 4): at least 10 characters, not one of the ~49,000
// most common passwords (zxcvbn-ts's list, kept up to date by that project), nor such a word
// with digits or symbols tacked on ("Password2025!"), nor the demo password. No composition
// rule (a letter and a digit): length and a deny list are what NIST SP 800-63B asks.
import { AppError } from '@antq/core'
import { dictionary } from '@zxcvbn-ts/language-common'
import { DEMO_PASSWORD } from '../../demo/demo-accounts'

export const PASSWORD_MIN_LENGTH = 10

// Whole passwords Vietnamese users reach for first, which an English list lacks.
const LOCAL_COMMON = ['matkhau123', 'matkhau@123', 'matkhau1234', 'congan123', 'antoan123']

let common: Set<string> | undefined
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'])
  return common
}

/** The password without trailing digits and symbols, lower case: "Qwerty2025!" → "qwerty". */
function stemOf(password: string): string {
  return password.toLowerCase().replace(/[\d\W_]+$/u, '')
}

export function assertStrongPassword(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH)
    throw new AppError('WEAK_PASSWORD', `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`)
  const lower = password.toLowerCase()
  if (lower.includes(DEMO_PASSWORD))
    throw new AppError(
      'COMMON_PASSWORD',
      'Không dùng mật khẩu của tài khoản mẫu cho tài khoản thật: hãy chọn mật khẩu khác',
    )
  const words = commonPasswords()
  if (words.has(lower) || words.has(stemOf(password)) || LOCAL_COMMON.includes(lower))
    throw new AppError(
      'COMMON_PASSWORD',
      'Mật khẩu này quá phổ biến, dễ bị đoán: hãy chọn một cụm từ dài hơn, khó đoán hơn',
    )
}
