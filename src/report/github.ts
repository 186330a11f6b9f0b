// The sticky comment's REST calls through @actions/github. Octokit as @actions/github builds it
// does not retry: a 429 or a secondary rate limit (403 with retry-after) is waited out here, once,
// when GitHub asks for at most a minute; anything else is the caller's warning.
import * as core from '@actions/core'
import * as github from '@actions/github'
import type { CommentApi } from './comment.js'

const MAX_RETRY_AFTER_S = 60

type Octokit = ReturnType<typeof github.getOctokit>

/** Seconds GitHub asks us to wait before trying again, or null when this is no rate limit. */
function retryAfterOf(e: unknown): number | null {
  const err = e as { status?: number; message?: string; response?: { headers?: Record<string, string> } }
  const header = err.response?.headers?.['retry-after']
  const limited =
    err.status === 429 ||
    (err.status === 403 && (header !== undefined || /rate limit/i.test(err.message ?? '')))
  if (!limited) return null
  const s = Number(header ?? 60)
  return Number.isFinite(s) && s >= 0 ? s : 60
}

function octokitFor(token: string): Octokit {
  const octokit = github.getOctokit(token)
  octokit.hook.wrap('request', async (request, options) => {
    try {
      return await request(options)
    } catch (e) {
      const wait = retryAfterOf(e)
      if (wait === null || wait > MAX_RETRY_AFTER_S) throw e
      core.info(
        `GitHub rate-limited ${options.method} ${options.url} (HTTP ${(e as { status?: number }).status}); trying again in ${wait} s as it asks`
      )
      await new Promise(r => setTimeout(r, wait * 1000))
      return request(options)
    }
  })
  return octokit
}

export function githubCommentApi(
  token: string,
  repo: { owner: string; repo: string },
  issueNumber: number
): CommentApi {
  const octokit = octokitFor(token)
  return {
    list: async (page, perPage) =>
      (
        await octokit.rest.issues.listComments({
          ...repo,
          issue_number: issueNumber,
          per_page: perPage,
          page
        })
      ).data,
    create: async body =>
      (await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body })).data,
    update: async (id, body) =>
      (await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })).data
  }
}

/** The head SHA of a pull request (to check a fork's claim about which PR it built). */
export async function pullRequestHeadSha(
  token: string,
  repo: { owner: string; repo: string },
  number: number
): Promise<string> {
  return (await octokitFor(token).rest.pulls.get({ ...repo, pull_number: number })).data.head.sha
}

/** The latest successful run of a workflow on a branch (the base-branch baseline). */
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
