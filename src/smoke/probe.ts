// What QEMU is this, and can it load IGVM files? Asked before booting so that a QEMU without IGVM
// support fails with one clear message instead of an "invalid object type" from deep in a boot.
import { spawnSync } from 'node:child_process'

export interface QemuInfo {
  qemu: string
  /** "11.1.0", or the first line of --version when it has no version number. */
  version: string
  igvm: boolean
}

const parseQemuVersion = (stdout: string): string | null =>
  /QEMU emulator version (\S+)/.exec(stdout)?.[1] ?? null

/** `-object help` lists the user-creatable objects; IGVM support means igvm-cfg is one. */
const listsIgvmCfg = (objectHelp: string): boolean => /^\s*igvm-cfg\s*$/m.test(objectHelp)

export function probeQemu(qemu: string, romDir?: string, env?: NodeJS.ProcessEnv): QemuInfo {
  const rom = romDir ? ['-L', romDir] : []
  const ask = (args: string[]) => {
    const r = spawnSync(qemu, [...rom, ...args], {
      encoding: 'utf8',
      timeout: 30_000,
      ...(env ? { env } : {})
    })
    if (r.error) throw new Error(`cannot run QEMU ${qemu}: ${r.error.message}`)
    if (r.status !== 0)
      throw new Error(
        `${qemu} ${args.join(' ')} exited with status ${r.status}: ${r.stderr.trim().split('\n')[0]}`
      )
    return r.stdout
  }
  const out = ask(['--version'])
  const version = parseQemuVersion(out) ?? out.split('\n')[0]!.trim()
  return { qemu, version, igvm: listsIgvmCfg(ask(['-object', 'help'])) }
}

export function describeQemu(i: QemuInfo): string {
  return `QEMU ${i.version} (${i.qemu}): IGVM support ${i.igvm ? 'yes' : 'no'}`
}

/** The error for a QEMU that cannot load IGVM files. */
export function noIgvmError(i: QemuInfo): Error {
  return new Error(
    `${i.qemu} (QEMU ${i.version}) has no IGVM support: its "-object help" does not list igvm-cfg; use a QEMU built with --enable-igvm (the qemu reusable workflow builds one)`
  )
}
