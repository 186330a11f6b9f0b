// The report sub-action's logic on local artifact folders, in both modes, with a fake comment API.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { localArtifactSource } from '../../src/artifacts/local.js'
import { REPORT_DEFAULTS, readReportInputs, type ReportInputs } from '../../src/action/report/inputs.js'
import { runReport, type ReportEvent } from '../../src/action/report/run.js'
import type { CommentApi, IssueComment } from '../../src/report/comment.js'
import { LIMITS, readUntrustedArtifact } from '../../src/report/untrusted.js'
import { UNTRUSTED_LIMITS } from '../../src/record/load.js'
import { measurement as m } from '../helpers/measurement.js'
import { tempDir } from '../helpers/temp.js'

const D = (c: string) => c.repeat(96)
const SHA = 'c'.repeat(40)

function workspace(
  legs: Record<string, unknown[] | string>,
  extra: Record<string, Record<string, string>> = {}
) {
  const ws = tempDir('report-')
  for (const [name, ms] of Object.entries(legs)) {
    mkdirSync(join(ws, 'artifacts', name), { recursive: true })
    writeFileSync(
      join(ws, 'artifacts', name, 'measurements.json'),
      typeof ms === 'string' ? ms : JSON.stringify(ms)
    )
    for (const [f, text] of Object.entries(extra[name] ?? {}))
      writeFileSync(join(ws, 'artifacts', name, f), text)
  }
  return ws
}
const inputs = (o: Partial<Record<keyof ReportInputs, string>> = {}) =>
  readReportInputs(n => o[n as keyof ReportInputs] ?? '')
function comments() {
  const made: string[] = []
  const api: CommentApi = {
    list: async () => [],
    create: async body => (
      made.push(body),
      { id: 1, body, html_url: 'https://github.com/o/r/pull/7#issuecomment-1' } as IssueComment
    ),
    update: async () => {
      throw new Error('unexpected update')
    }
  }
  return { made, api }
}

describe('report, direct mode', () => {
  it('merges every leg, compares with the expected file, gates and comments once', async () => {
    const ws = workspace({
      'svsm-igvm-qemu-x': [m('qemu', D('A'))],
      'svsm-igvm-hv-y': [m('hyper-v', D('E'))],
      'other-artifact': [m('vanadium', D('C'))]
    })
    writeFileSync(join(ws, 'expected.json'), JSON.stringify({ qemu: D('A'), 'hyper-v': D('B') }))
    const c = comments()
    const r = await runReport(
      inputs({ expected: 'expected.json', 'fail-on-change': 'unexpected' }),
      { pull_request: { number: 7 } },
      ws,
      {
        artifacts: localArtifactSource(join(ws, 'artifacts')),
        comments: () => c.api
      }
    )
    expect(r.measurements.map(x => x.target).sort()).toEqual(['hyper-v', 'qemu'])
    expect(r.comparison.map(x => x.status)).toEqual(['changed', 'unchanged'])
    expect(r.gate.pass).toBe(false)
    expect(r.commentUrl).toBe('https://github.com/o/r/pull/7#issuecomment-1')
    expect(c.made).toHaveLength(1)
    expect(c.made[0]).toMatch(/^<!-- svsm-build-report:default -->\n### svsm-build: 2 IGVM files/)
    expect(c.made[0]).toContain('**Measurement gate failed:**')
    expect(r.markdown).toBe(c.made[0]!.split('\n').slice(1).join('\n'))
  })

  it('warns and still renders when there are no artifacts, no PR, or the comment is refused (403)', async () => {
    const ws = workspace({})
    const none = await runReport(inputs(), {}, ws, { artifacts: localArtifactSource(join(ws, 'artifacts')) })
    expect(none.warnings).toEqual(['no artifact matching svsm-igvm-* with a valid measurements.json'])
    expect(none.markdown).toContain('No IGVM file was built.')
    const ws2 = workspace({ 'svsm-igvm-a': [m('qemu', D('A'))] })
    const refused: CommentApi = {
      list: async () => {
        throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
      },
      create: async () => ({}) as IssueComment,
      update: async () => ({}) as IssueComment
    }
    const r = await runReport(inputs(), { pull_request: { number: 3 } }, ws2, {
      artifacts: localArtifactSource(join(ws2, 'artifacts')),
      comments: () => refused
    })
    expect(r.warnings[0]).toMatch(
      /^PR comment not written \(HTTP 403\): Resource not accessible by integration \(a read-only token/
    )
    expect(r.gate.pass).toBe(true)
  })

  it("lists each leg's reference-value files with the verifier that takes each, linked to its artifact", async () => {
    const ws = workspace(
      { 'svsm-igvm-qemu-x': [m('qemu', D('A'))], 'svsm-igvm-native-y': [m('vanadium', D('C'))] },
      {
        'svsm-igvm-qemu-x': {
          'reference-values.corim': 'cbor',
          'reference-values.rvps.json': '{}',
          'reference-values.json': '{}'
        },
        'svsm-igvm-native-y': { 'reference-values.json': '{}' }
      }
    )
    const r = await runReport(inputs(), {}, ws, {
      artifacts: localArtifactSource(join(ws, 'artifacts')),
      artifactUrl: a =>
        a.name === 'svsm-igvm-qemu-x' ? `https://github.com/o/r/actions/runs/1/artifacts/${a.id}` : undefined
    })
    const section = r.markdown
      .slice(r.markdown.indexOf('**Reference values**'))
      .split('\n\n')[0]!
      .trim()
      .split('\n')
    expect(section[0]).toBe(
      '**Reference values** for verifiers (check a report with `svsm-build verify-report --reference-values FILE`):'
    )
    expect(section.slice(1).sort()).toEqual([
      '- in artifact <code>svsm-igvm-native-y</code>: <code>reference-values.json</code> (plain JSON)',
      expect.stringMatching(
        /^- in artifact \[svsm-igvm-qemu-x\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\/artifacts\/\d+\): <code>reference-values\.corim<\/code> \(CoRIM for Veraison's SEV-SNP scheme\), <code>reference-values\.rvps\.json<\/code> \(Trustee RVPS message\), <code>reference-values\.json<\/code> \(plain JSON\)$/
      )
    ])
  })

  it('reads every input with its default, and names a wrong one', () => {
    expect(inputs()).toMatchObject({
      mode: 'direct',
      pattern: 'svsm-igvm-*',
      'fail-on-change': 'never',
      comment: true
    })
    expect(Object.keys(REPORT_DEFAULTS)).toContain('local-artifact-dir')
    expect(() => inputs({ 'fail-on-change': 'sometimes' })).toThrow(
      "input 'fail-on-change': expected never, unexpected or any, got 'sometimes'"
    )
  })
})

describe('report, workflow-run mode (artifacts from a fork)', () => {
  const event: ReportEvent = { workflow_run: { id: 99, head_sha: SHA, workflow_id: 5 } }
  const run = (ws: string, headShaOf = async () => SHA) => {
    const c = comments()
    return runReport(inputs({ mode: 'workflow-run' }), event, ws, {
      artifacts: localArtifactSource(join(ws, 'artifacts')),
      comments: () => c.api,
      headShaOf
    }).then(r => ({ r, c }))
  }

  it('comments on the PR the artifact names when its head is the run head', async () => {
    const ws = workspace(
      { 'svsm-igvm-a': [m('qemu', D('A'))], 'svsm-build-pr': [] },
      { 'svsm-build-pr': { 'pr.json': JSON.stringify({ number: 12, head_sha: SHA }) } }
    )
    const { r, c } = await run(ws)
    expect(r.warnings).toEqual([])
    expect(c.made).toHaveLength(1)
  })

  it('does not comment when the PR number does not belong to the head SHA', async () => {
    const ws = workspace(
      { 'svsm-igvm-a': [m('qemu', D('A'))], 'svsm-build-pr': [] },
      { 'svsm-build-pr': { 'pr.json': JSON.stringify({ number: 12, head_sha: SHA }) } }
    )
    const { r, c } = await run(ws, async () => 'd'.repeat(40))
    expect(r.warnings[0]).toMatch(
      /^pull request not confirmed: pull request #12 has head d{40}, not the run's c{40}/
    )
    expect(c.made).toHaveLength(0)
  })

  it.each([
    [
      'a PR number that is not an integer',
      { 'pr.json': JSON.stringify({ number: '12; rm -rf /', head_sha: SHA }) },
      /pr\.json: expected \{"number"/
    ],
    [
      'a head SHA other than the run head',
      { 'pr.json': JSON.stringify({ number: 12, head_sha: 'e'.repeat(40) }) },
      /pr\.json names head e{40}, the run built c{40}/
    ]
  ])('refuses %s', async (_n, files, message) => {
    const ws = workspace(
      { 'svsm-igvm-a': [m('qemu', D('A'))], 'svsm-build-pr': [] },
      { 'svsm-build-pr': files }
    )
    const { r, c } = await run(ws)
    expect(r.warnings.join('\n')).toMatch(message)
    expect(c.made).toHaveLength(0)
  })

  it('skips malicious measurements: oversized, too many files, wrong types, absurd strings', async () => {
    const ws = workspace(
      {
        'svsm-igvm-big': `[${' '.repeat(UNTRUSTED_LIMITS.bytes + 1)}]`,
        'svsm-igvm-types': [{ ...m('qemu', D('A')), size: 'huge' }],
        'svsm-igvm-long': [m('qemu', D('A'), { gitVersion: 'x'.repeat(UNTRUSTED_LIMITS.stringLength + 1) })],
        'svsm-igvm-many': [m('qemu', D('A'))],
        'svsm-igvm-html': [
          m('vanadium', D('C'), {
            recipe: '<script>alert(1)</script>`@everyone`',
            gitVersion: '](javascript:alert(1))'
          })
        ]
      },
      {
        'svsm-igvm-many': Object.fromEntries(
          Array.from({ length: LIMITS.files + 1 }, (_, i) => [`f${i}`, 'x'])
        )
      }
    )
    const { r } = await run(ws)
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^artifact svsm-igvm-big: .*measurements\.json: \d+ bytes, more than the 1048576 allowed; skipped$/
      ),
      expect.stringMatching(
        /^artifact svsm-igvm-long: .*gitVersion: string longer than 512 characters; skipped$/
      ),
      expect.stringMatching(/^artifact svsm-igvm-many: .*files, more than 32; skipped$/),
      expect.stringMatching(/^artifact svsm-igvm-types: .*0\.size: .*; skipped$/)
    ])
    expect(r.measurements.map(x => x.target)).toEqual(['vanadium'])
    expect(r.markdown).not.toMatch(/<script|@everyone|\]\(javascript/)
    expect(r.markdown).toContain(
      '<code>&#60;script&#62;alert&#40;1&#41;&#60;/script&#62;&#96;&#64;everyone&#96;</code>'
    )
  })

  it('validates a single artifact folder on its own', () => {
    const ws = workspace({ a: [m('qemu', D('A'))] })
    expect(readUntrustedArtifact(join(ws, 'artifacts', 'a')).measurements).toHaveLength(1)
  })
})
