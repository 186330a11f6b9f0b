// `svsm-build reproduce` (the bundled CLI) on scratch copies of the example: a rebuild in another
// clone is identical; a feature changed in the tree and a changed firmware are reported and explained.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { measurementsSchema } from '../../src/record/schema.js'
import { runCli } from '../helpers/run.js'
import { tempDir } from '../helpers/temp.js'
import { git, makeTree } from '../helpers/tree.js'

let built: string
let other: string

/** A repository that does not hold the example's commits. */
function unrelatedRepo(): string {
  const dir = tempDir('svsm-unrelated-')
  git(dir, 'init', '-q')
  git(
    dir,
    '-c',
    'user.name=u',
    '-c',
    'user.email=u@example.com',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'other'
  )
  return dir
}

const recordOf = (root: string) =>
  measurementsSchema.parse(JSON.parse(readFileSync(join(root, 'bin', 'measurements.json'), 'utf8')))

// Release builds measured by svsm-build alone (less to compile in every rebuild), all in one tree
// whose target/ they share; each reproduce rebuilds from scratch. Where a rebuild runs is
// paths.test.ts's subject.
const build = (...args: string[]) => {
  const b = runCli(['build', '-r', '--measure', 'builtin', '--svsm', built, ...args])
  if (b.code !== 0) throw new Error(b.stderr)
}

beforeAll(() => {
  built = makeTree({ dir: tempDir('svsm-tree-') })
  build('-f', 'svsm:attest', 'configs/all-targets.json')
  // Another checkout of the same repository, somewhere else.
  other = join(tempDir('svsm-other-'), 'svsm')
  git(dirname(other), 'clone', '-q', built, other)
})

describe('svsm-build reproduce', () => {
  it('rebuilds the recorded commit in a fresh clone and gets every file and digest again', () => {
    const summary = join(dirname(other), 'summary.md')
    const r = runCli([
      'reproduce',
      join(built, 'bin', 'measurements.json'),
      '--svsm',
      other,
      '--summary',
      summary
    ])
    expect(r.stderr).not.toMatch(/^error:/m)
    expect(r.code).toBe(0)
    const ms = recordOf(built)
    for (const m of ms) {
      expect(r.stdout).toMatch(
        new RegExp(`${m.target} +${m.igvm} +launch digest +${m.launchDigest} +${m.launchDigest} +equal`)
      )
      expect(r.stdout).toContain(`${m.target} (${m.igvm}): reproduced`)
    }
    expect(r.stdout).toContain('ok    commit: the tree is at the recorded commit')
    expect(r.stdout).toContain('3 of 3 IGVM file(s) reproduced bit for bit')
    expect(readFileSync(summary, 'utf8')).toContain('3 of 3 IGVM file(s) reproduced bit for bit.')
  })

  it('reports a feature changed in the tree before the build, explained by the record', () => {
    const recipe = join(built, 'configs', 'qemu-target.json')
    const committed = readFileSync(recipe, 'utf8')
    writeFileSync(recipe, committed.replace('"vtpm,uefivars', '"vtpm,attest,uefivars'))
    try {
      build('configs/qemu-target.json')
      // The artifact-folder form: a folder holding measurements.json.
      const r = runCli(['reproduce', join(built, 'bin'), '--svsm', built])
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(
        /qemu +bin\/coconut-qemu\.igvm +launch digest +[0-9A-F]{96} +[0-9A-F]{96} +DIFFERS/
      )
      expect(r.stdout).toContain(
        'note  dirty: the record was built with uncommitted changes to configs/qemu-target.json'
      )
      expect(r.stdout).toContain(
        'features of svsm: recorded vtpm,attest,uefivars,enable-console-log, rebuilt vtpm,uefivars,enable-console-log'
      )
      expect(r.stdout).toContain('uncommitted changes: recorded configs/qemu-target.json, rebuilt (none)')
      expect(r.stdout).toMatch(/recipe sha256: recorded [0-9a-f]{64}, rebuilt [0-9a-f]{64}/)
      expect(r.stdout).toContain('0 of 1 IGVM file(s) reproduced bit for bit')
    } finally {
      writeFileSync(recipe, committed)
    }
  })

  it('reports other firmware, explained by its sha256', () => {
    const dir = dirname(built)
    writeFileSync(join(dir, 'a.fd'), randomBytes(8192))
    writeFileSync(join(dir, 'b.fd'), randomBytes(8192))
    build('--firmware', join(dir, 'a.fd'), 'configs/qemu-target.json')
    const recorded = join(built, 'bin', 'measurements.json')
    const same = runCli(['reproduce', recorded, '--svsm', built])
    expect(same.code).toBe(0)
    expect(same.stdout).toContain(`firmware: ${join(dir, 'a.fd')}`)
    const r = runCli(['reproduce', recorded, '--svsm', built, '--firmware', join(dir, 'b.fd')])
    expect(r.code).toBe(1)
    const [fw] = recordOf(built).map(m => m.firmware!.sha256)
    expect(r.stdout).toMatch(new RegExp(`firmware sha256: recorded ${fw}, rebuilt [0-9a-f]{64}`))
    expect(r.stdout).toContain('qemu (bin/coconut-qemu.igvm): DIFFERS')
  })

  it('refuses bad input with exit code 2 and one message', () => {
    const dir = tempDir('svsm-bad-')
    const noInputs = join(dir, 'old.json')
    const [m] = recordOf(built)
    const { inputs: _inputs, ...old } = m!
    writeFileSync(noInputs, JSON.stringify([old]))
    const r = runCli(['reproduce', noInputs, '--svsm', other])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `error: ${noInputs}: [0] (qemu, bin/coconut-qemu.igvm) has no "inputs": it was written by an svsm-build that did not record what a rebuild needs\n`
    )
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify([{ ...m, launchDigest: 'x' }]))
    const r2 = runCli(['reproduce', bad, '--svsm', other])
    expect(r2.code).toBe(2)
    expect(r2.stderr).toMatch(/^error: .*bad\.json: expected a measurements\.json array; 0\.launchDigest: /)
    const wrongTree = runCli(['reproduce', join(built, 'bin'), '--svsm', unrelatedRepo()])
    expect(wrongTree.code).toBe(2)
    expect(wrongTree.stderr).toMatch(
      /the recorded commit [0-9a-f]{40} \(2026\.01\) is not in this repository/
    )
    expect(runCli(['reproduce']).code).toBe(2)
  })
})
