// The form's first check of a new password: its length (ADR 027). The server also refuses
// common passwords, answered as COMMON_PASSWORD on the field.
export const STRONG_PASSWORD = /^.{10,}$/u
