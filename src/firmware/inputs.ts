// Reads what a firmware build is made of from the edk2 tree and the machine (commit, its time,
// tool versions): the one place the CLI and the sub-action get their manifest inputs from.
import { firstLine } from '../util/exec-first-line.js'
import type { Edk2Options } from './edk2.js'
import type { FirmwareInputs } from './manifest.js'
import { chooseEpoch, METHOD } from './reproducible.js'
import { edk2Toolchains } from './toolchains.js'

export interface FirmwareRequest extends Omit<Edk2Options, 'reproducible'> {
  repository: string
  ref: string
  /** --source-date-epoch / the SOURCE_DATE_EPOCH variable, when given. */
  epoch: { value: string; from: string } | null
}

/** The build options with their epoch, and the inputs the manifest and the cache key record. */
export function readFirmwareInputs(r: FirmwareRequest): { options: Edk2Options; inputs: FirmwareInputs } {
  const sha = firstLine(['git', '-C', r.source, 'rev-parse', 'HEAD'])
  const commit = /^[0-9a-f]{40}$/.test(sha) ? sha : 'unknown'
  const commitTime =
    commit === 'unknown' ? '' : firstLine(['git', '-C', r.source, 'log', '-1', '--format=%ct'])
  const epoch = chooseEpoch(r.epoch, commit, commitTime)
  const options: Edk2Options = {
    source: r.source,
    buildDir: r.buildDir,
    platform: r.platform,
    arch: r.arch,
    target: r.target,
    toolchainTag: r.toolchainTag,
    defines: r.defines,
    jobs: r.jobs,
    reproducible: { commit, sourceDateEpoch: epoch.sourceDateEpoch }
  }
  const inputs: FirmwareInputs = {
    repository: r.repository,
    ref: r.ref,
    commit,
    options: {
      platform: r.platform,
      arch: r.arch,
      target: r.target,
      toolchainTag: r.toolchainTag,
      defines: r.defines,
      buildDir: r.buildDir
    },
    toolchains: edk2Toolchains(),
    reproducible: { ...epoch, method: METHOD }
  }
  return { options, inputs }
}

/** SOURCE_DATE_EPOCH from the environment as an explicit epoch, or null when unset. */
export function epochFromEnv(env: NodeJS.ProcessEnv = process.env): FirmwareRequest['epoch'] {
  const v = env.SOURCE_DATE_EPOCH
  return v === undefined || v === '' ? null : { value: v, from: 'SOURCE_DATE_EPOCH' }
}
