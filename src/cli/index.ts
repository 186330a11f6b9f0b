// Entry point of the `svsm-build` command: picks the subcommand (loaded on demand, so `measure`
// does not pay for the build engine's start-up), maps errors to exit codes.
import { BadInput, PreflightError, UsageError } from '../util/errors.js'
import { RecipeError, RecipeErrors } from '../recipe/errors.js'
import { StepFailure } from '../run/runner.js'
import { BUILD_USAGE } from './args.js'

type Command = (args: string[]) => Promise<number>

const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.js')).buildCommand,
  plan: async () => (await import('./commands/build.js')).planCommand,
  measure: async () => (await import('./commands/measure.js')).measureCommand,
  inspect: async () => (await import('./commands/inspect.js')).inspectCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  'verify-report': async () => (await import('./commands/verify-report.js')).verifyReportCommand,
  firmware: async () => (await import('./commands/firmware.js')).firmwareCommand,
  smoke: async () => (await import('./commands/smoke.js')).smokeCommand,
  qemu: async () => (await import('./commands/component-builds.js')).qemuCommand,
  kernel: async () => (await import('./commands/component-builds.js')).kernelCommand,
  reproduce: async () => (await import('./commands/reproduce.js')).reproduceCommand,
  predicate: async () => (await import('./commands/predicate.js')).predicateCommand
}

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv
  const named = first !== undefined && first in COMMANDS
  try {
    const command = await COMMANDS[named ? first! : 'build']!()
    return await command(named ? rest : argv)
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
    throw e
  }
}

process.exitCode = await main(process.argv.slice(2))
