// The one flag parser: typed values, strict errors that name the flag and what it expects, help
// on every command, and a usage text made from the same table.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { BUILD_COMMAND, parseBuildArgs, PLAN_COMMAND } from '../../src/cli/args.js'
import { command, parseFlags, usageOf, wholeNumber } from '../../src/cli/flags.js'
import { UsageError } from '../../src/util/errors.js'

const SPEC = command({
  synopsis: ['svsm-build demo <FILE> [OPTIONS]'],
  about: 'A command for the tests.',
  flags: {
    release: { short: 'r', help: 'A switch' },
    verbose: { short: 'v', help: 'Another switch' },
    feature: { short: 'f', value: '<F>', multiple: true, help: 'Repeatable' },
    svsm: { value: '<DIR>', help: 'A directory' },
    dialect: { value: '<D>', choices: ['xbuild', 'build.py'], help: 'A choice' },
    jobs: { value: '<N>', check: wholeNumber(1), help: 'A number' },
    out: { value: '<DIR>', required: true, help: 'Required' },
    inputs: { value: ['<A>', '<B>'], help: 'Two values' }
  },
  args: { min: 1, max: 2, what: 'one or two files' },
  footer: 'Exit codes: 0 fine.'
})

let stdout = ''
beforeEach(() => {
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

/** The UsageError a command line gives (its message), or null when it parses. */
function refusal(args: string[]): string | null {
  try {
    parseFlags(SPEC, args)
    return null
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError)
    expect((e as UsageError).usage).toBe(usageOf(SPEC))
    return (e as Error).message
  }
}

describe('parseFlags', () => {
  it('reads switches, values, repeated values, two-value flags and positionals in any order', () => {
    const p = parseFlags(SPEC, [
      'a.json',
      '-rv',
      '-fvtpm',
      '-f',
      'bldr:x',
      '--feature=svsm:y',
      '--svsm',
      'tree',
      '--dialect=xbuild',
      '--jobs',
      '4',
      '--out',
      'o',
      '--inputs',
      'A',
      'B',
      '--',
      '-odd-file'
    ])!
    expect(p.values).toEqual({
      release: true,
      verbose: true,
      feature: ['vtpm', 'bldr:x', 'svsm:y'],
      svsm: 'tree',
      dialect: 'xbuild',
      jobs: '4',
      out: 'o',
      inputs: ['A', 'B']
    })
    expect(p.positionals).toEqual(['a.json', '-odd-file'])
    // Switches not given are false; values not given are absent.
    const q = parseFlags(SPEC, ['--out', 'o', 'x'])!
    expect(q.values.release).toBe(false)
    expect(q.values.svsm).toBeUndefined()
    expect(q.values.feature).toBeUndefined()
  })

  it.each([
    [['--frobnicate', '--out', 'o', 'x'], '--frobnicate: unknown option; expected one of --release'],
    [['-x', '--out', 'o', 'x'], '-x: unknown option; expected one of'],
    [['-rx', '--out', 'o', 'x'], '-x (in -rx): unknown option'],
    [['--out', 'o', 'x', '--svsm'], '--svsm expects a value: --svsm <DIR>'],
    [
      ['--out', 'o', 'x', '--svsm', '--release'],
      '--svsm expects a value: --svsm <DIR>; got the option --release (write --svsm=--release for a value that starts with "-")'
    ],
    [['--out', 'o', 'x', '--inputs', 'A'], '--inputs expects 2 values: --inputs <A> <B>'],
    [['--out', 'o', 'x', '--release=yes'], '--release takes no value, got "yes"'],
    [['--out', 'o', 'x', '--dialect', 'cmake'], '--dialect cmake: expected xbuild or build.py'],
    [['--out', 'o', 'x', '--jobs', '0'], '--jobs 0: expected a whole number from 1'],
    [['--out', 'o', 'x', '--jobs', 'many'], '--jobs many: expected a whole number from 1'],
    [['--out', 'o', 'x', '--svsm', 'a', '--svsm', 'b'], '--svsm is given twice (a and b); expected it once'],
    [['x'], '--out <DIR> is required'],
    [['--out', 'o'], 'expected one or two files, got none'],
    [['--out', 'o', 'a', 'b', 'c'], 'expected one or two files, got 3: a b c']
  ])('refuses %j: %s', (args, message) => {
    expect(refusal(args)).toContain(message)
  })

  it('prints the usage for -h/--help, whatever else the line holds, and returns null', () => {
    expect(parseFlags(SPEC, ['--frobnicate', '-h'])).toBeNull()
    expect(stdout).toBe(`${usageOf(SPEC)}\n`)
    stdout = ''
    expect(parseFlags(SPEC, ['--help'])).toBeNull()
    expect(stdout).toContain('Usage: svsm-build demo <FILE> [OPTIONS]')
    // After --, -h is a file name.
    expect(parseFlags(SPEC, ['--out', 'o', '--', '-h'])!.positionals).toEqual(['-h'])
  })

  it('writes the usage from the table: every flag, its value, its choices, required, -h', () => {
    const u = usageOf(SPEC)
    expect(u).toContain('Usage: svsm-build demo <FILE> [OPTIONS]\n\nA command for the tests.\n\nOptions:\n')
    expect(u).toMatch(/ {2}-r, --release {2,}A switch\n/)
    expect(u).toMatch(/ {2}-f, --feature <F> {2,}Repeatable\n/)
    expect(u).toMatch(/ {6}--dialect <D> {2,}A choice\n {4,}\(xbuild \| build\.py\)\n/)
    expect(u).toMatch(/ {6}--out <DIR> {2,}Required\n {4,}\(required\)\n/)
    expect(u).toMatch(/ {6}--inputs <A> <B> {2,}Two values\n/)
    expect(u).toMatch(/ {2}-h, --help {2,}Print this help\n\nExit codes: 0 fine\.$/)
  })
})

describe('build and plan flags', () => {
  it("keep upstream xbuild's letters: -r -a -f -v -o -p -h -V", () => {
    const a = parseBuildArgs(['-ravop', '-f', 'vtpm,bldr:x', 'configs/q.json'], {})!
    expect(a.request.options).toMatchObject({
      release: true,
      allFeatures: true,
      verbose: true,
      offline: true
    })
    expect(a.request.options.features).toEqual([
      { pkg: 'svsm', feature: 'vtpm', raw: 'vtpm' },
      { pkg: 'bldr', feature: 'x', raw: 'bldr:x' }
    ])
    expect(a.printConfig).toBe(true)
    expect(a.request.recipes).toEqual(['configs/q.json'])
    expect(parseBuildArgs(['-V'], {})!.version).toBe(true)
    const u = usageOf(BUILD_COMMAND)
    for (const flag of [
      '-r, --release',
      '-a, --all-features',
      '-f, --feature <FEATURES>',
      '-v, --verbose',
      '-o, --offline',
      '-p, --print-config',
      '-h, --help',
      '-V, --version'
    ])
      expect(u).toContain(flag)
  })

  it('plan takes --json and --matrix; build does not', () => {
    expect(parseBuildArgs(['--json', 'q.json'], {}, PLAN_COMMAND)!.json).toBe(true)
    expect(() => parseBuildArgs(['--json', 'q.json'], {})).toThrow('--json: unknown option')
  })

  it('refuses a --firmware that is not a regular file, before building', () => {
    expect(() => parseBuildArgs(['--firmware', '/dev/zero', 'q.json'], {})).toThrow(
      '--firmware /dev/zero: a character device, expected a regular file; expected a firmware image (OVMF.fd)'
    )
    expect(() => parseBuildArgs(['--firmware', '/', 'q.json'], {})).toThrow(
      '--firmware /: a directory, expected a regular file'
    )
  })

  it('lists every subcommand in svsm-build --help', () => {
    const u = usageOf(BUILD_COMMAND)
    for (const name of [
      'build',
      'plan',
      'measure',
      'inspect',
      'diff',
      'verify-report',
      'reproduce',
      'predicate',
      'firmware',
      'smoke',
      'qemu',
      'kernel'
    ])
      expect(u).toMatch(new RegExp(`\\n  ${name} +\\S`))
  })
})
