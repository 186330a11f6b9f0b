// QEMU with IGVM support: the IGVM C library (microsoft/igvm, igvm_c) into a prefix, then a static
// qemu-system-x86_64 against it. Two flavours: COCONUT's fork (coconut-svsm/qemu, branch svsm), as
// COCONUT's CI builds it and runs it on q35; or upstream QEMU (v11.1.0 or later has IGVM support),
// which also needs libfdt: files with a DEVICE_TREE directive load only with it ("Unknown header
// type ... 0x312" otherwise), and only on a machine with a device tree (microvm).
import { join } from 'node:path'
import { shortHash, type KeyContext } from '../cache/keys.js'
import { command } from '../plan/step.js'
import type { CommandStep } from '../plan/types.js'

export type QemuFlavor = 'coconut' | 'upstream'

export const QEMU_SOURCES: Record<QemuFlavor, { repository: string; ref: string; igvmRef: string }> = {
  coconut: { repository: 'https://github.com/coconut-svsm/qemu', ref: 'svsm', igvmRef: 'igvm-v0.3.4' },
  // ../shared/qemu-igvm in this project's CI is this build (with libigvm 0.4.0).
  upstream: { repository: 'https://gitlab.com/qemu-project/qemu.git', ref: 'v11.1.0', igvmRef: 'igvm-v0.4.0' }
}

const CONFIGURE_FLAGS = [
  '--target-list=x86_64-softmmu',
  '--enable-igvm',
  '--enable-tcg',
  '--enable-kvm',
  '--enable-slirp',
  '--enable-strip',
  '--enable-vhost-kernel',
  '--static',
  '--disable-docs',
  '--disable-user',
  '--without-default-features'
]

/** Added for upstream QEMU: the device tree support its IGVM loader needs. */
const UPSTREAM_CONFIGURE_FLAGS = ['--enable-fdt=system']

const configureFlags = (flavor: QemuFlavor = 'coconut') =>
  flavor === 'upstream' ? [...CONFIGURE_FLAGS, ...UPSTREAM_CONFIGURE_FLAGS] : CONFIGURE_FLAGS

interface QemuOptions {
  qemuSource: string
  igvmSource: string
  prefix: string
  jobs: number
  extraConfigure: string[]
  /** coconut (default) or upstream: which QEMU the source is, for its configure flags. */
  flavor?: QemuFlavor
}

export function planQemu(o: QemuOptions): CommandStep[] {
  const lib = join(o.prefix, 'lib64')
  const step = (id: string, s: { title: string; argv: string[]; cwd: string; env: Record<string, string> }) =>
    command({ id: `qemu/${id}`, group: 'qemu', ...s })
  return [
    step('igvm-build', {
      title: 'Building the IGVM C library',
      argv: ['make', '-C', 'igvm_c', `-j${o.jobs}`],
      cwd: o.igvmSource,
      env: { PREFIX: o.prefix }
    }),
    step('igvm-install', {
      title: 'Installing the IGVM C library',
      argv: ['make', '-C', 'igvm_c', 'install'],
      cwd: o.igvmSource,
      env: { PREFIX: o.prefix }
    }),
    step('configure', {
      title: 'Configuring QEMU',
      argv: [
        './configure',
        ...configureFlags(o.flavor),
        `--extra-ldflags=-L${lib}`,
        `--extra-cflags=-I${join(o.prefix, 'include')}`,
        `--prefix=${o.prefix}`,
        ...o.extraConfigure
      ],
      cwd: o.qemuSource,
      env: { PKG_CONFIG_PATH: join(lib, 'pkgconfig') }
    }),
    step('install', {
      title: 'Building and installing QEMU',
      argv: ['make', `-j${o.jobs}`, 'install'],
      cwd: o.qemuSource,
      env: {}
    })
  ]
}

/** Both commits and every configure flag; the prefix is part of the flags and so of the key. */
export function qemuCacheKey(
  k: KeyContext,
  commits: { qemu: string; igvm: string },
  o: Pick<QemuOptions, 'prefix' | 'extraConfigure' | 'flavor'>
): string {
  return `${k.prefix}-qemu-igvm-v1-${k.os}-${k.arch}-${shortHash(commits.qemu, commits.igvm, JSON.stringify([...configureFlags(o.flavor), ...o.extraConfigure]), o.prefix)}`
}

export const qemuBinary = (prefix: string) => join(prefix, 'bin', 'qemu-system-x86_64')
