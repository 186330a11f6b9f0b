// The sticky comment's REST calls through @actions/github.
import * as github from '@actions/github'
import type { CommentApi } from './comment.js'

export function githubCommentApi(
  token: string,
  repo: { owner: string; repo: string },
  issueNumber: number
): CommentApi {
  const octokit = github.getOctokit(token)
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
  const octokit = github.getOctokit(token)
  return (await octokit.rest.pulls.get({ ...repo, pull_number: number })).data.head.sha
}
