// Where a rebuild must run, decided from the record alone: which remappings count (only those the
// rebuild makes again), and which recorded paths are free (a link, even a dangling one, is not).
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { Measurement } from '../../src/record/schema.js'
import { rebuildPlace, unavailable } from '../../src/reproduce/place.js'
import type { BuildGroup } from '../../src/reproduce/records.js'
import { tempDir } from '../helpers/temp.js'

const dir = tempDir('svsm-place-')
const checkout = join(dir, 'svsm')
const cargoHome = join(dir, 'cargo')

function group(build: Partial<NonNullable<BuildGroup['build']>>, release = true): BuildGroup {
  const b = {
    checkout,
    cargoHome,
    rustc: null,
    linker: null,
    remap: [],
    searched: ['bin/svsm'],
    embeddedPaths: [],
    ...build
  }
  return {
    commit: 'c'.repeat(40),
    gitVersion: '2026.01',
    options: { release } as BuildGroup['options'],
    build: b,
    records: [{ inputs: { build: b } } as unknown as Measurement]
  }
}
const place = (g: BuildGroup) =>
  rebuildPlace(g, { anyPaths: false, env: { CARGO_HOME: join(dir, 'mine') }, cwd: dir })
const remap = (by: 'remap-paths' | 'RUSTFLAGS') => ({
  by,
  where: by === 'RUSTFLAGS' ? 'RUSTFLAGS' : 'target.x86_64-unknown-none.rustflags',
  flags: [`--remap-path-prefix=${checkout}=.`, `--remap-path-prefix=${cargoHome}/registry/src=`]
})

describe('rebuildPlace', () => {
  it('rebuilds a remap-paths build anywhere, remapped the same way', () => {
    expect(place(group({ remap: [remap('remap-paths')] }))).toMatchObject({ at: 'anywhere' })
  })

  it('does not count a remapping made by RUSTFLAGS, which the rebuild does not set', () => {
    const p = place(group({ remap: [remap('RUSTFLAGS')] }))
    expect(p.at).toBe('recorded')
    expect(p.why).toContain('which reproduce does not set')
  })

  it("takes a link at a recorded path, even a dangling one, for someone else's", () => {
    mkdirSync(dir, { recursive: true })
    symlinkSync(join(dir, 'nowhere'), checkout)
    const p = place(
      group({ embeddedPaths: [{ what: 'CARGO_HOME', prefix: cargoHome, files: { 'bin/svsm': 2 } }] })
    )
    expect(p).toMatchObject({ at: 'recorded' })
    if (p.at !== 'recorded') return
    expect(p.needs).toEqual([
      { what: 'checkout', path: checkout, state: 'taken' },
      { what: 'CARGO_HOME', path: cargoHome, state: 'free' }
    ])
  })

  it('refuses a recorded path under a link: a build there would see the path the link leads to', () => {
    const real = join(dir, 'real')
    mkdirSync(real)
    symlinkSync(real, join(dir, 'via'))
    const g = group({
      checkout: join(dir, 'via', 'svsm'),
      embeddedPaths: [{ what: 'CARGO_HOME', prefix: cargoHome, files: { 'bin/svsm': 2 } }]
    })
    const p = place(g)
    if (p.at !== 'recorded') throw new Error(`expected a rebuild at the recorded paths, got ${p.at}`)
    expect(p.needs[0]).toEqual({
      what: 'checkout',
      path: join(dir, 'via', 'svsm'),
      state: 'linked',
      parent: join(dir, 'via')
    })
    expect(unavailable(p, null).message).toContain(
      `checkout ${join(dir, 'via', 'svsm')} lies under ${join(dir, 'via')}, which is a link to ${real}, so a build there sees another path`
    )
  })
})
