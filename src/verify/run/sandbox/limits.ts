import type { SampleLimits } from './settings.js'

/** `prlimit` options for `limits`; the CPU limit is never below the run's timeout. */
export function limitArgs(limits: SampleLimits, timeoutSeconds: number): string[] {
  const mib = 1024 * 1024
  const cpu = Math.ceil(Math.max(limits.cpuSeconds, timeoutSeconds))
  return [
    `--nproc=${limits.processes}`,
    `--data=${limits.memoryMiB * mib}`,
    `--fsize=${limits.fileSizeMiB * mib}`,
    `--cpu=${cpu}:${cpu + 1}`,
    '--core=0',
  ]
}
