import { hash, verify } from '@node-rs/argon2'
import { AppError } from '@antq/core'

// argon2id (the library's default algorithm) with OWASP's minimum cost: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** At least 8 characters with a letter and a digit; the message says so in Vietnamese. */
export function assertStrongPassword(password: string): void {
  if (password.length < 8 || !/\p{L}/u.test(password) || !/\d/.test(password))
    throw new AppError('WEAK_PASSWORD')
}
