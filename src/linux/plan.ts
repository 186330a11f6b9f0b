// Host and guest kernels from coconut-svsm/linux (branch svsm): a config from a file or a
// defconfig, the SEV-SNP options on top, then bzImage.
import { shortHash, type KeyContext } from '../cache/keys.js'
import { command } from '../plan/step.js'
import type { CommandStep } from '../plan/types.js'

/** Options each role needs on top of the base config (scripts/config --enable). */
const SNP_OPTIONS = {
  host: [
    'KVM',
    'KVM_AMD',
    'KVM_AMD_SEV',
    'AMD_MEM_ENCRYPT',
    'CRYPTO_DEV_CCP',
    'CRYPTO_DEV_CCP_DD',
    'CRYPTO_DEV_SP_PSP',
    'VHOST_VSOCK'
  ],
  guest: ['AMD_MEM_ENCRYPT', 'SEV_GUEST', 'TCG_SVSM', 'EFI', 'EFI_STUB', 'VIRTIO_VSOCKETS', 'TSM_REPORTS']
} as const

export interface LinuxOptions {
  source: string
  role: 'host' | 'guest'
  /** A config file, or a make target such as defconfig / x86_64_defconfig. */
  config: { file: string } | { defconfig: string }
  extraOptions: string[]
  jobs: number
}

/** Every command runs in the source tree. */
export function planLinux(o: LinuxOptions): CommandStep[] {
  const step = (id: string, title: string, argv: string[]) =>
    command({ id: `linux/${id}`, group: 'linux', title, argv, cwd: o.source })
  const enable = [...SNP_OPTIONS[o.role], ...o.extraOptions].flatMap(opt => ['--enable', opt])
  return [
    'file' in o.config
      ? step('config', `Using ${o.config.file}`, ['cp', o.config.file, '.config'])
      : step('config', `make ${o.config.defconfig}`, ['make', o.config.defconfig]),
    step('snp-options', `Enabling the SEV-SNP ${o.role} options`, [
      'scripts/config',
      '--file',
      '.config',
      ...enable
    ]),
    step('olddefconfig', 'make olddefconfig', ['make', 'olddefconfig']),
    step('bzImage', 'Building bzImage', ['make', `-j${o.jobs}`, 'bzImage'])
  ]
}

export const LINUX_OUTPUTS = ['arch/x86/boot/bzImage', 'System.map', '.config']

/** The commit and the config: the base config's content (or defconfig name), role and options. */
export function linuxCacheKey(
  k: KeyContext,
  commit: string,
  o: Pick<LinuxOptions, 'role' | 'extraOptions'>,
  baseConfig: string
): string {
  return `${k.prefix}-linux-${o.role}-v1-${k.os}-${k.arch}-${shortHash(commit, baseConfig, JSON.stringify([...SNP_OPTIONS[o.role], ...o.extraOptions]))}`
}
