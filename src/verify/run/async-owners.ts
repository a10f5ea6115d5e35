import type { Runner } from '../runners.js'
import { realProcess } from './classic-script.js'

/**
 * Code to put after the end marker of sample `index` of a JavaScript or
 * TypeScript session run as one program, so that what a sample prints later,
 * from a promise's reaction or a timer it set up, is told as its own, as a
 * console shows it under the input that set it up rather than after the
 * last input. After the first sample it installs an `AsyncLocalStorage`
 * whose store is the index of the sample that runs (the callbacks a sample
 * schedules inherit it) and a hook on `process.stdout` and
 * `process.stderr` writing `MARKER:begin:I` (read by `readMarkedOutput`)
 * whenever the sample a write comes from is not the one the reader of the
 * output takes it for (after sample I's end marker, sample I + 1); each end
 * marker then enters the next sample's index. Empty for other
 * languages. On one line, so line numbers stay true.
 *
 * Note: it names no CommonJS name (`require`), which would make a sample
 * written for a console run as a module (run/classic-script.ts).
 */
export function asyncOwners(runner: Runner, marker: string, index: number): string {
  if (runner.id !== 'javascript' && runner.id !== 'typescript') return ''
  const slot = "globalThis[Symbol.for('postdeck.session')]"
  const install =
    index === 0
      ? `;(() => { const proc = ${realProcess}; const hooks = proc.getBuiltinModule?.('node:async_hooks'); if (!hooks) return; const owners = new hooks.AsyncLocalStorage(); const out = proc.stdout.write.bind(proc.stdout); let last = 0; const owned = (write) => function (...args) { const owner = owners.getStore() ?? 0; if (owner !== last) { last = owner; out(${JSON.stringify(`\n${marker}:begin:`)} + owner + '\\n'); } return write(...args); }; proc.stdout.write = owned(out); proc.stderr.write = owned(proc.stderr.write.bind(proc.stderr)); ${slot} = (next) => { last = next; owners.enterWith(next); }; })();`
      : ''
  return `${install};${slot}?.(${index + 1});`
}
