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

export async function measureCommand(args: string[]): Promise<number> {
  const r = runIgvmmeasure(toIgvmmeasureArgv(args), { open: fileInput })
  process.stdout.write(r.stdout)
  process.stderr.write(r.stderr)
  return r.code
}
