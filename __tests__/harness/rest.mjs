// The REST endpoints the report and the workflow-run mode call, at GITHUB_API_URL: issue comments
// (paginated, with Link headers), a pull request, a workflow's runs, a run's artifacts and their
// zip download (a 302 to the blob store, as GitHub answers). Answers start from the REST
// description's own examples; every answer is logged so tests can check it against the schema.
import http from 'node:http'
import { applyFault } from './faults.mjs'
import { example } from './openapi.mjs'

const ROUTES = [
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['GET', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'],
  ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  ['GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}']
].map(([method, template]) => ({
  method,
  template,
  re: new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
  names: [...template.matchAll(/\{([^}]+)\}/g)].map(m => m[1])
}))

export async function startRest({ results, faults, onRequest = () => {} }) {
  const state = {
    /** issue number → comments */
    comments: new Map(),
    /** pull number → head sha */
    pulls: new Map(),
    /** workflow runs: { id, workflowId (number or file name), branch, conclusion, headSha } */
    runs: [],
    /** what the token may do: 'write' or 'read' (a fork's pull_request token) */
    permission: 'write',
    /** the login comments are created by */
    login: 'github-actions[bot]'
  }
  const log = []
  let nextId = 1000
  let base = ''

  const user = login => ({ ...example('issue-comment').user, login, type: 'Bot' })
  const comment = (owner, repo, issue, body) => {
    const id = nextId++
    const c = example('issue-comment')
    const now = new Date().toISOString()
    return Object.assign(c, {
      id,
      node_id: `IC_${id}`,
      body,
      user: user(state.login),
      url: `${base}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${base}/repos/${owner}/${repo}/issues/${issue}`,
      created_at: now,
      updated_at: now,
      author_association: 'NONE'
    })
  }
  const page = (list, q, path) => {
    const per = Math.min(100, Number(q.get('per_page') ?? 30))
    const n = Math.max(1, Number(q.get('page') ?? 1))
    const last = Math.max(1, Math.ceil(list.length / per))
    const link = (p, rel) => `<${base}${path}?per_page=${per}&page=${p}>; rel="${rel}"`
    const links = []
    if (n < last) links.push(link(n + 1, 'next'), link(last, 'last'))
    if (n > 1) links.push(link(1, 'first'), link(n - 1, 'prev'))
    return {
      items: list.slice((n - 1) * per, n * per),
      headers: links.length ? { link: links.join(', ') } : {}
    }
  }
  const forbidden = () => ({
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
      status: '403'
    }
  })
  const notFound = () => ({
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
  })

  const handlers = {
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (p, q, _b, path) => {
      const { items, headers } = page(state.comments.get(Number(p.issue_number)) ?? [], q, path)
      return { status: 200, body: items, headers }
    },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (p, _q, b) => {
      if (state.permission !== 'write') return forbidden()
      const n = Number(p.issue_number)
      const c = comment(p.owner, p.repo, n, String(b.body ?? ''))
      state.comments.set(n, [...(state.comments.get(n) ?? []), c])
      return { status: 201, body: c, headers: { location: c.url } }
    },
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (p, _q, b) => {
      if (state.permission !== 'write') return forbidden()
      for (const list of state.comments.values()) {
        const c = list.find(x => x.id === Number(p.comment_id))
        if (c) {
          Object.assign(c, { body: String(b.body ?? ''), updated_at: new Date().toISOString() })
          return { status: 200, body: c }
        }
      }
      return notFound()
    },
    'GET /repos/{owner}/{repo}/pulls/{pull_number}': p => {
      const n = Number(p.pull_number)
      if (!state.pulls.has(n)) return notFound()
      const pr = example('pull-request')
      pr.number = n
      pr.head.sha = state.pulls.get(n)
      // The published example's team lacks `type`, which its own schema requires.
      pr.requested_teams = []
      return { status: 200, body: pr }
    },
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': (p, q) => {
      const runs = state.runs
        .filter(
          r =>
            String(r.workflowId) === decodeURIComponent(p.workflow_id) &&
            (!q.get('branch') || r.branch === q.get('branch')) &&
            (!q.get('status') || r.conclusion === q.get('status'))
        )
        .sort((a, b) => b.id - a.id)
      const { items, headers } = page(runs, q, '')
      const template = example('workflow-run-paginated').workflow_runs[0]
      return {
        status: 200,
        headers,
        body: {
          total_count: runs.length,
          workflow_runs: items.map(r => ({
            ...structuredClone(template),
            id: r.id,
            head_branch: r.branch,
            head_sha: r.headSha ?? template.head_sha,
            status: 'completed',
            conclusion: r.conclusion
          }))
        }
      }
    },
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': (p, q, _b, path) => {
      const all = results.listRun(Number(p.run_id))
      const { items, headers } = page(all, q, path)
      const template = example('artifact-paginated').artifacts[0]
      return {
        status: 200,
        headers,
        body: {
          total_count: all.length,
          artifacts: items.map(a => ({
            ...structuredClone(template),
            id: a.id,
            node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
            name: a.name,
            size_in_bytes: a.size,
            url: `${base}/repos/${p.owner}/${p.repo}/actions/artifacts/${a.id}`,
            archive_download_url: `${base}/repos/${p.owner}/${p.repo}/actions/artifacts/${a.id}/zip`,
            expired: false,
            created_at: a.createdAt,
            updated_at: a.createdAt,
            expires_at: a.expiresAt ?? new Date(Date.now() + 90 * 86400_000).toISOString(),
            digest: a.digest ?? null,
            workflow_run: { ...template.workflow_run, id: Number(p.run_id) }
          }))
        }
      }
    },
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': p => {
      const a = results.findArtifact(Number(p.artifact_id))
      if (!a?.finalized || p.archive_format !== 'zip') return notFound()
      return { status: 302, body: null, headers: { location: results.signedUrl(a.blob) } }
    }
  }

  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', d => (raw += d))
    req.on('end', async () => {
      const u = new URL(req.url, 'http://x')
      const route = ROUTES.find(r => r.method === req.method && r.re.test(u.pathname))
      const call = route ? `${route.method} ${route.template}` : `${req.method} ${u.pathname}`
      const answer = ({ status, body, headers = {} }) => {
        log.push({ method: req.method, template: route?.template, status, body, headers })
        onRequest({ call, status })
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        res.end(body === null ? '' : JSON.stringify(body))
      }
      try {
        if (!route) return answer(notFound())
        const fault = faults.take(call, req.url)
        if (fault?.status) {
          log.push({ method: req.method, template: route.template, status: fault.status, fault: true })
          onRequest({ call, status: fault.status, fault: true })
        }
        if (await applyFault(fault, req, res)) return
        const params = Object.fromEntries(route.names.map((n, i) => [n, route.re.exec(u.pathname)[i + 1]]))
        answer(handlers[call](params, u.searchParams, raw ? JSON.parse(raw) : {}, u.pathname))
      } catch (e) {
        answer({ status: 500, body: { message: e.message } })
      }
    })
  })
  await new Promise(r => server.listen(0, '127.0.0.1', () => r()))
  base = `http://127.0.0.1:${server.address().port}`
  return { url: base, state, log, close: () => new Promise(r => server.close(() => r())) }
}

/** A primary rate limit (429 with retry-after) on one REST call, as a fault rule. */
export const rateLimited = (call, seconds = 1, times = 1) => ({
  call,
  times,
  status: 429,
  headers: {
    'retry-after': String(seconds),
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + seconds)
  },
  body: { message: 'API rate limit exceeded', documentation_url: 'https://docs.github.com/rest' }
})

/** A secondary rate limit: 403 with retry-after and GitHub's message. */
export const secondaryRateLimit = (call, seconds = 1, times = 1) => ({
  call,
  times,
  status: 403,
  headers: { 'retry-after': String(seconds) },
  body: {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
  }
})
