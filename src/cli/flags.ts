// The one flag parser of every svsm-build subcommand. A command declares its flags once, typed;
// the same table parses the command line (strictly: an unknown flag, a missing or extra value, a
// value outside its choices, a flag given twice, too few or too many arguments are each a
// UsageError naming the flag and what it expects) and writes the usage text, so the two never
// disagree. -h/--help works on every command and prints that usage.
import { UsageError } from '../util/errors.js'

interface Flag {
  /** One letter: `-r` for --release. */
  short?: string
  /** The value it takes, as the usage shows it (`<DIR>`); two names for a flag that takes two. */
  value?: string | readonly [string, string]
  /** May be given more than once; the values are kept in order. */
  multiple?: boolean
  /** The command cannot run without it. */
  required?: boolean
  /** The only values allowed, in the order the usage lists them. */
  choices?: readonly string[]
  /** Why a value is wrong, as what is expected ("a whole number from 1"), or null when it is right. */
  check?: (value: string) => string | null
  /** One line for the usage (more lines with "\n"). */
  help: string
}

type Flags = Readonly<Record<string, Flag>>

export interface CommandSpec<F extends Flags = Flags> {
  /** The usage's first lines, after "Usage: " (the first one with "svsm-build <command>"). */
  synopsis: readonly string[]
  /** What the command does: a paragraph after the synopsis. */
  about?: string
  flags: F
  /** How many positional arguments, and what they are ("an IGVM file"), for the error that counts them. */
  args: { min: number; max: number; what: string }
  /** After the options: exit codes and notes. */
  footer?: string
}

/** A value's type: one of its choices, or any string. */
type One<F extends Flag> = F extends { choices: readonly (infer C)[] } ? C : string

type ValueOf<F extends Flag> = F extends { value: readonly [string, string] }
  ? [string, string] | undefined
  : F extends { value: string }
    ? F extends { multiple: true }
      ? One<F>[]
      : F extends { required: true }
        ? One<F>
        : One<F> | undefined
    : boolean

export type FlagValues<F extends Flags> = { -readonly [K in keyof F]: ValueOf<F[K]> }

interface Parsed<F extends Flags> {
  values: FlagValues<F>
  positionals: string[]
}

/** Declares a command: `const` keeps the flag table's literal types, so the values are typed. */
export const command = <const F extends Flags>(spec: CommandSpec<F>): CommandSpec<F> => spec

const HELP: Flag = { short: 'h', help: 'Print this help' }

/** The usage text of a command, from its table. */
export function usageOf(spec: CommandSpec): string {
  const [first, ...more] = spec.synopsis
  const lines = [`Usage: ${first}`, ...more.map(l => `       ${l}`)]
  if (spec.about) lines.push('', spec.about)
  const rows = Object.entries({ ...spec.flags, help: HELP }).map(([name, f]) => {
    const value = f.value === undefined ? '' : ` ${typeof f.value === 'string' ? f.value : f.value.join(' ')}`
    return [`${f.short ? `-${f.short}, ` : '    '}--${name}${value}`, f] as const
  })
  const width = Math.min(30, Math.max(...rows.map(([left]) => left.length)))
  lines.push('', 'Options:')
  for (const [left, f] of rows) {
    const help = [
      ...f.help.split('\n'),
      ...(f.choices ? [`(${f.choices.join(' | ')})`] : []),
      ...(f.required ? ['(required)'] : [])
    ]
    const [h0, ...hs] = help
    const pad = ' '.repeat(width + 4)
    lines.push(
      left.length > width ? `  ${left}\n${pad}${h0}` : `  ${left.padEnd(width)}  ${h0}`,
      ...hs.map(h => `${pad}${h}`)
    )
  }
  if (spec.footer) lines.push('', spec.footer)
  return lines.join('\n')
}

/** `--name` or `-n, --name`, as errors name a flag. */
const shown = (name: string, f: Flag) => (f.short ? `-${f.short}/--${name}` : `--${name}`)
const placeholder = (f: Flag) => (typeof f.value === 'string' ? f.value : (f.value ?? []).join(' '))

/**
 * Parses `args` by the command's table. Returns null when -h/--help was given (the usage is then
 * printed on stdout and the command exits 0, whatever else the line holds).
 */
export function parseFlags<F extends Flags>(spec: CommandSpec<F>, args: readonly string[]): Parsed<F> | null {
  const end = args.indexOf('--')
  const options = end < 0 ? args : args.slice(0, end)
  if (options.includes('-h') || options.includes('--help')) {
    process.stdout.write(`${usageOf(spec)}\n`)
    return null
  }
  const usage = usageOf(spec)
  const fail = (message: string): never => {
    throw new UsageError(message, usage)
  }
  const byShort = new Map(Object.entries(spec.flags).flatMap(([n, f]) => (f.short ? [[f.short, n]] : [])))
  const values: Record<string, unknown> = {}
  const positionals: string[] = []

  const set = (name: string, value: string | [string, string] | true) => {
    const f = spec.flags[name]!
    if (typeof value === 'string') {
      if (f.choices && !f.choices.includes(value)) fail(`--${name} ${value}: expected ${listed(f.choices)}`)
      const wrong = f.check?.(value)
      if (wrong) fail(`--${name} ${value}: expected ${wrong}`)
    }
    if (f.multiple) (values[name] = (values[name] as unknown[] | undefined) ?? []).push(value)
    else if (values[name] !== undefined && value !== true)
      fail(
        `${shown(name, f)} is given twice (${String(values[name])} and ${String(value)}); expected it once`
      )
    else values[name] = value
  }

  /** The value(s) of flag `name`: inline (`--x=v`, `-xv`) or the next argument(s). */
  const take = (name: string, inline: string | undefined, i: number): number => {
    const f = spec.flags[name]!
    const count = typeof f.value === 'string' ? 1 : 2
    const got: string[] = inline === undefined ? [] : [inline]
    while (got.length < count) {
      const next = args[i + 1]
      if (next === undefined || i + 1 === end || (next.startsWith('-') && next !== '-'))
        fail(
          `${shown(name, f)} expects ${count === 1 ? 'a value' : `${count} values`}: --${name} ${placeholder(f)}` +
            (next !== undefined && i + 1 !== end
              ? `; got the option ${next} (write --${name}=${next} for a value that starts with "-")`
              : '')
        )
      got.push(next!)
      i++
    }
    set(name, count === 1 ? got[0]! : [got[0]!, got[1]!])
    return i
  }

  for (let i = 0; i < options.length; i++) {
    const a = options[i]!
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const name = a.slice(2, eq < 0 ? undefined : eq)
      const f = spec.flags[name]
      if (!f) fail(`${eq < 0 ? a : a.slice(0, eq)}: unknown option; ${knownFlags(spec)}`)
      if (f!.value === undefined) {
        if (eq >= 0) fail(`--${name} takes no value, got ${JSON.stringify(a.slice(eq + 1))}`)
        set(name, true)
      } else i = take(name, eq < 0 ? undefined : a.slice(eq + 1), i)
    } else if (a.startsWith('-') && a !== '-') {
      // -rv (switches together), -fvtpm / -f vtpm / -f=vtpm (a value), as clap reads them.
      for (let j = 1; j < a.length; j++) {
        const name = byShort.get(a[j]!)
        if (!name) fail(`-${a[j]}${a.length > 2 ? ` (in ${a})` : ''}: unknown option; ${knownFlags(spec)}`)
        if (spec.flags[name!]!.value === undefined) {
          set(name!, true)
          continue
        }
        const rest = a.slice(j + 1).replace(/^=/, '')
        i = take(name!, rest === '' ? undefined : rest, i)
        break
      }
    } else positionals.push(a)
  }
  if (end >= 0) positionals.push(...args.slice(end + 1))

  for (const [name, f] of Object.entries(spec.flags)) {
    if (f.required && values[name] === undefined) fail(`${shown(name, f)} ${placeholder(f)} is required`)
    if (f.value === undefined) values[name] ??= false
  }
  const { min, max, what } = spec.args
  if (positionals.length < min || positionals.length > max)
    fail(
      `expected ${what}, got ${positionals.length === 0 ? 'none' : `${positionals.length}: ${positionals.join(' ')}`}`
    )
  return { values: values as FlagValues<F>, positionals }
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

function knownFlags(spec: CommandSpec): string {
  const names = Object.keys(spec.flags).map(n => `--${n}`)
  return names.length === 0
    ? 'this command takes no options but -h/--help'
    : `expected one of ${names.join(' ')} (or -h/--help)`
}

/** Checks for `check`. */
export const wholeNumber =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (v: string): string | null =>
    /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max
      ? null
      : max === Number.MAX_SAFE_INTEGER
        ? `a whole number from ${min}`
        : `a whole number from ${min} to ${max}`
