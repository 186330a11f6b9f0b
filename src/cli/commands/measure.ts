// `svsm-build measure FILE [flags]`: igvmmeasure's `measure`, same output and exit code, without
// building Rust tools. Flags may come in any order; igvmmeasure's own order works too.
import { runIgvmmeasure } from '../../igvm/igvmmeasure-cli.js'
import { fileInput } from '../../igvm/input.js'

const TOP = new Set(['-v', '--verbose', '-c', '--check-kvm', '-n', '--native-zero'])
const SUB = new Set(['-b', '--bare', '-i', '--ignore-idblock'])

/** Reorders `FILE -b -c` into igvmmeasure's `-c FILE measure -b`. */
export function toIgvmmeasureArgv(args: string[]): string[] {
  if (args.includes('measure')) return args
  const top: string[] = []
  const sub: string[] = []
  const rest: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (TOP.has(a)) top.push(a)
    else if (SUB.has(a)) sub.push(a)
    else if (a === '-p' || a === '--platform') top.push(a, args[++i] ?? '')
    else rest.push(a)
  }
  return [...top, ...rest, 'measure', ...sub]
}

/**
 * SVSM_MEASURE_WORKERS: how many worker threads hash pages, whatever the file's size and the
 * machine's load (the benchmark runs both ways). One whole number, checked here without zod:
 * importing zod costs ~40 ms of CPU, more than measuring a small file.
 */
function workersFromEnv(): { workers?: number } | string {
  const raw = process.env.SVSM_MEASURE_WORKERS
  if (raw === undefined) return {}
  return /^\d{1,3}$/.test(raw) && Number(raw) <= 256
    ? { workers: Number(raw) }
    : `SVSM_MEASURE_WORKERS is ${JSON.stringify(raw)}, expected a whole number of worker threads from 0 to 256`
}

export async function measureCommand(args: string[]): Promise<number> {
  const pool = workersFromEnv()
  if (typeof pool === 'string') {
    process.stderr.write(`error: ${pool}\n`)
    return 2
  }
  const r = runIgvmmeasure(toIgvmmeasureArgv(args), { open: fileInput }, pool)
  process.stdout.write(r.stdout)
  process.stderr.write(r.stderr)
  return r.code
}
