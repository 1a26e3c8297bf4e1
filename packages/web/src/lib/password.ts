/** Mirrors the server's rule (WEAK_PASSWORD): at least 8 characters with letters and digits. */
export const STRONG_PASSWORD = /^(?=.*\p{L})(?=.*\d).{8,}$/u
