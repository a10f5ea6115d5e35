/**
 * A command that lists the environment's variables (`env`, `A=1 B=1 env |
 * grep -e A= -e B=`, `printenv`, `export -p`, `declare -x`): the shell passes
 * them in an order of its own, which differs from one shell, and one
 * version, to the next, so its lines are compared in any order, as the
 * `unordered` annotation does. A `printenv` of named variables prints them
 * in the order asked, and stays in order.
 */
export function listsEnvironment(command: string): boolean {
  const first = command.split('|')[0] ?? ''
  const words = first
    .trim()
    .split(/\s+/)
    .filter((word) => !/^[A-Za-z_]\w*=/.test(word))
  const [program = '', ...rest] = words
  if (program === 'env' || program === 'printenv') return rest.length === 0
  return (
    (program === 'export' && rest.join(' ') === '-p') ||
    (program === 'declare' && /^-[px]+$/.test(rest.join(' ')))
  )
}
