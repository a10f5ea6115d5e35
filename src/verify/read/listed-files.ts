import type { Code, Parent } from 'mdast'
import { fenceFileName, inOtherLanguage } from './named-files.js'

/** A file a fence gives the samples after it: its name, and its text unless in another language. */
export interface FenceFile {
  name: string
  content: string | undefined
}

/** A prompt (`$ `, `# `, `[root@localhost ~]# `, `user@host:~$ `), then `cat` and one file of the folder. */
const catLine =
  /^\s*(?:\[[^\]\n]+\]\s?[#$]|[\w.-]+@[\w.-]+:\S*[#$]|[$#❯%])\s*cat\s+(?:\.\/)?([\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|json|txt|csv|ya?ml|toml|ini|conf|env))\s*$/u
/** `cat`'s own error, not the file's text: `cat: tmp.txt: Permission denied`. */
const catError = /^cat: .+: \S/u
/** A line that opens another command at a prompt. */
const promptLine = /^\s*(?:\[[^\]\n]+\]\s?[#$]|[\w.-]+@[\w.-]+:\S*[#$]|[$❯%])\s/u

/**
 * The file a fence gives the samples after it: the code a post names
 * (named-files.ts), or the text a transcript lists with `cat` as its only
 * command (`[root@localhost ~]# cat fruits_shop.sh` and the script under
 * it), which a later `bash fruits_shop.sh` runs, as in the reader's terminal.
 */
export function fenceFile(
  node: Code,
  parent: Parent,
  index: number,
  code: (value: string) => string,
): FenceFile | undefined {
  const name = fenceFileName(node, parent, index)
  if (name)
    return { name, content: inOtherLanguage(name, node.lang) ? undefined : code(node.value) }
  return catListing(node.value)
}

/**
 * The file a `cat name` transcript lists, when `cat` is its only command and
 * it lists something: not `cat`'s error (`cat: tmp.txt: Permission denied`),
 * which shows the file's mode, not its text.
 */
export function catListing(value: string): FenceFile | undefined {
  const [first = '', ...rest] = value.split('\n')
  const name = catLine.exec(first)?.[1]
  if (name === undefined || rest.some((line) => promptLine.test(line) || catError.test(line))) {
    return undefined
  }
  while (rest.length > 0 && rest.at(-1)?.trim() === '') rest.pop()
  return rest.length === 0 ? undefined : { name, content: `${rest.join('\n')}\n` }
}
