// Nothing of other projects is committed: no tracked file has the bytes of a file of
// ../shared/testdata (upstream's recipes, recorded tool outputs, vectors, reports). Tests read
// those from there at test time.
import { expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { REPO } from '../helpers/paths.js'
import { describeWith, testdata } from '../helpers/shared.js'

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []
  )
}

describeWith([testdata()], 'the repository and ../shared/testdata', () => {
  it('share no file: no tracked file is a copy of one of the test data', () => {
    // Files of a few bytes (an empty config, a one-line stub) say nothing about where they came from.
    const shared = new Map(
      filesUnder(testdata())
        .filter(f => statSync(f).size >= 64)
        .map(f => [sha256(f), f] as const)
    )
    expect(shared.size).toBeGreaterThan(20)
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' })
      .stdout.split('\0')
      .filter(Boolean)
      .map(f => join(REPO, f))
      .filter(f => statSync(f, { throwIfNoEntry: false })?.isFile())
    expect(tracked.length).toBeGreaterThan(100)
    const copies = tracked.filter(f => shared.has(sha256(f))).map(f => `${f} = ${shared.get(sha256(f))}`)
    expect(copies).toEqual([])
  })
})
