// The latest successful run of a workflow on a branch (the base-branch baseline).
import * as github from '@actions/github'

export async function latestSuccessfulRun(
  token: string,
  repo: { owner: string; repo: string },
  workflow: string | number,
  branch: string
): Promise<number | null> {
  const octokit = github.getOctokit(token)
  const r = await octokit.rest.actions.listWorkflowRuns({
    ...repo,
    workflow_id: workflow,
    branch,
    status: 'success',
    per_page: 1
  })
  return r.data.workflow_runs[0]?.id ?? null
}

/** `owner/repo/.github/workflows/build.yml@refs/...` → `build.yml`. */
export function workflowFileOf(workflowRef: string | undefined): string | null {
  const m = /\.github\/workflows\/([^@]+)@/.exec(workflowRef ?? '')
  return m ? m[1]! : null
}
