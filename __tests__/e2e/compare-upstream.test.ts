// scripts/compare-upstream.mjs, the weekly check of e2e-upstream.yml, on builds made up here:
// equal files pass with a table; a file or digest that differs fails, naming it, with the diff.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtinMeasure } from '../../src/engine/builtin-measure.js'
import { REPO } from '../helpers/paths.js'
import { runNode } from '../helpers/run.js'
import { sampleFile } from '../igvm/samples.js'
import { tempDir } from '../helpers/temp.js'

const SCRIPT = join(REPO, 'scripts', 'compare-upstream.mjs')
const scratch = tempDir('compare-upstream-')

const block = (file: string, digest: string) =>
  `$ target/debug/igvmmeasure bin/${file} measure\n\n${'='.repeat(111)}\nigvmmeasure 'bin/${file}'\nLaunch Digest: ${digest}\n${'='.repeat(111)}\n\n`

/** One recipe's two builds: IGVM files and logs as the workflow leaves them. */
function builds(name: string, upstream: Buffer, svsmBuild: Buffer, digests?: [string, string]) {
  const dir = join(scratch, name)
  const [a, b] =
    digests ??
    [upstream, svsmBuild].map(f => builtinMeasure(f, { checkKvm: false, nativeZero: false }).digest)
  for (const [side, file, digest] of [
    ['upstream', upstream, a],
    ['svsm-build', svsmBuild, b]
  ] as const) {
    mkdirSync(join(dir, 'recipe', side), { recursive: true })
    writeFileSync(join(dir, 'recipe', side, 'coconut-qemu.igvm'), file)
    writeFileSync(
      join(dir, 'recipe', side, 'build.log'),
      `Building svsm...\n${block('coconut-qemu.igvm', digest!)}`
    )
  }
  return dir
}

describe('compare-upstream.mjs', () => {
  it('passes when both builds wrote the same files with the same digests', () => {
    const r = runNode(SCRIPT, [builds('same', sampleFile(), sampleFile())], {
      env: { ...process.env, GITHUB_STEP_SUMMARY: '' }
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^\| recipe \| coconut-qemu\.igvm \| same [0-9a-f]{16}… \| same [0-9A-F]{16}… \|$/m
    )
    expect(r.stdout).not.toContain('::error::')
  })

  it('fails on a different file, naming both sha256 and digests, with the diff', () => {
    const other = sampleFile({ vmsaGpa: 0x8fff000n })
    const r = runNode(SCRIPT, [builds('differ', sampleFile(), other)], {
      env: { ...process.env, GITHUB_STEP_SUMMARY: '' }
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^::error::recipe: coconut-qemu\.igvm: sha256 differs: upstream [0-9a-f]{64}, svsm-build [0-9a-f]{64}$/m
    )
    expect(r.stdout).toMatch(
      /^::error::recipe: coconut-qemu\.igvm: launch digest differs: upstream [0-9A-F]{96}, svsm-build [0-9A-F]{96}$/m
    )
    expect(r.stdout).toContain(
      'svsm-build diff upstream/coconut-qemu.igvm svsm-build/coconut-qemu.igvm (recipe):\nSEV-SNP launch digest: '
    )
  })

  it('fails when only the printed digests differ, and when a file is missing', () => {
    const dir = builds('digest', sampleFile(), sampleFile(), ['A'.repeat(96), 'B'.repeat(96)])
    rmSync(join(dir, 'recipe', 'svsm-build', 'coconut-qemu.igvm'))
    mkdirSync(join(dir, 'second', 'upstream'), { recursive: true })
    writeFileSync(join(dir, 'second', 'upstream', 'x.igvm'), sampleFile())
    mkdirSync(join(dir, 'second', 'svsm-build'), { recursive: true })
    writeFileSync(join(dir, 'second', 'svsm-build', 'x.igvm'), sampleFile())
    const r = runNode(SCRIPT, [dir], { env: { ...process.env, GITHUB_STEP_SUMMARY: '' } })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::recipe: coconut-qemu.igvm was written by upstream only')
    expect(r.stdout).toContain(
      '::error::second: x.igvm: launch digest differs: upstream not printed, svsm-build not printed'
    )
  })
})
