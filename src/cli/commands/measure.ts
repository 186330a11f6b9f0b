// `svsm-build measure FILE [flags]`: igvmmeasure's `measure`, same output and exit code, without
// building Rust tools. Flags may come in any order; igvmmeasure's own order (`-c FILE measure -b`)
// works too.
import { UsageError } from '../../util/errors.js'
import { runIgvmmeasure } from '../../igvm/igvmmeasure-cli.js'
import { fileInput } from '../../igvm/input.js'
import { command, parseFlags, usageOf, type FlagValues } from '../flags.js'

const MEASURE_COMMAND = command({
  synopsis: [
    'svsm-build measure <FILE> [OPTIONS]',
    "svsm-build measure [-v] [-c] [-n] [-p PLATFORM] <FILE> measure [-b] [-i]   (igvmmeasure's order)"
  ],
  about:
    "Prints the launch digest of an IGVM file exactly as upstream's igvmmeasure does (same output,\nsame exit code), without building it.",
  flags: {
    verbose: { short: 'v', help: 'Print every measured page' },
    'check-kvm': { short: 'c', help: 'Check that KVM can launch the file (as igvmmeasure -c)' },
    'native-zero': { short: 'n', help: 'Measure zero pages as data, as a native-zero launch does' },
    platform: {
      short: 'p',
      value: '<PLATFORM>',
      choices: ['sev', 'sev-es', 'sev-snp'],
      help: 'Platform to measure for (default sev-snp)'
    },
    bare: { short: 'b', help: 'Print the digest alone' },
    'ignore-idblock': { short: 'i', help: "Do not compare the digest with the file's ID block" }
  },
  args: { min: 1, max: 2, what: 'one IGVM file (optionally followed by the word measure)' },
  footer:
    'Exit codes: 0 measured, 1 the file cannot be read or measured (or its ID block disagrees), 2 usage error.\nSVSM_MEASURE_WORKERS=N sets how many worker threads hash pages.'
})

/** The parsed flags as igvmmeasure's argv: `[-v] [-c] [-n] [-p P] FILE measure [-b] [-i]`. */
function toIgvmmeasureArgv(file: string, v: FlagValues<typeof MEASURE_COMMAND.flags>): string[] {
  return [
    ...(v.verbose ? ['-v'] : []),
    ...(v['check-kvm'] ? ['-c'] : []),
    ...(v['native-zero'] ? ['-n'] : []),
    ...(v.platform ? ['-p', v.platform] : []),
    file,
    'measure',
    ...(v.bare ? ['-b'] : []),
    ...(v['ignore-idblock'] ? ['-i'] : [])
  ]
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
  const parsed = parseFlags(MEASURE_COMMAND, args)
  if (!parsed) return 0
  const [file, word] = parsed.positionals as [string, string | undefined]
  if (word === 'sign')
    throw new UsageError(
      'svsm-build does not sign IGVM files; use igvmmeasure sign (or the sign sub-action)',
      usageOf(MEASURE_COMMAND)
    )
  if (word !== undefined && word !== 'measure')
    throw new UsageError(
      `unexpected argument ${word}; expected one IGVM file (optionally followed by the word measure)`,
      usageOf(MEASURE_COMMAND)
    )
  const pool = workersFromEnv()
  if (typeof pool === 'string') {
    process.stderr.write(`error: ${pool}\n`)
    return 2
  }
  const r = runIgvmmeasure(toIgvmmeasureArgv(file, parsed.values), { open: fileInput }, pool)
  process.stdout.write(r.stdout)
  process.stderr.write(r.stderr)
  return r.code
}
