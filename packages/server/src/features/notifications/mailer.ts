// E-mail through a real SMTP server (ADR 029), with nodemailer. The outbox calls `send` for each
// claimed row; without SMTP configured the channel says so and the rows wait in the outbox.
import nodemailer from 'nodemailer'
import type { SmtpConfig } from '../../config'

export type Mailer = {
  configured: boolean
  /** The address people open; e-mail links are this plus the page's path. */
  publicUrl: string
  send: (message: { to: string; subject: string; text: string }) => Promise<void>
}

export function createMailer(smtp: SmtpConfig | null, publicUrl: string): Mailer {
  if (!smtp)
    return {
      configured: false,
      publicUrl,
      send: () => Promise.reject(new Error('SMTP chưa được cấu hình')),
    }
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    // A dead mail server must not hold a "Nhắc" request or a tick for minutes.
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  })
  return {
    configured: true,
    publicUrl,
    send: async ({ to, subject, text }) => {
      await transport.sendMail({ from: smtp.from, to, subject, text })
    },
  }
}

/** The absolute address of a web path, for an e-mail. */
export function absoluteLink(mailer: Mailer | undefined, path: string): string {
  return `${mailer?.publicUrl ?? 'http://localhost:3000'}${path}`
}
