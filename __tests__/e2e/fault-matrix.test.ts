// The fault matrix (fault-rows.ts) against the bundled action: each row gets its own services
// with its fault, a copy of one built tree, and the step the fault hits. It checks the job's
// result, the message (naming the cache or artifact and the cause), that nothing is lost or
// claimed falsely, the time to the outcome, and that no step dies of a library's stray error.
// Rows run concurrently (most of their time is the libraries' retry sleeps).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runActionAsync, stepAsync, type StepRun } from '../helpers/actions-runtime.js'
import { measurement } from '../helpers/measurement.js'
import { REPO } from '../helpers/paths.js'
import { runNodeAsync } from '../helpers/run.js'
import { makeTree } from '../helpers/tree.js'
import { startServices, type Services } from '../harness/index.mjs'
import { ROWS, renderFaultTable, type FaultRow } from './fault-rows.js'
import { tempDir } from '../helpers/temp.js'

const scratch = tempDir('fault-matrix-')
const BASE = join(scratch, 'base')
const inputs = {
  recipe: 'configs/qemu-target.json',
  'svsm-path': 'svsm',
  toolchain: 'skip',
  'save-cache': 'always'
}
let baseState: Record<string, string> = {}

interface Outcome {
  run: StepRun & { ms: number }
  services: Services
  ws: string
}
const outcomes = new Map<string, Outcome>()

async function runRow(row: FaultRow): Promise<Outcome> {
  const services = await startServices()
  const ws = join(scratch, row.id)
  const env = { ...services.envFor(), CARGO_HOME: join(ws, 'cargo-home'), ...row.env }
  if (row.step === 'report') {
    const D = (c: string) => c.repeat(96)
    for (const [name, target, d] of [
      ['svsm-igvm-a', 'qemu', 'A'],
      ['svsm-igvm-b', 'hyper-v', 'B']
    ] as const) {
      const dir = join(ws, 'legs', name)
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'measurements.json'), JSON.stringify([measurement(target, D(d))]))
      const up = await runNodeAsync(
        join(REPO, '__tests__', 'harness', 'upload-artifact.mjs'),
        [name, dir, join(dir, 'measurements.json')],
        { env: { ...process.env, ...services.envFor(100, 5) } }
      )
      if (up.code !== 0) throw new Error(up.stderr)
    }
    writeFileSync(join(ws, 'event.json'), JSON.stringify({ pull_request: { number: 7 } }))
  } else {
    cpSync(BASE, ws, { recursive: true, preserveTimestamps: true })
    rmSync(join(ws, '_runner'), { recursive: true, force: true })
    if (row.big) {
      // Incompressible, so the archive is over 128 MiB and goes up in 64 MiB blocks.
      const f = join(ws, 'svsm', 'target', 'big.bin')
      for (let i = 0; i < 140; i++) writeFileSync(f, randomBytes(1 << 20), { flag: i ? 'a' : 'w' })
    }
  }
  for (const r of row.rules) services.faults.add(r)
  const a = { workspace: ws, inputs, env }
  let run: StepRun & { ms: number }
  if (row.step === 'main') run = await stepAsync('main', a, {}, 'row-main')
  else if (row.step === 'post') {
    const state = Object.fromEntries(
      Object.entries(baseState).map(([k, v]) => [`STATE_${k}`, v.split(BASE).join(ws)])
    )
    if (row.secondCache) {
      const st = JSON.parse(state['STATE_svsm-build']!) as { caches: object[] }
      writeFileSync(join(ws, 'second.bin'), 'x')
      st.caches.push({
        name: 'second',
        paths: [join(ws, 'second.bin')],
        key: 'svsm-build-second',
        restoreKeys: [],
        outcome: 'miss'
      })
      state['STATE_svsm-build'] = JSON.stringify(st)
    }
    run = await stepAsync('post', a, state, 'row-post')
  } else
    run = await stepAsync(
      'report',
      {
        workspace: ws,
        inputs: { 'github-token': 'ghs_x' },
        env: {
          ...services.envFor(100, 9),
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: join(ws, 'event.json')
        }
      },
      {},
      'row-report'
    )
  return { run, services, ws }
}

/** Runs `fn` over `items`, at most `n` at a time. */
async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>) {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let t = queue.shift(); t; t = queue.shift()) await fn(t)
    })
  )
}

beforeAll(async () => {
  // One built tree (and main's state) that every main and post row starts from.
  const services = await startServices({ runId: 1 })
  makeTree({ dir: BASE })
  const r = await runActionAsync(
    {
      workspace: BASE,
      inputs: { ...inputs, upload: 'false' },
      env: { ...services.envFor(1, 1), CARGO_HOME: join(BASE, 'cargo-home') }
    },
    'base'
  )
  await services.stop()
  if (r.main.code !== 0) throw new Error(`the base build failed:\n${r.main.stdout}`)
  baseState = r.main.state
  // Slow rows (the libraries' retries) first, so they overlap the quick ones.
  const only = process.env.FAULT_MATRIX_ONLY?.split(',')
  const order = [...ROWS].filter(r => !only || only.includes(r.id)).sort((x, y) => y.boundMs - x.boundMs)
  await pool(order, 5, async row => {
    outcomes.set(row.id, await runRow(row))
  })
}, 300_000)

afterAll(async () => {
  const times = ROWS.map(
    r => `| ${r.id} | ${r.result} | ${((outcomes.get(r.id)?.run.ms ?? NaN) / 1000).toFixed(1)} s |`
  )
  // Opt-in records for a closing note: the times, and each row's log.
  if (process.env.FAULT_MATRIX_TIMES) writeFileSync(process.env.FAULT_MATRIX_TIMES, `${times.join('\n')}\n`)
  const logs = process.env.FAULT_MATRIX_LOGS
  if (logs) {
    mkdirSync(logs, { recursive: true })
    for (const [id, o] of outcomes)
      writeFileSync(join(logs, `${id}.log`), `${o.run.stdout}\n--- stderr\n${o.run.stderr}`)
  }
  for (const o of outcomes.values()) await o.services.stop()
})

describe.each(ROWS)('$call, $fault', row => {
  const o = () => outcomes.get(row.id)!

  it(`ends in ${row.result}, saying so`, () => {
    const { run } = o()
    expect({ code: run.code, message: row.message.test(run.stdout) }).toEqual({
      code: row.result === 'failure' ? 1 : 0,
      message: true
    })
  })

  it('dies of no uncaught error and reaches its outcome in bounded time', () => {
    const { run } = o()
    expect(run.stderr).not.toMatch(/triggerUncaughtException|Uncaught|UnhandledPromiseRejection/)
    expect(run.ms).toBeLessThan(row.boundMs)
  })

  it('loses nothing and claims nothing that did not happen', () => {
    const { run, services, ws } = o()
    const savedClaims = [...run.stdout.matchAll(/(\S+) cache saved as (\S+)/g)].map(m => m[2])
    const finalized = [...services.results.caches.values()].filter(e => e.finalized).map(e => e.key)
    for (const k of savedClaims) expect(finalized).toContain(k)
    if (row.step === 'post') expect(savedClaims).toEqual([])
    if (row.step === 'main') {
      expect(JSON.parse(run.outputs.measurements ?? '[]')).toHaveLength(1)
      expect(run.summary).toContain(Object.values(JSON.parse(run.outputs.digests!) as string[])[0])
      expect(existsSync(join(ws, 'svsm', 'bin', 'measurements.json'))).toBe(true)
      const listed = services.results.listRun(100)
      if (row.result === 'failure') {
        expect(run.outputs['artifact-id']).toBe('')
        expect(listed).toEqual([])
      } else expect(listed.map(a => String(a.id))).toEqual([run.outputs['artifact-id']])
    }
    if (row.step === 'report') {
      expect(run.summary).toContain('### svsm-build')
      const comments = services.rest.state.comments.get(7) ?? []
      const commentFault = row.rules.some(r => r.call.endsWith('/comments'))
      expect(comments).toHaveLength(commentFault && row.result !== 'pass' ? 0 : 1)
      expect((JSON.parse(run.outputs.measurements!) as { target: string }[]).map(m => m.target)).toContain(
        'qemu'
      )
    }
  })
})

describe('docs/faults.md', () => {
  it('has the "What happens when" table of these rows', () => {
    const readme = readFileSync(join(REPO, 'docs', 'faults.md'), 'utf8')
    const m = /<!-- fault-matrix:start -->\n([\s\S]*?)\n<!-- fault-matrix:end -->/.exec(readme)
    expect(m?.[1]).toBe(renderFaultTable())
  })
})
