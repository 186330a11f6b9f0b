// A subcommand's flags as every svsm-build command takes them: node:util parseArgs, strict, with
// -h/--help; a bad flag is a UsageError carrying that command's usage text.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../util/errors.js'

type Options = NonNullable<ParseArgsConfig['options']>
const HELP = { help: { type: 'boolean', short: 'h' } } as const

/** The parsed flags and positionals, or null after printing the usage for -h/--help. */
export function parseCommand<O extends Options>(args: string[], options: O, usage: string) {
  const config = { args, allowPositionals: true, strict: true, options: { ...options, ...HELP } } as const
  let parsed
  try {
    parsed = parseArgs(config)
  } catch (e) {
    throw new UsageError((e as Error).message, usage)
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`)
    return null
  }
  return parsed
}
