// The main step's first decision, before the build engine and the GitHub clients are loaded: are
// the inputs good? A wrong one fails the step at once (bench/startup measures it). Not even
// @actions/core is loaded for it (1 MB with its HTTP client): reading an input and failing the
// step are two lines of the runner's protocol, written here exactly as core writes them (a test
// compares the bytes). run.ts reads the inputs again when it runs: pure, and cheaper than
// passing them around.
import { EOL } from 'node:os'
import { readInputs } from './inputs.js'

/** Environment variable that makes the step stop right after this decision (for bench/startup). */
export const STOP_AFTER_INPUTS = 'SVSM_BUILD_STOP_AFTER_INPUTS'

/** core.getInput: the runner passes input `name` as INPUT_<NAME> (spaces as `_`). */
export const getInput =
  (env: NodeJS.ProcessEnv) =>
  (name: string): string =>
    (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()

/** core.setFailed: an `error` workflow command, and exit code 1. */
export function setFailed(message: string, out: { write(s: string): unknown } = process.stdout) {
  process.exitCode = 1
  const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  out.write(`::error::${data}${EOL}`)
}

export function firstDecision(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    readInputs(getInput(env))
  } catch (e) {
    setFailed((e as Error).message)
    return false
  }
  if (env[STOP_AFTER_INPUTS] === '1') {
    process.stdout.write(`svsm-build: the inputs are valid; stopping here (${STOP_AFTER_INPUTS}=1)${EOL}`)
    return false
  }
  return true
}
