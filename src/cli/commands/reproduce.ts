// `svsm-build reproduce MEASUREMENTS.json|ARTIFACT_DIR [--svsm DIR]`: rebuild a recorded build and
// compare. Exit 0: every IGVM file came out the same; 1: something differs (the table says what and
// which recorded input explains it); 2: bad input.
import { appendFileSync } from 'node:fs'
import { RecipeError, RecipeErrors } from '../../recipe/errors.js'
import { Interrupt, Interrupted, trapSignals } from '../../run/interrupt.js'
import { StepFailure } from '../../run/runner.js'
import { BadInput, PreflightError } from '../../util/errors.js'
import { reproduced } from '../../reproduce/compare.js'
import { insideNamespace, IN_NAMESPACE } from '../../reproduce/namespace.js'
import { buildRequest } from '../../reproduce/rebuild.js'
import type { BuildRequest } from '../../engine/prepare.js'
import { renderReproduceMarkdown, renderReproduceText } from '../../reproduce/render.js'
import { reproduce } from '../../reproduce/reproduce.js'
import { streamLogger } from '../../util/log.js'
import { command, parseFlags } from '../flags.js'

const REPRODUCE_COMMAND = command({
  synopsis: ['svsm-build reproduce MEASUREMENTS.json|ARTIFACT_DIR [OPTIONS]'],
  about:
    "Checks that the svsm tree holds the recorded commit (and says what differs: commit, uncommitted\nchanges, Cargo.lock), rebuilds that commit offline in a clone of it with the recorded options,\nfirmware and path remapping, and compares every IGVM file's sha256 and launch digest with the\nrecord. When the recorded bytes depend on where they were built (absolute build paths compiled in,\nor a debug build), the rebuild runs at the recorded checkout path and CARGO_HOME: made in place\nwhere they are free, or in a private mount namespace (unshare) where they are taken; when neither\ncan be had it says which paths it needs and how to provide them (exit 2). The record is untrusted\ninput: its recipes and IGVM names must stay inside the clone, and a recorded firmware path is used\nonly for a file with the recorded sha256.",
  flags: {
    svsm: { value: '<DIR>', help: 'The root of the svsm checkout holding the recorded commit (default: .)' },
    firmware: { value: '<FILE>', help: 'Firmware to use instead of the recorded one' },
    summary: { value: '<FILE>', help: 'Also append the comparison as markdown (e.g. $GITHUB_STEP_SUMMARY)' },
    keep: { help: 'Keep the temporary clone' },
    'any-paths': {
      help: 'Rebuild in a temporary clone even when the recorded bytes depend on the recorded paths\n(the comparison then explains a path-only difference)'
    }
  },
  args: { min: 1, max: 1, what: 'one MEASUREMENTS.json or artifact folder' },
  footer: 'Exit codes: 0 all equal, 1 something differs, 2 bad input.'
})

export async function reproduceCommand(args: string[]): Promise<number> {
  // svsm-build's own run inside a private mount namespace (not a user flag): see reproduce/namespace.ts.
  const interrupt = new Interrupt()
  const untrap = trapSignals(interrupt, m => process.stderr.write(`svsm-build: ${m}\n`))
  try {
    if (args[0] === IN_NAMESPACE && args.length === 2)
      return await insideNamespace(args[1]!, rebuild =>
        buildRequest(
          { ...(rebuild as BuildRequest), env: { ...process.env } },
          { buildOut: process.stderr, log: streamLogger(process.stderr, process.stderr), interrupt }
        )
      )
    return await reproduceOutside(args, interrupt)
  } finally {
    untrap()
  }
}

async function reproduceOutside(args: string[], interrupt: Interrupt): Promise<number> {
  const parsed = parseFlags(REPRODUCE_COMMAND, args)
  if (!parsed) return 0
  const v = parsed.values
  try {
    const outcomes = await reproduce(
      {
        source: parsed.positionals[0]!,
        svsm: v.svsm ?? '.',
        ...(v.firmware !== undefined ? { firmware: v.firmware } : {}),
        keep: v.keep,
        anyPaths: v['any-paths'],
        env: process.env,
        self: [process.execPath, process.argv[1]!]
      },
      // The rebuild's own output goes to stderr; stdout is the comparison.
      { buildOut: process.stderr, log: streamLogger(process.stderr, process.stderr), interrupt }
    )
    process.stdout.write(renderReproduceText(outcomes))
    if (v.summary) appendFileSync(v.summary, renderReproduceMarkdown(outcomes))
    return outcomes.every(o => o.comparisons.every(reproduced)) ? 0 : 1
  } catch (e) {
    if (e instanceof Interrupted) {
      const made = v.keep ? 'what the rebuild made was kept (--keep)' : 'what the rebuild made was removed'
      process.stderr.write(`error: ${e.message}; ${made}\n`)
      return e.exitCode
    }
    if (e instanceof BadInput) {
      process.stderr.write(`error: ${e.message}\n`)
      return 2
    }
    // A rebuild that failed is not a verdict: it did not get as far as a comparison.
    if (
      e instanceof StepFailure ||
      e instanceof PreflightError ||
      e instanceof RecipeError ||
      e instanceof RecipeErrors
    ) {
      process.stderr.write(`error: the rebuild failed: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
