/**
 * The files a run's samples use, as the post gives them in its order: the
 * first sample's, then, for each later sample, the files the post gives
 * first or again with other text before it (`If deduped.txt contains:` over
 * new lines, after a command wrote that file). Put in place in that order
 * in one shell, an earlier command's file is what a later command reads
 * until the post gives the file, as in the reader's terminal.
 */
export function filesInOrder(samples: readonly { files: Record<string, string> }[]): {
  first: Record<string, string>
  changed: Record<string, string>[]
} {
  const first: Record<string, string> = {}
  const given = new Map<string, string>()
  const changed = samples.map((sample, index) => {
    const again: Record<string, string> = {}
    for (const [name, content] of Object.entries(sample.files)) {
      if (index === 0) first[name] = content
      else if (given.get(name) !== content) again[name] = content
      given.set(name, content)
    }
    return again
  })
  return { first, changed }
}

/** The name a file given again before sample `index` waits under, in the run's folder. */
export function waitingName(index: number, name: string): string {
  return `.postdeck-given-${index}-${name}`
}

/** Shell commands, on the line ending the sample before, putting the files given again in place. */
export function puttingInPlace(index: number, files: Record<string, string>): string {
  return Object.keys(files)
    .map((name) => `; command cp -f -- '${waitingName(index, name)}' '${name}'`)
    .join('')
}
