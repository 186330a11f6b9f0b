// A rebuild at recorded paths that are taken on this machine runs in a private mount namespace:
// the clone (and a fresh CARGO_HOME) bind-mounted over those paths, visible only to the rebuild,
// gone when it ends. `unshare -m` as root, `unshare --mount --map-root-user` otherwise; whether
// either works is probed (a bind mount in a scratch folder), never assumed. svsm-build runs itself
// again inside (`reproduce --in-namespace SPEC`, not a user flag), mounts, builds, and hands the
// records back in a file.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseRecords } from '../record/load.js'
import type { Measurement } from '../record/schema.js'
import { Interrupted, type Interrupt } from '../run/interrupt.js'
import { writeFileAtomic } from '../util/write-atomic.js'
import { ReproduceInputError } from './records.js'

/** The argument that marks svsm-build's own run inside the namespace. */
export const IN_NAMESPACE = '--in-namespace'

export interface Namespace {
  /** `unshare ...` up to `--`. */
  argv: string[]
}

export interface Mount {
  source: string
  target: string
}

/** What the run inside does: the mounts, then the rebuild (its request, as JSON), and where the records go. */
interface NamespaceSpec {
  mounts: Mount[]
  rebuild: unknown
  result: string
}

/** The first way to a private mount namespace that works here, or why none does. */
export function probeNamespace(scratch: string): Namespace | { error: string } {
  const ways: string[][] = []
  if (process.getuid?.() === 0) ways.push(['unshare', '--mount', '--propagation', 'private'])
  ways.push(['unshare', '--mount', '--map-root-user', '--propagation', 'private'])
  const dir = mkdtempSync(join(scratch, 'probe-'))
  const [a, b] = [join(dir, 'a'), join(dir, 'b')]
  mkdirSync(a)
  mkdirSync(b)
  let error = ''
  try {
    for (const argv of ways) {
      const r = spawnSync(argv[0]!, [...argv.slice(1), '--', 'mount', '--bind', a, b], { encoding: 'utf8' })
      if (r.status === 0) return { argv }
      error = `${argv.join(' ')}: ${r.error ? r.error.message : (r.stderr ?? '').trim().split('\n').pop()}`
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return { error }
}

/**
 * Runs svsm-build (`self`: node and its entry) in the namespace with the spec; its output goes to
 * `out`; the records it wrote come back.
 */
export async function rebuildInNamespace(
  ns: Namespace,
  self: string[],
  spec: NamespaceSpec,
  env: NodeJS.ProcessEnv,
  out: NodeJS.WritableStream,
  scratch: string,
  interrupt?: Interrupt
): Promise<Measurement[]> {
  const specFile = join(scratch, 'namespace-spec.json')
  writeFileAtomic(specFile, JSON.stringify(spec))
  const argv = [...ns.argv, '--', ...self, 'reproduce', IN_NAMESPACE, specFile]
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.pipe(out, { end: false })
    child.stderr.pipe(out, { end: false })
    // The run inside stops its commands as a build does; the signal is passed on to it.
    const stop = interrupt?.listen(signal => child.kill(signal))
    child.on('error', e => (stop?.(), reject(e)))
    child.on('close', code => (stop?.(), resolve(code)))
  })
  if (interrupt?.signal)
    throw new Interrupted(
      interrupt.signal,
      `interrupted by ${interrupt.signal} during the rebuild in a private mount namespace`
    )
  let answer: { records?: unknown; error?: string }
  try {
    answer = JSON.parse(readFileSync(spec.result, 'utf8')) as typeof answer
  } catch {
    throw new ReproduceInputError(
      `the rebuild in a private mount namespace (${ns.argv.join(' ')}) ended with exit code ${code} and no result`
    )
  }
  if (answer.error !== undefined) throw new ReproduceInputError(answer.error)
  return parseRecords(answer.records, `${spec.result} (the rebuild's records)`, { allowEmpty: true })
}

/** Inside: the mounts (each over a folder that is there), then `build`; its records or its error go to the result file. */
export async function insideNamespace(
  specFile: string,
  build: (rebuild: unknown) => Promise<Measurement[]>
): Promise<number> {
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as NamespaceSpec
  try {
    for (const m of spec.mounts) {
      const r = spawnSync('mount', ['--bind', m.source, m.target], { encoding: 'utf8' })
      if (r.status !== 0)
        throw new ReproduceInputError(
          `mount --bind ${m.source} ${m.target} in the private mount namespace: ${r.error?.message ?? (r.stderr ?? '').trim()}`
        )
    }
    writeFileAtomic(spec.result, JSON.stringify({ records: await build(spec.rebuild) }))
    return 0
  } catch (e) {
    writeFileAtomic(spec.result, JSON.stringify({ error: (e as Error).message }))
    return 2
  }
}
