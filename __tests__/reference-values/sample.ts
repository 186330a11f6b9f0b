// A build input made up for these tests: digests are SHA-384 of labels, so nothing is copied from
// a real build, and each value is easy to tell apart in a failure.
import { createHash } from 'node:crypto'
import type { BuildInput } from '../../src/reference-values/input.js'

export const sha384 = (label: string) => createHash('sha384').update(label).digest('hex').toUpperCase()

export const QEMU_LD = sha384('qemu launch digest')
export const QEMU_MRTD = sha384('qemu mrtd')
export const HYPERV_LD = sha384('hyper-v launch digest')
export const ID_KEY = sha384('id key')
export const AUTHOR_KEY = sha384('author key')

/** qemu: SEV-SNP and TDX, unsigned; hyper-v: SEV-SNP, ID-block-signed; vanadium: no SEV-SNP. */
export function sampleInput(): BuildInput {
  return {
    repository: { name: 'coconut-svsm/svsm', url: 'https://github.com/coconut-svsm/svsm' },
    version: 'v2026.01-12-g5b8d1dd',
    targets: [
      {
        target: 'qemu',
        igvm: 'coconut-qemu.igvm',
        platforms: ['snp', 'tdp'],
        launchDigest: QEMU_LD,
        policy: '0x30000',
        tdxMrtd: QEMU_MRTD
      },
      {
        target: 'hyper-v',
        igvm: 'coconut-hyperv-signed.igvm',
        platforms: ['snp', 'vsm'],
        launchDigest: HYPERV_LD,
        policy: '0x30000',
        idBlock: {
          familyId: '00000000000000000000000000000001',
          imageId: '000000000000000000000000000000A2',
          idKeyDigest: ID_KEY,
          authorKeyDigest: AUTHOR_KEY,
          guestSvn: 3
        }
      },
      {
        target: 'vanadium',
        igvm: 'coconut-vanadium.igvm',
        platforms: ['native'],
        launchDigest: sha384('vanadium launch digest'),
        policy: '0x30000'
      }
    ]
  }
}
