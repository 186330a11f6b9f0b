// `svsm-build reproduce MEASUREMENTS.json|ARTIFACT_DIR [--svsm DIR]`: rebuild a recorded build and
// compare. Exit 0: every IGVM file came out the same; 1: something differs (the table says what and
// which recorded input explains it); 2: bad input.
import { parseCommand } from '../parse-command.js'
import { appendFileSync } from 'node:fs'
import { BadInput, UsageError } from '../../util/errors.js'
import { reproduced } from '../../reproduce/compare.js'
import { renderReproduceMarkdown, renderReproduceText } from '../../reproduce/render.js'
import { reproduce } from '../../reproduce/reproduce.js'
import { streamLogger } from '../../util/log.js'

export const REPRODUCE_USAGE = `Usage: svsm-build reproduce MEASUREMENTS.json|ARTIFACT_DIR [options]

Checks that the svsm tree holds the recorded commit (and says what differs: commit, uncommitted
changes, Cargo.lock), rebuilds that commit in a fresh clone with the recorded options and firmware,
and compares every IGVM file's sha256 and launch digest with the record.

Options:
      --svsm <DIR>       the svsm checkout holding the recorded commit (default: .)
      --firmware <FILE>  firmware to use instead of the recorded path
      --summary <FILE>   also append the comparison as markdown (e.g. $GITHUB_STEP_SUMMARY)
      --keep             keep the temporary clone
  -h, --help             this text

Exit status: 0 all equal, 1 something differs, 2 bad input.`

export async function reproduceCommand(args: string[]): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      svsm: { type: 'string' },
      firmware: { type: 'string' },
      summary: { type: 'string' },
      keep: { type: 'boolean' }
    },
    REPRODUCE_USAGE
  )
  if (!parsed) return 0
  const v = parsed.values
  if (parsed.positionals.length !== 1)
    throw new UsageError(
      `expected one MEASUREMENTS.json or artifact folder, got ${parsed.positionals.length}`,
      REPRODUCE_USAGE
    )
  try {
    const outcomes = await reproduce(
      {
        source: parsed.positionals[0]!,
        svsm: v.svsm ?? '.',
        ...(v.firmware !== undefined ? { firmware: v.firmware } : {}),
        keep: v.keep ?? false,
        env: process.env
      },
      // The rebuild's own output goes to stderr; stdout is the comparison.
      { buildOut: process.stderr, log: streamLogger(process.stderr, process.stderr) }
    )
    process.stdout.write(renderReproduceText(outcomes))
    if (v.summary) appendFileSync(v.summary, renderReproduceMarkdown(outcomes))
    return outcomes.every(o => o.comparisons.every(reproduced)) ? 0 : 1
  } catch (e) {
    if (e instanceof BadInput) {
      process.stderr.write(`error: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
