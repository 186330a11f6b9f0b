import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cacheSpecs } from '../../src/action/main/caches.js'
import { makePlan } from '../../src/plan/plan.js'
import { parseRecipe } from '../../src/recipe/load.js'
import { planOptions } from '../helpers/plan.js'
import { tempDir } from '../helpers/temp.js'

const root = tempDir('specs-')
mkdirSync(join(root, '.cargo'))
writeFileSync(join(root, 'Cargo.lock'), 'lock')
writeFileSync(join(root, '.cargo', 'config.toml'), '[alias]')
const recipe = (firmware: unknown, features = 'vtpm') =>
  parseRecipe(
    Buffer.from(
      JSON.stringify({
        kernel: { svsm: { features } },
        fs: { modules: {} },
        igvm: { 'hyper-v': { output: 'h.igvm', platforms: ['snp'] } },
        firmware
      })
    ),
    'r.json',
    'xbuild'
  ).recipe
const k = { prefix: 'svsm-build', os: 'Linux', arch: 'X64' }
const specs = (
  r = recipe({ command: ['make', 'fw'], file: 'fw/OVMF.fd' }),
  o = planOptions(),
  fwKey = 'edk2-x'
) =>
  cacheSpecs(root, join(root, 'target'), makePlan([r], 'xbuild', o), k, ['rustc 1.88.0'], fwKey, {
    CARGO_HOME: '/home/u/.cargo'
  })

describe('the caches of one build', () => {
  it('caches cargo home, target, and with a key the output of firmware.command', () => {
    const s = specs()
    expect(s.map(x => x.name)).toEqual(['cargo-home', 'target', 'firmware (r.json)'])
    expect(s[0]!.paths).toEqual([
      '/home/u/.cargo/registry/index',
      '/home/u/.cargo/registry/cache',
      '/home/u/.cargo/git/db'
    ])
    expect(s[1]!.paths).toEqual([join(root, 'target')])
    expect(s[2]!.paths).toEqual([join(root, 'fw/OVMF.fd')])
    expect(specs(undefined, undefined, '').map(x => x.name)).toEqual(['cargo-home', 'target'])
    expect(specs(recipe({ env: 'FW' })).map(x => x.name)).toEqual(['cargo-home', 'target'])
  })

  it('gives matrix legs that build differently different target keys, and the same legs the same', () => {
    const key = (r = recipe({}), o = planOptions()) => specs(r, o)[1]!.key
    expect(key()).toBe(key())
    expect(key(recipe({}, 'vtpm,attest'))).not.toBe(key())
    expect(key(undefined, planOptions({ release: true }))).not.toBe(key())
    expect(key(undefined, planOptions({ allFeatures: true }))).not.toBe(key())
    // The IGVM target set does not change what cargo builds.
    expect(key(undefined, planOptions({ targets: ['hyper-v'] }))).toBe(key())
  })
})
