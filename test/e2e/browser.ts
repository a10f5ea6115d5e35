import { existsSync } from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'

/** Chromium from the system (Debian's `chromium`), or `CHROMIUM_PATH`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Launch headless Chromium with no background traffic, so every request seen is the page's own. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH`,
    )
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Everything a page asked for, what failed, and what it logged as an error. */
export interface PageTraffic {
  requests: string[]
  failed: string[]
  consoleErrors: string[]
}

/** Record the traffic and console errors of `page` from now on. */
export function recordTraffic(page: Page): PageTraffic {
  const traffic: PageTraffic = { requests: [], failed: [], consoleErrors: [] }
  page.on('request', (request) => traffic.requests.push(request.url()))
  page.on('requestfailed', (request) =>
    traffic.failed.push(`${request.url()} ${request.failure()?.errorText}`),
  )
  page.on('console', (message) => {
    if (message.type() === 'error') traffic.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => traffic.consoleErrors.push(error.message))
  return traffic
}
