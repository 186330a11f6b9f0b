import * as core from '@actions/core'

/** Appends to the job summary; off GitHub (no GITHUB_STEP_SUMMARY) it says so instead of failing. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('no job summary: GITHUB_STEP_SUMMARY is not set')
    return
  }
  await core.summary.addRaw(markdown, true).write()
}
