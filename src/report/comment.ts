// One sticky pull-request comment: found by a hidden marker among the comments of one author
// (every page), updated in place, created when absent, never duplicated.
export interface IssueComment {
  id: number
  body?: string | null
  user?: { login: string } | null
  html_url: string
}

/** The REST calls the upsert needs (issues.listComments / createComment / updateComment). */
export interface CommentApi {
  list(page: number, perPage: number): Promise<IssueComment[]>
  create(body: string): Promise<IssueComment>
  update(id: number, body: string): Promise<IssueComment>
}

export const markerFor = (id: string) => `<!-- svsm-build-report:${id.replace(/[^\w.-]/g, '_')} -->`
const PER_PAGE = 100

interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged'
  url: string
  id: number
}

export async function findSticky(
  api: CommentApi,
  marker: string,
  author: string
): Promise<IssueComment | null> {
  for (let page = 1; ; page++) {
    const comments = await api.list(page, PER_PAGE)
    const mine = comments.find(c => c.user?.login === author && (c.body ?? '').includes(marker))
    if (mine) return mine
    if (comments.length < PER_PAGE) return null
  }
}

export async function upsertComment(
  api: CommentApi,
  marker: string,
  body: string,
  author: string
): Promise<UpsertResult> {
  const full = `${marker}\n${body}`
  const existing = await findSticky(api, marker, author)
  if (!existing) {
    const c = await api.create(full)
    return { action: 'created', url: c.html_url, id: c.id }
  }
  if (existing.body === full) return { action: 'unchanged', url: existing.html_url, id: existing.id }
  const c = await api.update(existing.id, full)
  return { action: 'updated', url: c.html_url, id: c.id }
}
