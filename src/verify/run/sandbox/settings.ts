import { AsyncLocalStorage } from 'node:async_hooks'

/** `required`: refuse to run samples without a sandbox; `auto`: use one where the OS allows; `off`: never. */
export type SandboxMode = 'required' | 'auto' | 'off'

/** What one sample may use. */
export interface SampleLimits {
  /** Writable memory of each process (`RLIMIT_DATA`), MiB. */
  memoryMiB: number
  /** Processes and threads at once, all the sample's together (in the sandbox only). */
  processes: number
  /** Largest file a sample may write, its output included, MiB. */
  fileSizeMiB: number
  /** CPU seconds of each process; never less than the run's timeout. */
  cpuSeconds: number
}

/** Limits that the seed's samples and real tutorials fit with room to spare. */
export const defaultLimits: SampleLimits = Object.freeze({
  memoryMiB: 1024,
  processes: 256,
  fileSizeMiB: 64,
  cpuSeconds: 60,
})

/** How the samples of one job run. */
export interface SandboxSettings {
  mode: SandboxMode
  limits: SampleLimits
  /** Give the sample the network (annotation `network`); off by default. */
  network: boolean
}

export const defaultSandboxSettings: SandboxSettings = Object.freeze({
  mode: 'auto',
  limits: defaultLimits,
  network: false,
})

const current = new AsyncLocalStorage<SandboxSettings>()

/** Run `work` with every process it starts for a sample (see `runProcess`) under `settings`. */
export function withSandbox<T>(settings: SandboxSettings, work: () => Promise<T>): Promise<T> {
  return current.run(settings, work)
}

/** The settings of the job being run, or the defaults. */
export function currentSandbox(): SandboxSettings {
  return current.getStore() ?? defaultSandboxSettings
}
