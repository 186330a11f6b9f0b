// The QEMU command that boots the native platform of an IGVM file (QEMU built with IGVM support).
import type { RunProfile } from './manifest.js'

/** SVSM test images exit through isa-debug-exit at port 0xf4: QEMU's status is (value << 1) | 1. */
export const DEBUG_EXIT_DEVICE = 'isa-debug-exit,iobase=0xf4,iosize=0x04'

export function qemuArgv(p: RunProfile, igvm: string, accel: 'kvm' | 'tcg'): string[] {
  const argv = [
    p.qemu,
    '-machine',
    `${p.machine},igvm-cfg=igvm0`,
    '-object',
    `igvm-cfg,id=igvm0,file=${igvm}`,
    '-accel',
    accel,
    '-cpu',
    p.cpu,
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
