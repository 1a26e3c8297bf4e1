// First load over a weak mobile link, in Debian's Chromium driven through the DevTools protocol:
// 1.6 Mbps each way and 150 ms latency (Network.emulateNetworkConditions). Each run starts with
// an empty cache: the login page until its form can be typed in, then the to-do page after
// signing in, then the to-do page again with the cache warm (what a clerk sees the next day).
import { chromium, type Browser, type Page } from 'playwright-core'

export const LINK = { latencyMs: 150, mbps: 1.6 }
const BYTES_PER_SECOND = (LINK.mbps * 1_000_000) / 8

export type Step = { ms: number; bytes: number; requests: number; encodings: string[] }
export type FirstLoadRun = { login: Step; todo: Step; todoWarm: Step }

async function throttledPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LINK.latencyMs,
    downloadThroughput: BYTES_PER_SECOND,
    uploadThroughput: BYTES_PER_SECOND,
  })
  let counter = { bytes: 0, requests: 0, encodings: new Set<string>() }
  // Bytes on the wire (headers and compressed bodies), as DevTools' "transferred" counts them.
  cdp.on('Network.loadingFinished', (event) => {
    counter.bytes += event.encodedDataLength
    counter.requests += 1
  })
  cdp.on('Network.responseReceived', (event) => {
    const headers = event.response.headers as Record<string, string>
    const encoding = headers['content-encoding'] ?? headers['Content-Encoding']
    if (event.type === 'Script') counter.encodings.add(encoding ?? 'none')
  })
  /** Runs `action` and returns its time and what crossed the link meanwhile. */
  const measure = async (action: () => Promise<void>): Promise<Step> => {
    counter = { bytes: 0, requests: 0, encodings: new Set() }
    const started = performance.now()
    await action()
    const ms = performance.now() - started
    return {
      ms,
      bytes: counter.bytes,
      requests: counter.requests,
      encodings: [...counter.encodings],
    }
  }
  return { page, measure, close: () => context.close() }
}

async function todoReady(page: Page) {
  await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor()
  await page.locator('[role=region], .ant-empty').first().waitFor()
}

export async function runFirstLoad(
  baseUrl: string,
  username: string,
  password: string,
  runs: number,
): Promise<FirstLoadRun[]> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const results: FirstLoadRun[] = []
  try {
    for (let run = 0; run < runs; run++) {
      const { page, measure, close } = await throttledPage(browser)
      const login = await measure(async () => {
        await page.goto(`${baseUrl}/dang-nhap`, { waitUntil: 'commit', timeout: 120_000 })
        await page.getByLabel('Tên đăng nhập').waitFor({ timeout: 120_000 })
      })
      await page.getByLabel('Tên đăng nhập').fill(username)
      await page.getByLabel('Mật khẩu').fill(password)
      const todo = await measure(async () => {
        await page.getByRole('button', { name: 'Đăng nhập' }).click()
        await todoReady(page)
      })
      const todoWarm = await measure(async () => {
        await page.reload({ waitUntil: 'commit' })
        await todoReady(page)
      })
      results.push({ login, todo, todoWarm })
      await close()
    }
  } finally {
    await browser.close()
  }
  return results
}
