// A real SMTP server on a free local port for the tests (ADR 029): what the product sends
// arrives here over SMTP and is parsed like a mail client would (subject, text, recipients);
// and the notification tests' small helpers (the bell, setting an address).
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import type { AddressInfo } from 'node:net'
import { expect } from 'vitest'
import type { Deps } from '../src/deps'
import { createMailer } from '../src/features/notifications/mailer'
import type { Client } from './harness'

/** The address e-mailed links start with in the tests. */
export const PUBLIC = 'http://antq.test'

/** The product's mailer pointed at the test's receiver. */
export const testMailer = (port: number) =>
  createMailer({ host: '127.0.0.1', port, secure: false, from: 'ANTQ <antq@antq.test>' }, PUBLIC)

export type ReceivedMail = { to: string[]; subject: string; text: string }

export async function startSmtpReceiver() {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((each) => each.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          })
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

type Notification = { id: number; kind: string; message: string; link: string; read: boolean }
export const bell = async (client: Client) => {
  const response = await client.request({ method: 'GET', url: '/api/notifications' })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<{ unread: number; items: Notification[] }>()
}
export const setEmail = async (client: Client, email: string) => {
  const response = await client.request({
    method: 'PUT',
    url: '/api/me/notification-settings',
    payload: { email, phone: '0912 345 678', inApp: true, email_channel: true },
  })
  expect(response.statusCode, response.body).toBe(200)
}

export const countRows = async (deps: Deps, table: 'notifications' | 'email_outbox') => {
  const row = await deps.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
