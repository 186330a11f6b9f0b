// Entry point of the `svsm-build` command: picks the subcommand, maps errors to exit codes.
import { PreflightError, UsageError } from '../engine/errors.js'
import { RecipeError, RecipeErrors } from '../recipe/errors.js'
import { StepFailure } from '../run/runner.js'
import { BUILD_USAGE } from './args.js'
import { buildCommand, planCommand } from './commands/build.js'
import { inspectCommand } from './commands/inspect.js'
import { measureCommand } from './commands/measure.js'
import { firmwareCommand } from './commands/firmware.js'
import { smokeCommand } from './commands/smoke.js'
import { kernelCommand, qemuCommand } from './commands/component-builds.js'

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  build: buildCommand,
  plan: planCommand,
  measure: measureCommand,
  inspect: inspectCommand,
  firmware: firmwareCommand,
  smoke: smokeCommand,
  qemu: qemuCommand,
  kernel: kernelCommand
}

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv
  const command = first !== undefined && first in COMMANDS ? COMMANDS[first]! : null
  try {
    return command ? await command(rest) : await buildCommand(argv)
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n\n${e.usage ?? BUILD_USAGE}\n`)
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
