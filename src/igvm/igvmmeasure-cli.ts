// `igvmmeasure [-v] [-c] [-p P] [-n] <INPUT> measure [-i] [-b]` with the real tool's stdout,
// stderr and exit code, for files read through `io`.
import { IgvmError } from './errors.js'
import { bufferInput, InputError, type IgvmInput } from './input.js'
import { MeasureError, toHex, type MeasurePlatform } from './measure.js'
import { measureInput, type PoolOptions } from './measure-input.js'

interface CliResult {
  stdout: string
  stderr: string
  code: number
}

const USAGE = 'Usage: igvmmeasure [OPTIONS] <INPUT> <COMMAND>'
const usageError = (msg: string): CliResult => ({
  stdout: '',
  stderr: `error: ${msg}\n\n${USAGE}\n\nFor more information, try '--help'.\n`,
  code: 2
})
const LINE = '='.repeat(111)

interface Parsed {
  verbose: boolean
  checkKvm: boolean
  nativeZero: boolean
  platform: MeasurePlatform
  input: string
  bare: boolean
  ignoreIdBlock: boolean
}

/** clap's rules: top-level options before the subcommand, INPUT anywhere before it. */
function parseIgvmmeasureArgs(argv: readonly string[]): Parsed | CliResult {
  const p: Parsed = {
    verbose: false,
    checkKvm: false,
    nativeZero: false,
    platform: 'sev-snp',
    input: '',
    bare: false,
    ignoreIdBlock: false
  }
  let input: string | undefined
  let command: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (command) {
      if (a === '-b' || a === '--bare') p.bare = true
      else if (a === '-i' || a === '--ignore-idblock') p.ignoreIdBlock = true
      else return usageError(`unexpected argument '${a}' found`)
      continue
    }
    if (a === '-v' || a === '--verbose') p.verbose = true
    else if (a === '-c' || a === '--check-kvm') p.checkKvm = true
    else if (a === '-n' || a === '--native-zero') p.nativeZero = true
    else if (a === '-p' || a === '--platform' || a.startsWith('--platform=')) {
      const v = a.startsWith('--platform=') ? a.slice(11) : argv[++i]
      if (v !== 'sev' && v !== 'sev-es' && v !== 'sev-snp')
        return usageError(
          `invalid value '${v ?? ''}' for '--platform <PLATFORM>'\n  [possible values: sev, sev-es, sev-snp]`
        )
      p.platform = v
    } else if (a.startsWith('-')) return usageError(`unexpected argument '${a}' found`)
    else if (input === undefined) input = a
    else if (a === 'measure') command = a
    else if (a === 'sign')
      return {
        stdout: '',
        stderr: 'Error: "svsm-build does not sign IGVM files; use igvmmeasure sign"\n',
        code: 2
      }
    else return usageError(`unrecognized subcommand '${a}'`)
  }
  if (input === undefined)
    return usageError('the following required arguments were not provided:\n  <INPUT>\n  <COMMAND>')
  if (!command) return usageError('the following required arguments were not provided:\n  <COMMAND>')
  p.input = input
  return p
}

/** A whole file in memory, or one opened to be streamed (`fileInput`). */
type IgvmmeasureIo = { readFile(path: string): Uint8Array } | { open(path: string): IgvmInput }

/** How Rust's std::io::Error prints the errno errors an open or a read gives. */
const OS_ERRORS: Record<string, [kind: string, message: string]> = {
  ENOENT: ['NotFound', 'No such file or directory'],
  EACCES: ['PermissionDenied', 'Permission denied'],
  EISDIR: ['IsADirectory', 'Is a directory']
}

export function runIgvmmeasure(
  argv: readonly string[],
  io: IgvmmeasureIo,
  pool: PoolOptions = {}
): CliResult {
  const parsed = parseIgvmmeasureArgs(argv)
  if ('code' in parsed) return parsed
  const p = parsed
  let input: IgvmInput
  try {
    input = 'open' in io ? io.open(p.input) : bufferInput(io.readFile(p.input))
  } catch (e) {
    // What only svsm-build refuses (a device, a silent pipe) names the file; a pipe's fixed
    // header is judged as the parser would; errno errors are printed as Rust prints them.
    if (e instanceof InputError) return { stdout: '', stderr: `Error: ${e.message}\n`, code: 1 }
    if (e instanceof IgvmError) return { stdout: '', stderr: `Error: ${e.debug}\n`, code: 1 }
    const err = e as NodeJS.ErrnoException
    const [kind, message] = OS_ERRORS[err.code ?? ''] ?? ['Other', err.message]
    const code = err.errno !== undefined ? Math.abs(err.errno) : 0
    return {
      stdout: '',
      stderr: `Failed to open firmware file ${p.input}\nError: Os { code: ${code}, kind: ${kind}, message: "${message}" }\n`,
      code: 1
    }
  }
  try {
    const r = measureInput(
      input,
      p.input,
      {
        platform: p.platform,
        nativeZero: p.nativeZero,
        checkKvm: p.checkKvm,
        log: p.verbose
      },
      pool
    )
    const digest = toHex(r.digest)
    let stdout = p.verbose
      ? r.log
          .map(l => `gpa 0x${l.gpa.toString(16)} len 0x${l.length.toString(16)} (${l.type} page)\n`)
          .join('')
      : ''
    stdout += p.bare
      ? `${digest}\n`
      : `\n${LINE}\nigvmmeasure '${p.input}'\nLaunch Digest: ${digest}\n${LINE}\n\n`
    if (p.platform === 'sev-snp' && !p.ignoreIdBlock && r.idBlock && !r.idBlock.equals(r.digest)) {
      return {
        stdout,
        stderr: `Error: An ID block has been provided in the IGVM file but the calculated measurement does not match the expected measurement in the ID block. \nExpected: ${toHex(r.idBlock)}\n`,
        code: 1
      }
    }
    return { stdout, stderr: '', code: 0 }
  } catch (e) {
    if (e instanceof IgvmError) return { stdout: '', stderr: `Error: ${e.debug}\n`, code: 1 }
    if (e instanceof MeasureError || e instanceof InputError)
      return { stdout: '', stderr: `Error: ${e.message}\n`, code: 1 }
    throw e
  } finally {
    input.close()
  }
}
