// The bundled action with its GitHub backends: the real @actions/cache, @actions/artifact and
// Octokit inside dist/, against the harness (Azurite, the results service, the REST API). A cold
// run saves, a fresh clone in the same workspace path restores exactly, two matrix legs upload,
// the report gathers them and keeps one sticky comment, and the workflow_run mode reads a fork's
// hostile artifacts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runActionAsync, stepAsync, type StepRun } from '../helpers/actions-runtime.js'
import { measurement } from '../helpers/measurement.js'
import { runNodeAsync } from '../helpers/run.js'
import { REPO } from '../helpers/paths.js'
import { makeTree } from '../helpers/tree.js'
import { startServices, type Services } from '../harness/index.mjs'
import { responseSchema, validate } from '../harness/openapi.mjs'
import { tempDir } from '../helpers/temp.js'

const RUN = 300
const scratch = tempDir('svsm-action-gh-')
let services: Services

beforeAll(async () => {
  services = await startServices({ runId: RUN, jobId: 1 })
}, 60_000)
afterAll(async () => {
  await services?.stop()
})

/** One job of run `run` in a fresh clone at `ws` (the same path means the same cache version). */
function job(ws: string, jobId: number, inputs: Record<string, string> = {}, run = RUN) {
  rmSync(ws, { recursive: true, force: true })
  makeTree({ dir: ws })
  return {
    workspace: ws,
    inputs: {
      recipe: 'configs/qemu-target.json',
      'svsm-path': 'svsm',
      toolchain: 'skip',
      'save-cache': 'always',
      ...inputs
    },
    env: { ...services.envFor(run, jobId), CARGO_HOME: join(ws, 'cargo-home') }
  }
}

describe('the action on GitHub backends, cold then warm in a fresh clone', () => {
  const ws = join(scratch, 'ws')
  let cold: Awaited<ReturnType<typeof runActionAsync>>
  let warm: Awaited<ReturnType<typeof runActionAsync>>
  beforeAll(async () => {
    cold = await runActionAsync(job(ws, 1), 'cold')
    warm = await runActionAsync(job(ws, 2, { 'artifact-name': 'svsm-igvm-warm' }), 'warm')
  }, 240_000)

  it('builds, uploads the artifact to the service and links it', () => {
    expect(cold.main.stdout).not.toContain('::error::')
    expect(cold.main.code).toBe(0)
    const o = cold.main.outputs
    expect(o['cache-hit']).toBe('miss')
    const art = services.results.listRun(RUN).find(a => a.id === Number(o['artifact-id']))
    expect(art).toMatchObject({
      finalized: true,
      name: expect.stringMatching(/^svsm-igvm-qemu-target-qemu-debug-/)
    })
    expect(o['artifact-url']).toBe(
      `https://github.com/octo-org/svsm/actions/runs/${RUN}/artifacts/${art!.id}`
    )
    expect(cold.main.summary).toContain(JSON.parse(o.digests!).qemu)
  })

  it('saves the target cache (finalized by the service) and skips the empty cargo home', () => {
    expect(cold.post?.code).toBe(0)
    expect(cold.post?.stdout).not.toContain('::warning::')
    expect(cold.post?.stdout).toMatch(/target cache saved as svsm-build-target-v1-Linux-X64-/)
    expect(cold.post?.stdout).toMatch(/cargo-home cache: nothing to save \(.*registry.*\); skipped/)
    expect(cold.post?.stdout).toContain(
      'svsm-build caches: 1 saved, 0 exact hits, 1 with nothing to save, 0 not saved'
    )
    const saved = [...services.results.caches.values()]
    expect(saved.map(e => [e.key.replace(/-v1-.*/, ''), e.finalized])).toEqual([['svsm-build-target', true]])
  })

  it('restores exactly in a fresh clone at the same path: cache-hit exact, nothing compiled', () => {
    expect(warm.main.code).toBe(0)
    expect(warm.main.outputs['cache-hit']).toBe('exact')
    expect(warm.main.stdout).toMatch(/cargo-home cache: nothing to cache .*; not counted in cache-hit/)
    expect(warm.main.stderr).not.toMatch(/Compiling /)
    expect(JSON.parse(warm.main.outputs.digests!)).toEqual(JSON.parse(cold.main.outputs.digests!))
    expect(warm.post?.stdout).toMatch(/target cache: exact hit on .*; not saved again/)
  })
})

describe('two matrix legs and the report', () => {
  // Another run: an artifact name is unique per run (the cold run above has the qemu one).
  const MATRIX = RUN + 1
  const legs: StepRun[] = []
  const report = (tag: string, extra: Record<string, string> = {}) =>
    stepAsync(
      'report',
      {
        workspace: join(scratch, 'report'),
        inputs: { 'github-token': 'ghs_token', ...extra },
        env: {
          ...services.envFor(MATRIX, 9),
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: join(scratch, 'report', 'event.json')
        }
      },
      {},
      tag
    )
  let first: StepRun
  let second: StepRun
  beforeAll(async () => {
    for (const [i, recipe] of ['configs/qemu-target.json', 'configs/hyperv-target.json'].entries()) {
      const r = await runActionAsync(
        job(join(scratch, `leg${i}`), 10 + i, { recipe, 'save-cache': 'never' }, MATRIX)
      )
      legs.push(r.main)
    }
    mkdirSync(join(scratch, 'report'), { recursive: true })
    writeFileSync(join(scratch, 'report', 'event.json'), JSON.stringify({ pull_request: { number: 7 } }))
    first = await report('report1')
    second = await report('report2', { title: 'svsm-build (re-run)' })
  }, 240_000)

  it('uploads one artifact per leg', () => {
    for (const l of legs) expect(l.code).toBe(0)
    const names = legs.map(
      l => services.results.listRun(MATRIX).find(a => a.id === Number(l.outputs['artifact-id']))?.name
    )
    expect(names).toEqual([
      expect.stringMatching(/^svsm-igvm-qemu-target-qemu-debug-/),
      expect.stringMatching(/^svsm-igvm-hyperv-target-hyper-v-debug-/)
    ])
  })

  it('gathers both legs into the summary and one sticky comment, updated on a re-run', () => {
    expect(first.stdout).not.toContain('::error::')
    expect(first.code).toBe(0)
    const targets = (JSON.parse(first.outputs.measurements!) as { target: string }[])
      .map(m => m.target)
      .sort()
    expect(targets).toEqual(['hyper-v', 'qemu'])
    for (const l of legs) expect(first.summary).toContain(Object.values(JSON.parse(l.outputs.digests!))[0])
    const comments = services.rest.state.comments.get(7)!
    expect(comments).toHaveLength(1)
    expect(first.outputs['comment-url']).toBe(comments[0]!.html_url)
    expect(second.code).toBe(0)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(services.rest.state.comments.get(7)).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/^<!-- svsm-build-report:default -->\n/)
    expect(comments[0]!.body).toContain('### svsm-build \\(re-run\\): 2 IGVM files')
  })

  it("links each leg's reference-value files in the comment, in the artifact that holds them", () => {
    const body = services.rest.state.comments.get(7)![0]!.body
    for (const l of legs) {
      const url = `https://github.com/octo-org/svsm/actions/runs/${MATRIX}/artifacts/${l.outputs['artifact-id']}`
      expect(body).toContain(
        `](${url}): <code>reference-values.corim</code> (CoRIM for Veraison's SEV-SNP scheme), <code>reference-values.rvps.json</code> (Trustee RVPS message), <code>reference-values.json</code> (plain JSON)`
      )
    }
  })
})

describe("workflow_run mode: a fork's hostile artifacts", () => {
  const FORK_RUN = 900
  const SHA = 'f'.repeat(40)
  let r: StepRun
  beforeAll(async () => {
    const D = (c: string) => c.repeat(96)
    const upload = async (name: string, files: Record<string, string>) => {
      const d = join(scratch, 'fork', name)
      mkdirSync(d, { recursive: true })
      for (const [f, t] of Object.entries(files)) writeFileSync(join(d, f), t)
      const up = await runNodeAsync(
        join(REPO, '__tests__', 'harness', 'upload-artifact.mjs'),
        [name, d, ...Object.keys(files).map(f => join(d, f))],
        { env: { ...process.env, ...services.envFor(FORK_RUN, 1) } }
      )
      if (up.code !== 0) throw new Error(up.stderr)
    }
    await upload('svsm-igvm-good', { 'measurements.json': JSON.stringify([measurement('qemu', D('A'))]) })
    await upload('svsm-igvm-evil', {
      'measurements.json': JSON.stringify([
        measurement('vanadium', D('C'), { recipe: '<script>alert(1)</script>', gitVersion: 'x'.repeat(600) })
      ])
    })
    await upload('svsm-igvm-notjson', { 'measurements.json': '{"oops' })
    await upload('svsm-build-pr', { 'pr.json': JSON.stringify({ number: 21, head_sha: SHA }) })
    services.rest.state.pulls.set(21, SHA)
    const ws = join(scratch, 'wr')
    mkdirSync(ws, { recursive: true })
    writeFileSync(
      join(ws, 'event.json'),
      JSON.stringify({ workflow_run: { id: FORK_RUN, head_sha: SHA, workflow_id: 5 } })
    )
    r = await stepAsync('report', {
      workspace: ws,
      inputs: { mode: 'workflow-run', 'github-token': 'ghs_token', 'comment-id': 'fork' },
      env: {
        ...services.envFor(RUN, 20),
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: join(ws, 'event.json')
      }
    })
  }, 120_000)

  it('keeps the valid leg, skips the hostile ones with a warning each, and comments on the confirmed PR', () => {
    expect(r.code).toBe(0)
    expect((JSON.parse(r.outputs.measurements!) as { target: string }[]).map(m => m.target)).toEqual(['qemu'])
    expect(r.stdout).toMatch(
      /::warning::artifact svsm-igvm-evil: .*gitVersion: string longer than 512 characters; skipped/
    )
    expect(r.stdout).toMatch(/::warning::artifact svsm-igvm-notjson: .*not JSON: [^\n]*; skipped/)
    expect(r.summary).not.toContain('<script>')
    const comments = services.rest.state.comments.get(21)!
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/^<!-- svsm-build-report:fork -->/)
  })

  it('answered every REST call as GitHub documents it', () => {
    for (const e of services.rest.log.filter(x => !x.fault)) {
      const call = `${e.method} ${e.template} ${e.status}`
      expect({ call, errors: validate(responseSchema(e.method, e.template!, e.status), e.body) }).toEqual({
        call,
        errors: []
      })
    }
  })
})
