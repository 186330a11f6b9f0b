// IGVM_VHT_SUPPORTED_PLATFORM: one bit of compatibility mask per platform, each platform type once,
// the VTL, type and version igvm 0.4.0 knows, no shared GPA boundary where there is no sharing.
import { PLATFORM_TYPE } from './format.js'
import type { HeaderContext } from './header-context.js'
import type { Platform } from './igvm-file.js'

export function supportedPlatform(c: HeaderContext): void {
  const { at, fail, file } = c
  const p: Platform = {
    offset: at,
    mask: c.b32(0),
    highestVtl: c.b8(4),
    platformType: c.b8(5),
    platformVersion: c.b16(6),
    sharedGpaBoundary: c.u64(8)
  }
  if (p.mask === 0 || (p.mask & (p.mask - 1)) !== 0)
    fail(
      at,
      `compatibility_mask 0x${p.mask.toString(16)} must have exactly one bit set`,
      'InvalidPlatformType'
    )
  if (p.highestVtl !== 0 && p.highestVtl !== 2)
    fail(at, `highest_vtl ${p.highestVtl} is neither 0 nor 2`, 'InvalidHighestVtl')
  if (p.platformType > PLATFORM_TYPE.SEV_ES)
    fail(at, `platform_type ${p.platformType} is not one igvm 0.4.0 knows`, 'InvalidPlatformType')
  if (p.platformVersion !== 1)
    fail(at, `platform_version ${p.platformVersion} is not 1`, 'InvalidPlatformVersion')
  if (
    (p.platformType === PLATFORM_TYPE.NATIVE || p.platformType === PLATFORM_TYPE.VSM_ISOLATION) &&
    p.sharedGpaBoundary !== 0n
  ) {
    fail(
      at,
      `shared_gpa_boundary must be 0 for the ${p.platformType === 0 ? 'native' : 'VSM'} platform`,
      'InvalidSharedGpaBoundary'
    )
  }
  if (file.platforms.some(q => q.platformType === p.platformType))
    fail(at, `platform type ${p.platformType} appears twice`, 'MultiplePlatformHeadersWithSameIsolation')
  if (file.platforms.some(q => q.mask === p.mask))
    fail(at, `compatibility mask 0x${p.mask.toString(16)} is used by two platforms`, 'InvalidPlatformType')
  if (file.version === 2 && file.arch === 1 && p.platformType !== PLATFORM_TYPE.VSM_ISOLATION)
    fail(at, 'an AArch64 file may only support the VSM platform', 'InvalidPlatformType')
  file.platforms.push(p)
}
