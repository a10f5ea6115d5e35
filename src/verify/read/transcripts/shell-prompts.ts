/**
 * A prompt that names the user and the host, as bash's default prompts of
 * Red Hat (`[root@CentOS ~]# `, `[ann@box src]$ `) and Debian (`ann@box:~$ `,
 * `root@box:/etc# `) show them: `#` ends root's prompt, `$` any other user's.
 * The name of an active Python virtualenv or conda environment may stand
 * before it, `(venv) ann@box:~$ `, or before a bare `$`, `(base) $ `. The
 * command follows after a space; a prompt alone is the shell waiting, with
 * no command.
 *
 * Note: macOS's `mbp:types ann$ ` is not read so yet: its transcripts show the
 * author's programs and versions (`tree`, `node -v`), which need their own rules.
 */
const hostPrompt =
  /^(?:\([A-Za-z][\w.-]*\) ?)?(?:\[[\w.-]+@[\w.-]+(?: [^\]\n]*)?\]|[\w.-]+@[\w.-]+:[^\s$#]*) ?[$#](?: (.*)|$)/u
/** A bare `$` prompt after an environment's name: `(venv) $ pip install x`. */
const environmentPrompt = /^\([A-Za-z][\w.-]*\) {1,2}\$(?: (.*)|$)/u
/**
 * A prompt the author set with `PS1` to a path and `>`, as a post on the
 * shell's startup files shows which file set it (`PS1="~/.bash_profile> "`):
 * `/etc/profile> grep PS1 ~/.bashrc`, or `~/.profile>` alone, the shell
 * waiting. A path glued to `>` is no command a reader types; `> ` alone is
 * the continuation prompt, read elsewhere.
 */
const pathPrompt = /^(?:~|\/)[^\s>$#]*>(?: (.*)|\s*$)/u

/**
 * The command typed after a prompt naming the user and host (`[root@CentOS
 * ~]# echo $a` gives `echo $a`), `''` for a prompt with no command, and
 * `undefined` for a line with no such prompt.
 */
export function hostPromptCommand(line: string): string | undefined {
  const match = hostPrompt.exec(line) ?? environmentPrompt.exec(line) ?? pathPrompt.exec(line)
  return match ? (match[1] ?? '') : undefined
}
