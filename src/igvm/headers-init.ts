// Initialization headers: the guest policy (reserved field zero), relocation regions (kept for
// the parameter insert rule; relocatable regions are read but not kept).
import type { HeaderContext } from './header-context.js'

export function guestPolicy(c: HeaderContext): void {
  if (c.b32(0xc) !== 0) c.fail(c.at, 'GUEST_POLICY reserved field is not zero', 'ReservedNotZero')
  c.file.policies.push({ offset: c.at, policy: c.u64(0), mask: c.b32(8) })
}

export function relocatableRegion(): void {}

export function pageTableRelocation(c: HeaderContext): void {
  c.file.relocations.push({ offset: c.at, mask: c.b32(0), gpa: c.u64(8), size: c.u64(0x10) })
}
