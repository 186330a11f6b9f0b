// The runner on small hand-made plans: real processes (node as a stand-in program), real files.
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import type { Step } from '../../src/plan/types.js'
import type { BuiltinMeasure } from '../../src/run/context.js'
import { runSteps, StepFailure } from '../../src/run/runner.js'
import { quietLogger } from '../helpers/logger.js'
import { tempDir } from '../helpers/temp.js'

const NODE = process.execPath
const DIGEST_A = 'A'.repeat(96)
const DIGEST_B = 'B'.repeat(96)

function ctx(measure: BuiltinMeasure = () => ({ digest: DIGEST_A }), skip?: Set<string>) {
  const root = tempDir('runner-')
  mkdirSync(join(root, 'bin'))
  const log = quietLogger()
  return {
    root,
    warnings: log.warnings,
    c: {
      root,
      env: process.env,
      out: new PassThrough(),
      err: new PassThrough(),
      log,
      measure,
      ...(skip ? { skip } : {})
    }
  }
}
const cmd = (id: string, argv: string[], extra: Partial<Step> = {}): Step =>
  ({
    kind: 'command',
    id,
    group: 'igvm',
    title: id,
    argv,
    cwd: '.',
    env: {},
    inputs: [],
    outputs: [],
    ...extra
  }) as Step
const printBlock = (digest: string) => [
  NODE,
  '-e',
  `process.stdout.write("\\n${'='.repeat(111)}\\nigvmmeasure 'bin/x.igvm'\\nLaunch Digest: ${digest}\\n${'='.repeat(111)}\\n\\n")`
]
const measureOp = (printedBy?: string): Step => ({
  kind: 'internal',
  id: 'm',
  group: 'measure',
  title: 'measure',
  inputs: [],
  outputs: [],
  op: {
    type: 'measure',
    igvm: 'bin/x.igvm',
    checkKvm: false,
    nativeZero: false,
    ...(printedBy ? { igvmmeasureStep: printedBy } : {})
  }
})

describe('runner', () => {
  it('records the digest igvmmeasure printed when our reader agrees, with size and sha256', async () => {
    const { root, c } = ctx()
    writeFileSync(join(root, 'bin', 'x.igvm'), 'igvm bytes')
    const r = await runSteps([cmd('t', printBlock(DIGEST_A), { capture: 'igvmmeasure' }), measureOp('t')], c)
    expect(r.digests.get('m')).toMatchObject({
      printed: DIGEST_A,
      builtin: DIGEST_A,
      size: 10,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    expect(r.results.map(s => s.status)).toEqual(['ok', 'ok'])
  })

  it('fails the target when igvmmeasure and our reader disagree, showing both', async () => {
    const { root, c } = ctx(() => ({ digest: DIGEST_B }))
    writeFileSync(join(root, 'bin', 'x.igvm'), 'igvm bytes')
    const run = runSteps([cmd('t', printBlock(DIGEST_A), { capture: 'igvmmeasure' }), measureOp('t')], c)
    await expect(run).rejects.toThrow(
      `launch digests disagree for bin/x.igvm\n  igvmmeasure: ${DIGEST_A}\n  svsm-build:  ${DIGEST_B}`
    )
  })

  it('names the step, the command, its exit code and its stderr, and removes what it was writing', async () => {
    const { root, c } = ctx()
    writeFileSync(join(root, 'bin', 'half.igvm'), 'half written')
    const failing = cmd(
      'build',
      [NODE, '-e', 'console.error("first"); console.error("kaputt"); process.exit(3)'],
      { outputs: ['bin/half.igvm'] }
    )
    const e = (await runSteps([failing], c).catch(x => x)) as StepFailure
    expect(e).toBeInstanceOf(StepFailure)
    expect(e.message).toMatch(
      /^step build \(build\) failed: `\S+ -e '.*'` exited with code 3\n--- last lines of its stderr ---\nfirst\nkaputt$/
    )
    expect(e.code).toBe(3)
    expect(existsSync(join(root, 'bin', 'half.igvm'))).toBe(false)
  })

  it('never removes an output that climbs out of bin/ (a make output_file "bin/../x")', async () => {
    const { root, c } = ctx()
    writeFileSync(join(root, 'precious'), 'mine')
    const failing = cmd('build', [NODE, '-e', 'process.exit(2)'], { outputs: ['bin/../precious'] })
    await expect(runSteps([failing], c)).rejects.toBeInstanceOf(StepFailure)
    expect(readFileSync(join(root, 'precious'), 'utf8')).toBe('mine')
  })

  it('says when a program cannot be started', async () => {
    const { c } = ctx()
    await expect(runSteps([cmd('x', ['no-such-program-anywhere'])], c)).rejects.toThrow(
      '`no-such-program-anywhere` could not be started: no-such-program-anywhere not found'
    )
  })

  it('falls back to an empty version when git describe fails, as upstream does', async () => {
    const { root, c, warnings } = ctx()
    const git = cmd('git-version', [NODE, '-e', 'process.exit(128)'], {
      capture: 'git-version',
      mayFail: true,
      writeVersionTo: 'release/src/git_version.rs'
    })
    const r = await runSteps([git], c)
    expect(r.gitVersion).toBe('')
    expect(readFileSync(join(root, 'release', 'src', 'git_version.rs'), 'utf8')).toContain(
      'pub const GIT_VERSION: &str = "";'
    )
    expect(warnings[0]).toMatch(/failed \(exit code 128\); using an empty version string/)
  })

  it('substitutes what an earlier step produced, and skips steps it is told to', async () => {
    const { root, c } = ctx(undefined, new Set(['skipped']))
    const produce = cmd(
      'test',
      [
        NODE,
        '-e',
        `console.log(JSON.stringify({reason:'compiler-artifact',target:{name:'svsm',kind:['lib']},profile:{test:true},executable:'${root}/exe'}))`
      ],
      { capture: 'cargo-test-executable', produces: { cargoTestTarget: 'svsm' } }
    )
    writeFileSync(join(root, 'exe'), 'test kernel')
    const copy = cmd(
      'copy',
      [NODE, '-e', 'require("fs").copyFileSync(process.argv[1], "bin/svsm")', '<test executable>'],
      { argFrom: { index: 3, step: 'test' } }
    )
    const r = await runSteps([produce, copy, cmd('skipped', ['no-such-program'])], c)
    expect(readFileSync(join(root, 'bin', 'svsm'), 'utf8')).toBe('test kernel')
    expect(r.results.map(s => [s.id, s.status])).toEqual([
      ['test', 'ok'],
      ['copy', 'ok'],
      ['skipped', 'skipped']
    ])
    expect(r.results[1]!.argv![3]).toBe(`${root}/exe`)
  })
})
