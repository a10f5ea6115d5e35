import { expect, it, vi } from 'vitest'
import { loadPdfPrinter, PdfError } from '../../src/pdf/print-decks.js'

vi.mock('playwright-core', () => {
  throw new Error("Cannot find package 'playwright-core'")
})

it('asks for the browser driver, with the command to install it, when it is missing', async () => {
  const loading = loadPdfPrinter()
  await expect(loading).rejects.toBeInstanceOf(PdfError)
  await expect(loading).rejects.toThrow(
    '`--pdf` prints through playwright-core, which is not installed: run `npm install --save-dev playwright-core`',
  )
})
