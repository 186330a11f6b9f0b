// The main step's first decision, before the build engine and the GitHub clients are loaded: are
// the inputs good? A wrong one fails the step at once (bench/startup measures it). @actions/core
// (1 MB with its HTTP client) is loaded only to report a failure; run-main reads the inputs again
// when it runs: pure, and cheaper than passing them around.
import { readInputs } from './inputs.js'

/** Environment variable that makes the step stop right after this decision (for bench/startup). */
export const STOP_AFTER_INPUTS = 'SVSM_BUILD_STOP_AFTER_INPUTS'

/** How the runner passes an input (what core.getInput reads). */
const input = (env: NodeJS.ProcessEnv) => (name: string) =>
  (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()

export async function firstDecision(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  try {
    readInputs(input(env))
  } catch (e) {
    ;(await import('@actions/core')).setFailed((e as Error).message)
    return false
  }
  if (env[STOP_AFTER_INPUTS] === '1') {
    process.stdout.write(`svsm-build: the inputs are valid; stopping here (${STOP_AFTER_INPUTS}=1)\n`)
    return false
  }
  return true
}
