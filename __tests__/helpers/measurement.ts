// A complete measurement record for report tests.
import type { Measurement } from '../../src/record/schema.js'

export const measurement = (
  target: Measurement['target'],
  digest: string,
  extra: Partial<Measurement> = {}
): Measurement => ({
  target,
  recipe: 'configs/all-targets.json',
  recipeSha256: 'a'.repeat(64),
  igvm: `bin/coconut-${target}.igvm`,
  size: 1000,
  sha256: 'b'.repeat(64),
  launchDigest: digest,
  measuredBy: 'igvmmeasure',
  platforms: ['snp', 'tdp'],
  policy: '0x30000',
  checkKvm: target !== 'hyper-v',
  nativeZero: target === 'vanadium',
  gitVersion: '2026.07-devel-113-gf4bc4bcd',
  profile: 'debug',
  features: { svsm: ['vtpm'] },
  allFeatures: false,
  firmware: null,
  toolchain: 'rustc 1.88.0',
  ...extra
})
