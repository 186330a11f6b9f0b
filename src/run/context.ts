// What a run of steps gets from its caller, one type from the engine down to the runner: where it
// runs, with which environment, where output and messages go, and what may stop or skip a step.
import type { Writable } from 'node:stream'
import type { Step } from '../plan/types.js'
import type { Logger } from '../util/log.js'
import type { Interrupt } from './interrupt.js'

/** Our own reader: the digest igvmmeasure would print, and what else it sees in the file. */
export type BuiltinMeasure = (
  bytes: Buffer,
  o: { checkKvm: boolean; nativeZero: boolean }
) => { digest: string; details?: Record<string, unknown> }

export interface RunContext {
  /** Relative cwds and paths resolve against it (the svsm tree; absolute plans ignore it). */
  root: string
  env: NodeJS.ProcessEnv
  out: Writable
  err: Writable
  log: Logger
  /** Our own reader, for `measure` steps (only svsm plans have them). */
  measure?: BuiltinMeasure
  /** Step ids not to run (a firmware command whose output came from the cache). */
  skip?: ReadonlySet<string>
  /** SIGINT/SIGTERM: the running command's process group is stopped and no further step starts. */
  interrupt?: Interrupt
  /** Added to a failed command's message (the EDK2 build: the tools this machine lacks). */
  hint?: () => string | null
  /** Called after each step that succeeded (the engine reads what a step left before the next overwrites it). */
  afterStep?: (step: Step) => void
}
