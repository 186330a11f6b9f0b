// A step that did not do its job: the message names the step (and the command, its exit code and
// the end of its stderr); the CLI prints it as one error and exits 1.
import type { Step } from '../plan/types.js'

export class StepFailure extends Error {
  constructor(
    readonly step: Step,
    message: string,
    readonly code: number | null = null,
    readonly stderrTail = ''
  ) {
    super(message)
    this.name = 'StepFailure'
  }
}
