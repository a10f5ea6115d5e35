import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * What tools of every language print when a host name cannot be resolved or
 * the network cannot be reached: curl and git (`Could not resolve host`),
 * wget (`unable to resolve host address`), Node (`getaddrinfo ENOTFOUND`,
 * `EAI_AGAIN`, `ENETUNREACH`), Python's socket, urllib and requests (`Name
 * or service not known`, `Temporary failure in name resolution`,
 * `NameResolutionError`), ping and dig, and Go's tools (Docker's `dial tcp: ...:
 * connect: network is unreachable`).
 */
const unreachable =
  /Could not resolve host|unable to resolve host address|getaddrinfo\s+(?:ENOTFOUND|EAI_AGAIN)|\b(?:ENOTFOUND|EAI_AGAIN|ENETUNREACH)\b|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No address associated with hostname|NameResolutionError|Failed to resolve '|[Nn]etwork is unreachable|no servers could be reached|Could not resolve hostname/

/**
 * A connection to a server that is not listening: Python's
 * `ConnectionRefusedError`, Node's `ECONNREFUSED`, curl's `Connection
 * refused`. The server is another program of the post (started in another
 * terminal) or of the author's machine; the sample is a client of it.
 */
const refused = /ConnectionRefusedError|\bECONNREFUSED\b|Connection refused/

/**
 * The Docker client's words when no Docker daemon runs on the machine
 * (`Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is
 * the docker daemon running?`): the server every `docker` command talks to.
 */
const noDockerDaemon = /Cannot connect to the Docker daemon/

/**
 * Exit codes that say the network failed, for tools run silently (`curl -s`
 * prints nothing): curl's 6 (host not resolved) and 7 (no connection), wget's 4.
 */
const silentExit: ReadonlyArray<{ tool: RegExp; codes: readonly number[] }> = [
  { tool: /(?:^|[\s;&|(`$])curl\s/m, codes: [6, 7] },
  { tool: /(?:^|[\s;&|(`$])wget\s/m, codes: [4] },
]

/**
 * Why a sample that failed needs the network, decided from its error: the
 * message of a name that did not resolve or a network that cannot be
 * reached (samples run offline), a Docker daemon that is not running, or a
 * silent `curl`/`wget` that ended with its network exit code. `undefined` when the post itself shows that error
 * (it is then the output to compare) or the failure is of another kind.
 */
export function networkNeed(
  sample: Sample,
  output: string,
  exitCode?: number | null,
): string | undefined {
  const documented = sample.expected?.lines.join('\n') ?? ''
  if (unreachable.test(documented)) return undefined
  if (!noDockerDaemon.test(documented) && noDockerDaemon.test(output)) {
    return 'needs a server that is not running here: the Docker daemon'
  }
  const said = unreachable.exec(output)?.[0]
  if (said !== undefined) {
    return /unreachable|ENETUNREACH/.test(said)
      ? 'needs the network: it is unreachable here'
      : 'needs the network: no host name resolves here'
  }
  if (!refused.test(documented) && refused.test(output)) {
    return 'needs a server that is not running here: the connection was refused'
  }
  if (exitCode === undefined || exitCode === null || !isShellRunner(sample.runner)) return undefined
  const code = [sample.code, ...Object.values(sample.files)].join('\n')
  const silent = silentExit.find(({ tool, codes }) => tool.test(code) && codes.includes(exitCode))
  if (silent === undefined) return undefined
  const tool =
    silent.tool
      .exec(code)?.[0]
      .trim()
      .replace(/^[;&|(`$]/, '') ?? ''
  return `needs the network: \`${tool}\` ended with its network error code ${exitCode}`
}
