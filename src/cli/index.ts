// Entry point of the `svsm-build` command: picks the subcommand (loaded on demand, so `measure`
// does not pay for the build engine's start-up), maps errors to exit codes: one `error:` line,
// never a stack trace for what the user or the machine did.
import { BadInput, PreflightError, UsageError } from '../util/errors.js'
import { isSystemError, systemErrorMessage } from '../util/system-error.js'
import { RecipeError, RecipeErrors } from '../recipe/errors.js'
import { StepFailure } from '../run/runner.js'
import { BUILD_USAGE } from './args.js'
import type { CommandName } from './command-list.js'

type Command = (args: string[]) => Promise<number>

const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.js')).buildCommand,
  plan: async () => (await import('./commands/build.js')).planCommand,
  measure: async () => (await import('./commands/measure.js')).measureCommand,
  inspect: async () => (await import('./commands/inspect.js')).inspectCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  'reference-values': async () => (await import('./commands/reference-values.js')).referenceValuesCommand,
  'verify-report': async () => (await import('./commands/verify-report.js')).verifyReportCommand,
  reproduce: async () => (await import('./commands/reproduce.js')).reproduceCommand,
  predicate: async () => (await import('./commands/predicate.js')).predicateCommand,
  firmware: async () => (await import('./commands/firmware.js')).firmwareCommand,
  smoke: async () => (await import('./commands/smoke.js')).smokeCommand,
  qemu: async () => (await import('./commands/component-builds.js')).qemuCommand,
  kernel: async () => (await import('./commands/component-builds.js')).kernelCommand
}

/**
 * Commands whose exit code 1 is a verdict (they differ, a check fails, it did not reproduce) or is
 * not documented at all: a file they could not read or write is not a verdict, it exits 2 as bad
 * input does.
 */
const VERDICT_COMMANDS: ReadonlySet<CommandName> = new Set([
  'diff',
  'verify-report',
  'reproduce',
  'predicate',
  'reference-values'
])

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv
  const name: CommandName = first !== undefined && first in COMMANDS ? (first as CommandName) : 'build'
  try {
    const command = await COMMANDS[name]()
    return await command(name === first ? rest : argv)
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n\n${e.usage ?? BUILD_USAGE}\n`)
      return 2
    }
    if (e instanceof BadInput) {
      process.stderr.write(`error: ${e.message}\n`)
      return 2
    }
    if (
      e instanceof RecipeError ||
      e instanceof RecipeErrors ||
      e instanceof PreflightError ||
      e instanceof StepFailure
    ) {
      process.stderr.write(`error: ${e.message}\n`)
      return 1
    }
    // A full disk, a read-only folder, a directory where a file belongs.
    if (isSystemError(e)) {
      process.stderr.write(`error: ${systemErrorMessage(e)}\n`)
      return VERDICT_COMMANDS.has(name) ? 2 : 1
    }
    throw e
  }
}

process.exitCode = await main(process.argv.slice(2))
