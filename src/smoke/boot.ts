// One smoke boot as the CLI and the sub-action run it: ask QEMU what it is (and refuse one without
// IGVM support), boot under KVM when it is usable, and when KVM cannot run the image here (no
// 1 GiB pages, or a guest that resets instead of printing) boot again under TCG, saying why.
import { renameSync } from 'node:fs'
import { pickAccel } from './accel.js'
import type { RunProfile } from './manifest.js'
import { describeQemu, noIgvmError, probeQemu, type QemuInfo } from './probe.js'
import { qemuArgv } from './qemu-argv.js'
import { runSmoke, type SmokeResult } from './runner.js'
import { displayArgv } from '../run/process.js'

/** QEMU's warning when the host KVM lacks a CPU feature the profile asks for. */
const KVM_FEATURE_WARNING = /host doesn't support requested feature: [^\n]*pdpe1gb[^\n]*/

/** QEMU 11.1 on a machine without a device tree (q35) refuses upstream's DEVICE_TREE parameter. */
const NO_DEVICE_TREE = /IGVM: device tree not available/

interface BootAttempt {
  accel: 'kvm' | 'tcg'
  argv: string[]
  result: SmokeResult
}

interface BootReport {
  qemu: QemuInfo
  accel: 'kvm' | 'tcg'
  /** Why KVM was tried and left for TCG. */
  fallback?: string
  attempts: BootAttempt[]
  result: SmokeResult
}

interface BootOptions {
  profile: RunProfile
  igvm: string
  /** The serial log; a KVM attempt that is given up is kept as `<name>.kvm.serial.log`. */
  log: string
  say: (line: string) => void
  kvmDevice?: string
  /** QEMU's environment (default: this process's). */
  env?: NodeJS.ProcessEnv
}

const kvmLog = (log: string) => log.replace(/(\.serial)?\.log$/, '') + '.kvm.serial.log'

export async function smokeBoot(o: BootOptions): Promise<BootReport> {
  const p = o.profile
  const info = probeQemu(p.qemu, p['rom-dir'], o.env)
  o.say(describeQemu(info))
  if (!info.igvm) throw noIgvmError(info)
  const boot = async (accel: 'kvm' | 'tcg', log: string): Promise<BootAttempt> => {
    const argv = qemuArgv(p, o.igvm, accel)
    o.say(`$ ${displayArgv(argv)}`)
    const result = await runSmoke({
      argv,
      log,
      timeoutMs: p.timeout * 1000,
      success: new RegExp(p.success),
      ...(p['success-exit-code'] !== undefined ? { successExitCode: p['success-exit-code'] } : {}),
      ...(accel === 'kvm' ? { abortOn: KVM_FEATURE_WARNING } : {}),
      ...(o.env ? { env: o.env } : {})
    })
    if (result.status !== 'passed' && NO_DEVICE_TREE.test(result.tail))
      result.reason += `; QEMU ${info.version} takes a file with a DEVICE_TREE directive (upstream's igvmbuilder always writes one) only on a machine with a device tree: set machine = "microvm" in the run profile, or use COCONUT's QEMU fork for ${p.machine}`
    return { accel, argv, result }
  }
  const accel = pickAccel(p.accel, o.kvmDevice)
  const attempts: BootAttempt[] = []
  if (accel === 'kvm') {
    const first = await boot('kvm', o.log)
    attempts.push(first)
    const r = first.result
    const why = r.aborted
      ? `KVM here offers no 1 GiB pages (QEMU: "${r.aborted}"), which upstream's initial page tables use`
      : r.reset
        ? 'the guest reset under KVM instead of printing (a KVM without 1 GiB pages does that to upstream-made images)'
        : null
    if (why && p.accel === 'auto') {
      const fallback = `${why}; booting under TCG instead`
      o.say(fallback)
      // The KVM attempt's log is kept beside the one that decides.
      renameSync(o.log, kvmLog(o.log))
      first.result.log = kvmLog(o.log)
      const second = await boot('tcg', o.log)
      attempts.push(second)
      return { qemu: info, accel: 'tcg', fallback, attempts, result: second.result }
    }
    return { qemu: info, accel: 'kvm', attempts, result: r }
  }
  const only = await boot('tcg', o.log)
  return { qemu: info, accel: 'tcg', attempts: [only], result: only.result }
}
