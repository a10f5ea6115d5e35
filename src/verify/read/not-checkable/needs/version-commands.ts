/**
 * A command asking a program for its version (`$ python3 --version`,
 * `node -v`, `java -version`, `go version`), whose output is the version
 * the author's machine has installed, not something the post's code
 * computes: the program's name, or `undefined`. Redirections after it
 * (`python2 --version 2> /dev/null`) do not change that.
 */
const versionCommand =
  /(?:^|[|;&(]|\$\()\s*(?:\$\s+)?(?:sudo\s+)?([\w.+-]+)\s+(?:--version|-version|-[vV]|version)(?=\s*(?:[12]?>|\||;|&|$))/m

/** The program whose version the code asks for, if it asks. */
export function versionShown(code: string): string | undefined {
  return versionCommand.exec(code)?.[1]
}
