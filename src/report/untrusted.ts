// Artifacts of a run triggered from a fork are untrusted input for the workflow_run job that holds
// a write token: bounded sizes and counts, strict schemas, and a PR number that must belong to the
// run's head commit. Strings are only ever rendered escaped (escape.ts), never executed.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { loadRecords, RECORD_FILE } from '../record/load.js'
import type { Measurement } from '../record/schema.js'
import { BadInput } from '../util/errors.js'
import { readRegularFile } from '../util/input-file.js'

export const LIMITS = { files: 32, prBytes: 1024 }

const prSchema = z.strictObject({
  number: z.number().int().positive(),
  head_sha: z.string().regex(/^[0-9a-f]{40}$/)
})
export type PrInfo = z.infer<typeof prSchema>

class UntrustedArtifactError extends Error {
  override name = 'UntrustedArtifactError'
}

/** Validates one downloaded artifact folder's measurements. */
export function readUntrustedArtifact(dir: string): { measurements: Measurement[] } {
  const files = readdirSync(dir, { recursive: true }) as string[]
  if (files.length > LIMITS.files)
    throw new UntrustedArtifactError(`${dir}: ${files.length} files, more than ${LIMITS.files}`)
  const file = join(dir, RECORD_FILE)
  if (!existsSync(file)) throw new UntrustedArtifactError(`${dir}: no ${RECORD_FILE}`)
  return { measurements: loadRecords(file, { untrusted: true, allowEmpty: true }).records }
}

/** The artifact in which the build workflow names its pull request ({number, head_sha}). */
export const PR_ARTIFACT = 'svsm-build-pr'

export function readUntrustedPr(dir: string): PrInfo {
  const prFile = join(dir, 'pr.json')
  if (!existsSync(prFile)) throw new UntrustedArtifactError(`${dir}: no pr.json`)
  let pr: unknown
  try {
    pr = JSON.parse(readRegularFile(prFile, LIMITS.prBytes).toString('utf8'))
  } catch (e) {
    // Too large, not a regular file: the reader's words; anything else did not parse.
    throw new UntrustedArtifactError(e instanceof BadInput ? e.message : `${prFile}: not JSON`)
  }
  const p = prSchema.safeParse(pr)
  if (!p.success)
    throw new UntrustedArtifactError(
      `${prFile}: expected {"number": <positive integer>, "head_sha": "<40 hex>"}`
    )
  return p.data
}

/**
 * The PR a fork's artifact claims must be the PR whose head is the run's head commit (the run's
 * own pull_requests list is empty for forks, so the PR is looked up by number and compared).
 */
export async function verifyPr(
  pr: PrInfo,
  runHeadSha: string,
  headShaOf: (n: number) => Promise<string>
): Promise<void> {
  if (pr.head_sha !== runHeadSha)
    throw new UntrustedArtifactError(`pr.json names head ${pr.head_sha}, the run built ${runHeadSha}`)
  const actual = await headShaOf(pr.number)
  if (actual !== runHeadSha)
    throw new UntrustedArtifactError(
      `pull request #${pr.number} has head ${actual}, not the run's ${runHeadSha}`
    )
}
