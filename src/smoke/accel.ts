import { accessSync, constants } from 'node:fs'

/** KVM when /dev/kvm can be opened for reading and writing, else TCG (software emulation). */
export function pickAccel(wanted: 'auto' | 'kvm' | 'tcg', kvmDevice = '/dev/kvm'): 'kvm' | 'tcg' {
  if (wanted !== 'auto') return wanted
  try {
    accessSync(kvmDevice, constants.R_OK | constants.W_OK)
    return 'kvm'
  } catch {
    return 'tcg'
  }
}
