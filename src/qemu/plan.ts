// QEMU with IGVM support, as COCONUT's CI builds it: the IGVM C library (microsoft/igvm, igvm_c)
// into a prefix, then a static qemu-system-x86_64 from coconut-svsm/qemu (branch svsm) against it.
import { join } from 'node:path'
import { shortHash, type KeyContext } from '../cache/keys.js'

export const DEFAULT_QEMU = { repository: 'https://github.com/coconut-svsm/qemu', ref: 'svsm' }
export const DEFAULT_IGVM = { repository: 'https://github.com/microsoft/igvm', ref: 'igvm-v0.3.4' }

export const CONFIGURE_FLAGS = [
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

export interface QemuOptions {
  qemuSource: string
  igvmSource: string
  prefix: string
  jobs: number
  extraConfigure: string[]
}

export interface QemuStep {
  title: string
  argv: string[]
  cwd: string
  env: Record<string, string>
}

export function planQemu(o: QemuOptions): QemuStep[] {
  const lib = join(o.prefix, 'lib64')
  return [
    {
      title: 'Building the IGVM C library',
      argv: ['make', '-C', 'igvm_c', `-j${o.jobs}`],
      cwd: o.igvmSource,
      env: { PREFIX: o.prefix }
    },
    {
      title: 'Installing the IGVM C library',
      argv: ['make', '-C', 'igvm_c', 'install'],
      cwd: o.igvmSource,
      env: { PREFIX: o.prefix }
    },
    {
      title: 'Configuring QEMU',
      argv: [
        './configure',
        ...CONFIGURE_FLAGS,
        `--extra-ldflags=-L${lib}`,
        `--extra-cflags=-I${join(o.prefix, 'include')}`,
        `--prefix=${o.prefix}`,
        ...o.extraConfigure
      ],
      cwd: o.qemuSource,
      env: { PKG_CONFIG_PATH: join(lib, 'pkgconfig') }
    },
    {
      title: 'Building and installing QEMU',
      argv: ['make', `-j${o.jobs}`, 'install'],
      cwd: o.qemuSource,
      env: {}
    }
  ]
}

/** Both commits and every configure flag; the prefix is part of the flags and so of the key. */
export function qemuCacheKey(
  k: KeyContext,
  commits: { qemu: string; igvm: string },
  o: Pick<QemuOptions, 'prefix' | 'extraConfigure'>
): string {
  return `${k.prefix}-qemu-igvm-v1-${k.os}-${k.arch}-${shortHash(commits.qemu, commits.igvm, JSON.stringify([...CONFIGURE_FLAGS, ...o.extraConfigure]), o.prefix)}`
}

export const qemuBinary = (prefix: string) => join(prefix, 'bin', 'qemu-system-x86_64')
