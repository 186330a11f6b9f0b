// The runner side of the warm-cache benches: a generated workspace in git, jobs in a fresh clone
// at one workspace path (as on a runner: @actions/cache's version covers the paths), and the
// bundled action's steps run through @actions/core's file protocol, each stdout line timed.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate.mjs'

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export function workspace({ crates, fns, slow }) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-warm-'))
  const src = join(scratch, 'src')
  const vendor = join(scratch, 'registry')
  const exampleRegistry = generate(src, join(repo, 'examples', 'mini-svsm'), vendor, {
    crates,
    fns,
    slowBuildSeconds: slow
  })
  const git = (cwd, ...a) =>
    execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...a], {
      cwd,
      stdio: 'ignore'
    })
  git(src, 'init', '-q')
  git(src, 'add', '-A')
  git(src, 'commit', '-q', '-m', 'bench')
  git(src, 'tag', '-a', '-m', 'r', 'v2026.01')
  const ws = join(scratch, 'job')
  const files = {
    GITHUB_OUTPUT: join(ws, 'out'),
    GITHUB_STATE: join(ws, 'state'),
    GITHUB_STEP_SUMMARY: join(ws, 'summary')
  }
  const env = (localCache, extra = {}) => {
    const e = {
      ...process.env,
      ...files,
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: join(ws, '_temp'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      CARGO_HOME: join(ws, 'cargo-home'),
      INPUT_RECIPE: 'configs/qemu-target.json',
      'INPUT_SVSM-PATH': 'svsm',
      INPUT_TOOLCHAIN: 'skip',
      'INPUT_SAVE-CACHE': 'always',
      'INPUT_LOCAL-CACHE-DIR': localCache,
      INPUT_UPLOAD: 'false',
      INPUT_OFFLINE: 'true'
    }
    for (const k of Object.keys(e)) if (k.startsWith('ACTIONS_')) delete e[k]
    return { ...e, ...extra }
  }
  return {
    scratch,
    src,
    vendor,
    exampleRegistry,
    ws,
    /** Commits the generated repo's changes (a new revision for the next clone or pull). */
    commit(message) {
      git(src, 'add', '-A')
      git(src, 'commit', '-q', '-m', message)
    },
    git,
    target: join(ws, 'svsm', 'target'),
    /** A fresh clone at the workspace path, and empty runner files. */
    freshJob() {
      rmSync(ws, { recursive: true, force: true })
      mkdirSync(join(ws, '_temp'), { recursive: true })
      git(scratch, 'clone', '-q', src, join(ws, 'svsm'))
      this.newRunnerFiles()
    },
    /** Empty GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY, as each job starts with. */
    newRunnerFiles() {
      for (const f of Object.values(files)) writeFileSync(f, '')
    },
    /** The main step: its wall, the restore's wall, how many crates it compiled, cache-hit. */
    async main(localCache, extraEnv) {
      const r = await step(ws, 'main', env(localCache, extraEnv))
      if (r.status !== 0) throw new Error(`main failed:\n${r.lines.map(l => l.text).join('\n')}\n${r.stderr}`)
      const compiled = (r.stderr.match(/^\s+Compiling \S+/gm) ?? []).map(s => s.trim().slice(10))
      if (process.env.BENCH_DEBUG) console.log(`main compiled: ${compiled.join(', ') || 'nothing'}`)
      const hit = /^cache-hit<<.+\n(.*)$/m.exec(readFileSync(files.GITHUB_OUTPUT, 'utf8'))?.[1]
      return { wall: r.wall, restore: restoreWall(r.lines), compiled: compiled.length, hit }
    },
    /** What main left for post: the state's name and its JSON. */
    state() {
      const m = /^([^<]+)<<(.+)\n([\s\S]*?)\n\2$/m.exec(readFileSync(files.GITHUB_STATE, 'utf8'))
      return { name: m[1], value: JSON.parse(m[3]) }
    },
    /** The post step with a (changed) state; throws unless the target cache was saved. */
    async post(localCache, state, extraEnv) {
      const r = await step(ws, 'post', {
        ...env(localCache, extraEnv),
        [`STATE_${state.name}`]: JSON.stringify(state.value)
      })
      const out = r.lines.map(l => l.text)
      const key = state.value.caches.find(c => c.name === 'target').key
      if (!out.includes(`target cache saved as ${key}`))
        throw new Error(`post did not save the target cache:\n${out.join('\n')}\n${r.stderr}`)
      return { wall: r.wall, key }
    }
  }
}

/** Runs a dist step; each stdout line gets the time it arrived (seconds since the start). */
function step(cwd, name, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const since = () => Number(process.hrtime.bigint() - t0) / 1e9
    const p = spawn(process.execPath, [join(repo, 'dist', name, 'index.js')], { cwd, env })
    const lines = []
    let partial = ''
    let stderr = ''
    p.stdout.setEncoding('utf8').on('data', d => {
      const parts = (partial + d).split('\n')
      partial = parts.pop()
      for (const text of parts) lines.push({ t: since(), text })
    })
    p.stderr.setEncoding('utf8').on('data', d => (stderr += d))
    p.on('error', reject)
    p.on('close', status => resolve({ status, wall: since(), lines, stderr }))
  })
}

/** Seconds between the "Restoring caches" group and its end. */
function restoreWall(lines) {
  const start = lines.findIndex(l => l.text.startsWith('::group::Restoring caches'))
  const end = lines.findIndex((l, i) => i > start && l.text.startsWith('::endgroup::'))
  return start >= 0 && end > start ? lines[end].t - lines[start].t : NaN
}

export const median = a => [...a].sort((x, y) => x - y)[Math.floor((a.length - 1) / 2)]
export const spread = (a, d = 2) =>
  `${median(a).toFixed(d)} (${Math.min(...a).toFixed(d)}-${Math.max(...a).toFixed(d)})`
export const mb = b => `${(b / 1e6).toFixed(2)} MB`
export const du = p => Number(execFileSync('du', ['-sb', p], { encoding: 'utf8' }).split('\t')[0])
