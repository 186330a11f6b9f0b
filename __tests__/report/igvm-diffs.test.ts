// The report with the base branch as baseline: a changed digest whose two IGVM files are both in
// the artifacts gets `diff`'s summary folded under its target, and the diff for the artifact;
// a file whose sha256 is not its record's is not diffed, and the report says so.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readReportInputs, type ReportInputs } from '../../src/action/report/inputs.js'
import { runReport } from '../../src/action/report/run.js'
import { localArtifactSource } from '../../src/artifacts/local.js'
import { measure, toHex } from '../../src/igvm/measure.js'
import { parseIgvm } from '../../src/igvm/parse.js'
import type { CommentApi, IssueComment } from '../../src/report/comment.js'
import { fixture } from '../helpers/paths.js'
import { measurement } from '../helpers/measurement.js'
import { tempDir } from '../helpers/temp.js'

const base = readFileSync(fixture('igvm', 'dummy-qemu.igvm'))
const firstData = (() => {
  const page = parseIgvm(base).directives.find(d => d.kind === 'page-data' && d.fileOffset !== 0)
  if (!page || page.kind !== 'page-data') throw new Error('no data page in the fixture')
  return page.fileOffset
})()
/** GPAs whose page is that blob (igvmbuilder stores identical pages once). */
const sharing = new Set(
  parseIgvm(base).directives.flatMap(d =>
    d.kind === 'page-data' && d.fileOffset === firstData ? [d.gpa] : []
  )
).size
/** The same file with one byte of one page's data changed (file data is outside the checksum). */
function changed(): Buffer {
  const f = Buffer.from(base)
  f.writeUInt8(f.readUInt8(firstData + 100) ^ 0xff, firstData + 100)
  return f
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const record = (b: Buffer, o: { sha256?: string } = {}) =>
  measurement('qemu', toHex(measure(parseIgvm(b)).digest), { sha256: o.sha256 ?? sha(b), size: b.length })

function side(root: string, igvm: Buffer, o: { sha256?: string } = {}) {
  const dir = join(root, 'svsm-igvm-qemu')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'coconut-qemu.igvm'), igvm)
  writeFileSync(join(dir, 'measurements.json'), JSON.stringify([record(igvm, o)]))
  return localArtifactSource(root)
}

async function report(current: Buffer, o: { baseSha256?: string } = {}) {
  const ws = tempDir('diff-report-')
  const made: string[] = []
  const api: CommentApi = {
    list: async () => [],
    create: async body => (made.push(body), { id: 1, body, html_url: 'u' } as IssueComment),
    update: async () => {
      throw new Error('unexpected update')
    }
  }
  const baseSource = side(join(ws, 'base'), base, o.baseSha256 ? { sha256: o.baseSha256 } : {})
  const r = await runReport(
    readReportInputs(n => (n === ('baseline' satisfies keyof ReportInputs) ? 'base-branch' : '')),
    { pull_request: { number: 3, base: { ref: 'main' } } },
    ws,
    {
      artifacts: side(join(ws, 'artifacts'), current),
      baseBranchArtifacts: async () => baseSource,
      comments: () => api
    }
  )
  return { r, comment: made[0] ?? '' }
}

describe('report: what changed in the image', () => {
  it('folds the diff summary under the changed target and returns the diff for the artifact', async () => {
    const { r, comment } = await report(changed())
    expect(r.comparison.map(c => c.status)).toEqual(['changed'])
    expect(r.imageDiffs).toHaveLength(1)
    const d = r.imageDiffs[0]!
    expect(d.target).toBe('qemu')
    expect(d.diff.regions.reduce((n, x) => n + x.pages, 0)).toBe(sharing)
    for (const x of d.diff.regions)
      expect(x).toMatchObject({ change: 'changed', typeA: 'data', typeB: 'data' })
    expect(
      d.diff.summary.some(l =>
        l.startsWith(
          `${sharing} data page(s) differ that cannot be attributed (the artifacts hold the IGVM files, not the build inputs): 0x`
        )
      )
    ).toBe(true)
    const row = comment.split('\n').find(l => l.startsWith('| configs/all-targets.json:qemu | changed:'))!
    expect(row).toContain(
      '(source code?)<br><details><summary>What changed in the image</summary>SEV-SNP launch digest: '
    )
    expect(row).toContain(' -&gt; ')
    expect(row).toContain(`<br>${sharing} data page\\(s\\) differ that cannot be attributed`)
    expect(r.warnings).toEqual([])
  })

  it('does not diff a base file whose sha256 is not its record’s, and says so', async () => {
    const { r, comment } = await report(changed(), { baseSha256: 'f'.repeat(64) })
    expect(r.comparison.map(c => c.status)).toEqual(['changed'])
    expect(r.imageDiffs).toEqual([])
    expect(comment).not.toContain('What changed in the image')
    expect(r.warnings).toEqual([
      `qemu: not diffed: base bin/coconut-qemu.igvm has sha256 ${sha(base)}, its record says ${'f'.repeat(64)}`
    ])
  })
})
