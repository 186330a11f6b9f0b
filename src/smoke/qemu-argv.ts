// The QEMU command that boots the native platform of an IGVM file (QEMU built with IGVM support).
import type { RunProfile } from './manifest.js'

/** SVSM test images exit through isa-debug-exit at port 0xf4: QEMU's status is (value << 1) | 1. */
const DEBUG_EXIT_DEVICE = 'isa-debug-exit,iobase=0xf4,iosize=0x04'

/**
 * Under KVM the CPU also asks for 1 GiB pages: upstream's initial page tables use them, and a KVM
 * that cannot offer them (nested, as on some CI hosts) makes QEMU say so at once ("host doesn't
 * support requested feature ... pdpe1gb") instead of leaving a guest that resets in a loop.
 */
const KVM_CPU_FEATURES = ',+pdpe1gb'

export function qemuArgv(p: RunProfile, igvm: string, accel: 'kvm' | 'tcg'): string[] {
  const argv = [
    p.qemu,
    ...(p['rom-dir'] ? ['-L', p['rom-dir']] : []),
    '-machine',
    `${p.machine},igvm-cfg=igvm0`,
    '-object',
    `igvm-cfg,id=igvm0,file=${igvm}`,
    '-accel',
    accel,
    '-cpu',
    accel === 'kvm' ? `${p.cpu}${KVM_CPU_FEATURES}` : p.cpu,
    '-smp',
    String(p.smp),
    '-m',
    p.memory,
    '-display',
    'none',
    '-serial',
    'stdio',
    '-monitor',
    'none',
    '-no-reboot'
  ]
  if (p['success-exit-code'] !== undefined) argv.push('-device', DEBUG_EXIT_DEVICE)
  return [...argv, ...p.args]
}
