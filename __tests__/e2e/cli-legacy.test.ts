// A build.py-era tree: the legacy dialect's commands, its packit CLI, its igvmbuilder (--stage2).
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { encodePackIt } from '../../src/fsimage/packit.js'
import { builtinMeasure } from '../../src/engine/builtin-measure.js'
import { measurementsSchema } from '../../src/record/schema.js'
import { runCli, type Ran } from '../helpers/run.js'
import { makeTree } from '../helpers/tree.js'

let root: string
let r: Ran
beforeAll(() => {
  root = makeTree({ legacy: true })
  r = runCli(['build', '--svsm', root, 'configs/all-targets.json'])
})

describe('svsm-build on a build.py-era tree', () => {
  it('picks the build.py dialect and builds every target', () => {
    expect(r.stderr).not.toMatch(/^error:/m)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      '$ cargo build --package packit --features cli --target x86_64-unknown-linux-gnu'
    )
    expect(r.stdout).toContain('$ make bin/stage1-trampoline')
    expect(r.stdout).toContain('bin/fs//init')
    for (const f of [
      'stage2',
      'svsm',
      'tdx-stage1',
      'coconut-qemu.igvm',
      'coconut-hyperv.igvm',
      'coconut-vanadium.igvm'
    ])
      expect(existsSync(join(root, 'bin', f))).toBe(true)
    expect(existsSync(join(root, 'release', 'src', 'git_version.rs'))).toBe(false)
  })

  it('gets from packit pack the same image our encoder writes', () => {
    const expected = encodePackIt([{ name: 'init', data: readFileSync(join(root, 'bin', 'fs', 'init')) }])
    expect(readFileSync(join(root, 'bin', 'svsm-fs.bin')).equals(expected)).toBe(true)
  })

  it('records digests that igvmmeasure printed and our reader confirms', () => {
    const ms = measurementsSchema.parse(
      JSON.parse(readFileSync(join(root, 'bin', 'measurements.json'), 'utf8'))
    )
    expect(ms.map(m => m.target)).toEqual(['qemu', 'hyper-v', 'vanadium'])
    for (const m of ms)
      expect(
        builtinMeasure(readFileSync(join(root, m.igvm)), { checkKvm: m.checkKvm, nativeZero: m.nativeZero })
          .digest
      ).toBe(m.launchDigest)
    expect(ms[0]!.gitVersion).toBe('2026.01')
  })

  it('refuses xbuild-only flags', () => {
    const bad = runCli(['build', '--svsm', root, '-f', 'vtpm', 'configs/qemu-target.json'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('not supported by the build.py dialect')
  })
})
