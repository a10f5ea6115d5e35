import type { Progress } from '../site-builder/site-builder.js'
import type { Colors } from './colors.js'

/** A line that tells how far a run is, kept below whatever else is printed. */
export interface ProgressLine {
  update(progress: Progress): void
  /** Print `text` (whole lines) to stderr without tearing the progress line. */
  print(text: string): void
  /** Remove the line and stop its timer. */
  stop(): void
}

/** Where the line goes, and how. */
export interface ProgressLineOptions {
  stderr: (text: string) => void
  /**
   * On a terminal the line is redrawn in place as the run goes; elsewhere
   * (a CI log) it is printed as a line of its own every `intervalMs`.
   */
  interactive: boolean
  /** Print no progress at all (the text passed to `print` still goes out). */
  enabled: boolean
  colors: Colors
  /** Milliseconds between two lines when not interactive; default 10 s. */
  intervalMs?: number | undefined
}

/** Least milliseconds between two redraws on a terminal. */
const redrawMs = 80

/** Erase the terminal's current line and go back to its start. */
const eraseLine = '\r\u001b[2K'

/**
 * The progress of a run as `[12/300] verifying … 3 failed so far`: redrawn in
 * place on a terminal, printed every `intervalMs` elsewhere.
 */
export function createProgressLine(options: ProgressLineOptions): ProgressLine {
  const { stderr, colors } = options
  const started = performance.now()
  let current: Progress | undefined
  let shown = '' // what the terminal shows now
  let lastDraw = 0
  let lastPrinted = ''
  const text = (progress: Progress, withTime: boolean) => {
    const count = colors.bold(`[${progress.done}/${progress.total}]`)
    const failed =
      progress.failed > 0
        ? ` … ${colors.red(`${progress.failed} ${progress.stage === 'reading' ? 'with errors' : 'failed'} so far`)}`
        : ' …'
    const time = withTime ? ` (${Math.round((performance.now() - started) / 1000)} s)` : ''
    return `${count} ${progress.stage}${failed}${time}`
  }
  const timer =
    options.enabled && !options.interactive
      ? setInterval(() => {
          if (!current) return
          const line = text(current, false)
          if (line === lastPrinted) return
          lastPrinted = line
          stderr(`${text(current, true)}\n`)
        }, options.intervalMs ?? 10_000)
      : undefined
  timer?.unref()
  const draw = (line: string) => {
    shown = line
    lastDraw = performance.now()
    stderr(`${eraseLine}${line}`)
  }
  return {
    update(progress) {
      const stageChanged = progress.stage !== current?.stage
      current = progress
      if (!options.enabled || !options.interactive) return
      const finished = progress.done === progress.total
      if (stageChanged || finished || performance.now() - lastDraw >= redrawMs) {
        draw(text(progress, false))
      }
    },
    print(output) {
      if (!shown) return stderr(output)
      stderr(`${eraseLine}${output}`)
      draw(shown)
    },
    stop() {
      if (timer) clearInterval(timer)
      if (shown) stderr(eraseLine)
      shown = ''
    },
  }
}
