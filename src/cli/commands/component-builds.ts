// `svsm-build qemu` and `svsm-build kernel`: the QEMU-with-IGVM and Linux builds the reusable
// workflows run, planned in src/qemu and src/linux. `--key` prints only the cache key.
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { runnerPlatform } from '../../util/platform.js'
import { UsageError } from '../../util/errors.js'
import { linuxCacheKey, LINUX_OUTPUTS, planLinux, type LinuxOptions } from '../../linux/plan.js'
import { planQemu, qemuBinary, qemuCacheKey, type QemuFlavor } from '../../qemu/plan.js'
import type { Step } from '../../plan/types.js'
import { runSteps } from '../../run/runner.js'
import { firstLine } from '../../util/exec-first-line.js'
import { streamLogger } from '../../util/log.js'

const QEMU_USAGE =
  'Usage: svsm-build qemu --qemu-src <DIR> --igvm-src <DIR> --prefix <DIR> [--flavor coconut|upstream] [--jobs N] [--configure-arg ARG]... [--key] [--key-prefix P]'
const KERNEL_USAGE =
  'Usage: svsm-build kernel --src <DIR> --role host|guest (--config <FILE> | --defconfig <TARGET>) [--enable OPTION]... [--jobs N] [--key] [--key-prefix P]'

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

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>, usage: string) {
  try {
    return parseArgs({ args, options, strict: true }).values as Record<
      string,
      string | boolean | string[] | undefined
    >
  } catch (e) {
    throw new UsageError((e as Error).message, usage)
  }
}

export async function qemuCommand(args: string[]): Promise<number> {
  const v = parse(
    args,
    {
      'qemu-src': { type: 'string' },
      'igvm-src': { type: 'string' },
      prefix: { type: 'string' },
      jobs: { type: 'string' },
      'configure-arg': { type: 'string', multiple: true },
      flavor: { type: 'string' },
      key: { type: 'boolean' },
      'key-prefix': { type: 'string' }
    },
    QEMU_USAGE
  )
  if (!v['qemu-src'] || !v['igvm-src'] || !v.prefix)
    throw new UsageError('--qemu-src, --igvm-src and --prefix are required', QEMU_USAGE)
  const flavor = (v.flavor as string | undefined) ?? 'coconut'
  if (flavor !== 'coconut' && flavor !== 'upstream')
    throw new UsageError(`--flavor ${flavor}: expected coconut or upstream`, QEMU_USAGE)
  const o = {
    flavor: flavor as QemuFlavor,
    qemuSource: resolve(v['qemu-src'] as string),
    igvmSource: resolve(v['igvm-src'] as string),
    prefix: resolve(v.prefix as string),
    jobs: Number(v.jobs ?? availableParallelism()),
    extraConfigure: (v['configure-arg'] as string[] | undefined) ?? []
  }
  if (v.key) {
    process.stdout.write(
      `${qemuCacheKey({ prefix: (v['key-prefix'] as string) ?? 'svsm-build', ...runnerPlatform() }, { qemu: commit(o.qemuSource), igvm: commit(o.igvmSource) }, o)}\n`
    )
    return 0
  }
  await run(planQemu(o))
  process.stdout.write(`${qemuBinary(o.prefix)}\n`)
  return existsSync(qemuBinary(o.prefix)) ? 0 : 1
}

export async function kernelCommand(args: string[]): Promise<number> {
  const v = parse(
    args,
    {
      src: { type: 'string' },
      role: { type: 'string' },
      config: { type: 'string' },
      defconfig: { type: 'string' },
      enable: { type: 'string', multiple: true },
      jobs: { type: 'string' },
      key: { type: 'boolean' },
      'key-prefix': { type: 'string' }
    },
    KERNEL_USAGE
  )
  if (!v.src || (v.role !== 'host' && v.role !== 'guest') || !v.config === !v.defconfig)
    throw new UsageError(
      '--src, --role host|guest and one of --config or --defconfig are required',
      KERNEL_USAGE
    )
  const o: LinuxOptions = {
    source: resolve(v.src as string),
    role: v.role,
    config: v.config ? { file: resolve(v.config as string) } : { defconfig: v.defconfig as string },
    extraOptions: (v.enable as string[] | undefined) ?? [],
    jobs: Number(v.jobs ?? availableParallelism())
  }
  if (v.key) {
    const base = 'file' in o.config ? readFileSync(o.config.file, 'utf8') : `defconfig:${o.config.defconfig}`
    process.stdout.write(
      `${linuxCacheKey({ prefix: (v['key-prefix'] as string) ?? 'svsm-build', ...runnerPlatform() }, commit(o.source), o, base)}\n`
    )
    return 0
  }
  await run(planLinux(o))
  for (const f of LINUX_OUTPUTS) process.stdout.write(`${join(o.source, f)}\n`)
  return LINUX_OUTPUTS.every(f => existsSync(join(o.source, f))) ? 0 : 1
}
