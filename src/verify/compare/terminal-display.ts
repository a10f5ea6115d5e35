/**
 * Tabs, backspaces, carriage returns, the bell and NUL: characters a terminal
 * acts on rather than shows (a NUL byte, as a zero-filled Buffer prints it, shows nothing).
 */
const controls = ['\t', '\b', '\r', '\x07', '\x00']

/** Whether the text holds one of `controls`. */
function holdsControls(text: string): boolean {
  return controls.some((control) => text.includes(control))
}

/**
 * Whether the real output is compared as a terminal shows it: it holds a
 * tab, a backspace, a carriage return or the bell (`echo -ne "a\tb\te\bf\a"`),
 * and the post, which shows none, copied the terminal's screen (`a       b       f`).
 */
export function showsTerminal(documented: readonly string[], actual: string): boolean {
  return holdsControls(actual) && !documented.some(holdsControls)
}

/**
 * A line as a terminal shows it: a tab moves to the next stop of 8
 * columns, a backspace one column back (the next character overwrites the
 * one there), a carriage return back to the first column (`line 1\r,xx`
 * shows `,xxe 1`), the bell and NUL show nothing (`abc\0\0` shows `abc`).
 */
export function terminalDisplay(line: string): string {
  if (!holdsControls(line)) return line
  const cells: string[] = []
  let column = 0
  for (const character of line) {
    if (character === '\t') column = (Math.floor(column / 8) + 1) * 8
    else if (character === '\b') column = Math.max(0, column - 1)
    else if (character === '\r') column = 0
    else if (character !== '\x07' && character !== '\x00') {
      cells[column] = character
      column++
    }
  }
  return Array.from(cells, (cell) => cell ?? ' ')
    .join('')
    .trimEnd()
}

/**
 * The same display in Python, for the doctest driver: what an example printed,
 * as the terminal under the `>>>` prompt showed it (`print("Hello\rWorld!")`
 * shows `World!`), when the post shows no such character.
 */
export const terminalDisplayPython = String.raw`
TERMINAL_CONTROLS = ("\t", "\b", "\r", "\x07", "\x00")

def shows_terminal(want, got):
    return any(c in got for c in TERMINAL_CONTROLS) and not any(c in want for c in TERMINAL_CONTROLS)

def terminal_display(text):
    shown = []
    for line in text.split("\n"):
        if not any(c in line for c in TERMINAL_CONTROLS):
            shown.append(line)
            continue
        cells, column = [], 0
        for character in line:
            if character == "\t":
                column = (column // 8 + 1) * 8
            elif character == "\b":
                column = max(0, column - 1)
            elif character == "\r":
                column = 0
            elif character not in ("\x07", "\x00"):
                cells.extend(" " * (column + 1 - len(cells)))
                cells[column] = character
                column += 1
        shown.append("".join(cells).rstrip())
    return "\n".join(shown)
`
