// `svsm-build qemu` and `svsm-build kernel`: the QEMU-with-IGVM and Linux builds the reusable
// workflows run, planned in src/qemu and src/linux. `--key` prints only the cache key.
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { runnerPlatform } from '../../util/platform.js'
import { UsageError } from '../../util/errors.js'
import { linuxCacheKey, LINUX_OUTPUTS, planLinux, type LinuxOptions } from '../../linux/plan.js'
import { planQemu, qemuBinary, qemuCacheKey, type QemuFlavor } from '../../qemu/plan.js'
import type { Step } from '../../plan/types.js'
import { runSteps } from '../../run/runner.js'
import { firstLine } from '../../util/exec-first-line.js'
import { streamLogger } from '../../util/log.js'
import { command, parseFlags, usageOf, wholeNumber } from '../flags.js'

const KEY_FLAGS = {
  key: { help: 'Print only the cache key of this build, build nothing' },
  'key-prefix': { value: '<P>', help: 'Prefix of the cache key (default svsm-build)' }
} as const

const QEMU_COMMAND = command({
  synopsis: ['svsm-build qemu --qemu-src <DIR> --igvm-src <DIR> --prefix <DIR> [OPTIONS]'],
  about:
    'Builds QEMU with IGVM support (the igvm C library first) and installs it under --prefix, as the\nreusable workflows do; prints the path of the QEMU binary.',
  flags: {
    'qemu-src': { value: '<DIR>', required: true, help: 'QEMU checkout' },
    'igvm-src': { value: '<DIR>', required: true, help: 'igvm (the library) checkout' },
    prefix: { value: '<DIR>', required: true, help: 'Install prefix' },
    flavor: {
      value: '<F>',
      choices: ['coconut', 'upstream'],
      help: "Whose QEMU: COCONUT's fork or upstream (default coconut)"
    },
    jobs: { value: '<N>', check: wholeNumber(1), help: 'Parallel jobs (default: number of CPUs)' },
    'configure-arg': {
      value: '<ARG>',
      multiple: true,
      help: 'Extra ./configure argument, repeatable (--configure-arg=--enable-x)'
    },
    ...KEY_FLAGS
  },
  args: { min: 0, max: 0, what: 'no arguments (only options)' },
  footer: 'Exit codes: 0 built, 1 the build failed, 2 usage error.'
})

const KERNEL_COMMAND = command({
  synopsis: [
    'svsm-build kernel --src <DIR> --role host|guest (--config <FILE> | --defconfig <TARGET>) [OPTIONS]'
  ],
  about: 'Builds a host or guest Linux kernel as the reusable workflows do; prints the paths of its outputs.',
  flags: {
    src: { value: '<DIR>', required: true, help: 'Linux checkout' },
    role: { value: '<ROLE>', required: true, choices: ['host', 'guest'], help: 'What the kernel is for' },
    config: { value: '<FILE>', help: 'Base .config (or --defconfig)' },
    defconfig: { value: '<TARGET>', help: 'make target of the base config (or --config)' },
    enable: { value: '<OPTION>', multiple: true, help: 'Kconfig option to enable, repeatable' },
    jobs: { value: '<N>', check: wholeNumber(1), help: 'Parallel jobs (default: number of CPUs)' },
    ...KEY_FLAGS
  },
  args: { min: 0, max: 0, what: 'no arguments (only options)' },
  footer: 'Exit codes: 0 built, 1 the build failed, 2 usage error.'
})

/** The plan's commands, each titled with its argv on stdout; every path in them is absolute. */
const run = (steps: Step[]) =>
  runSteps(steps, {
    root: process.cwd(),
    env: process.env,
    out: process.stdout,
    err: process.stderr,
    log: streamLogger(process.stdout, process.stderr)
  })

const commit = (dir: string) => firstLine(['git', '-C', dir, 'rev-parse', 'HEAD'])

export async function qemuCommand(args: string[]): Promise<number> {
  const parsed = parseFlags(QEMU_COMMAND, args)
  if (!parsed) return 0
  const v = parsed.values
  const flavor: QemuFlavor = v.flavor ?? 'coconut'
  const o = {
    flavor,
    qemuSource: resolve(v['qemu-src']),
    igvmSource: resolve(v['igvm-src']),
    prefix: resolve(v.prefix),
    jobs: Number(v.jobs ?? availableParallelism()),
    extraConfigure: v['configure-arg'] ?? []
  }
  if (v.key) {
    process.stdout.write(
      `${qemuCacheKey({ prefix: v['key-prefix'] ?? 'svsm-build', ...runnerPlatform() }, { qemu: commit(o.qemuSource), igvm: commit(o.igvmSource) }, o)}\n`
    )
    return 0
  }
  await run(planQemu(o))
  process.stdout.write(`${qemuBinary(o.prefix)}\n`)
  return existsSync(qemuBinary(o.prefix)) ? 0 : 1
}

export async function kernelCommand(args: string[]): Promise<number> {
  const parsed = parseFlags(KERNEL_COMMAND, args)
  if (!parsed) return 0
  const v = parsed.values
  if ((v.config === undefined) === (v.defconfig === undefined))
    throw new UsageError('expected one of --config <FILE> or --defconfig <TARGET>', usageOf(KERNEL_COMMAND))
  const o: LinuxOptions = {
    source: resolve(v.src),
    role: v.role,
    config: v.config !== undefined ? { file: resolve(v.config) } : { defconfig: v.defconfig! },
    extraOptions: v.enable ?? [],
    jobs: Number(v.jobs ?? availableParallelism())
  }
  if (v.key) {
    const base = 'file' in o.config ? readFileSync(o.config.file, 'utf8') : `defconfig:${o.config.defconfig}`
    process.stdout.write(
      `${linuxCacheKey({ prefix: v['key-prefix'] ?? 'svsm-build', ...runnerPlatform() }, commit(o.source), o, base)}\n`
    )
    return 0
  }
  await run(planLinux(o))
  for (const f of LINUX_OUTPUTS) process.stdout.write(`${join(o.source, f)}\n`)
  return LINUX_OUTPUTS.every(f => existsSync(join(o.source, f))) ? 0 : 1
}
