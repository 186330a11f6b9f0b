// The GitHub adapters with the real @actions/cache, @actions/artifact and Octokit, against the
// harness: Azurite's blob store, the results service and the REST API played on 127.0.0.1.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startServices, type Services } from '../harness/index.mjs'
import { responseSchema, validate } from '../harness/openapi.mjs'
import { tempDir } from '../helpers/temp.js'

const saved = { ...process.env }
const scratch = tempDir('adapters-')
// Before the libraries are imported: @actions/github reads GITHUB_API_URL when it loads.
const services: Services = await startServices({ runId: 501, jobId: 1 })
Object.assign(process.env, services.env, {
  GITHUB_WORKSPACE: scratch,
  RUNNER_TEMP: join(scratch, 'temp'),
  RUNNER_TOOL_CACHE: join(scratch, 'tools')
})
afterAll(async () => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
  await services.stop()
})

const { githubCacheStore } = await import('../../src/cache/github.js')
const { githubArtifactStore } = await import('../../src/artifacts/github.js')
const { githubArtifactSource } = await import('../../src/artifacts/github.js')
const { restoreSafely, saveSafely } = await import('../../src/cache/safe.js')
const { githubCommentApi, pullRequestHeadSha } = await import('../../src/report/github.js')
const { latestSuccessfulRun } = await import('../../src/report/github.js')
const { upsertComment, markerFor } = await import('../../src/report/comment.js')

const log = () => {
  const lines: string[] = []
  return {
    lines,
    info: (m: string) => lines.push(`info ${m}`),
    warn: (m: string) => lines.push(`warn ${m}`),
    group: () => {},
    endGroup: () => {}
  }
}
function dir(name: string, files: Record<string, string>) {
  const d = join(scratch, name)
  mkdirSync(d, { recursive: true })
  for (const [f, t] of Object.entries(files)) writeFileSync(join(d, f), t)
  return d
}

describe('GitHub cache adapter, real @actions/cache', () => {
  const prefix = 'p-target-v1-Linux-X64-a-debug-'
  it('saves under the key, restores exactly and by restore key, and reports a miss as a miss', async () => {
    const d = dir('target', { 'a.rlib': 'compiled' })
    const spec = { name: 'target', paths: [d], key: `${prefix}b-c`, restoreKeys: [`${prefix}b-`, prefix] }
    const l = log()
    expect(await saveSafely(githubCacheStore(), spec, l)).toBe('saved')
    const entry = [...services.results.caches.values()].find(e => e.key === spec.key)
    expect(entry).toMatchObject({ finalized: true })
    rmSync(d, { recursive: true })
    expect(await restoreSafely(githubCacheStore(), spec, l)).toMatchObject({
      outcome: 'exact',
      matchedKey: spec.key
    })
    expect(readFileSync(join(d, 'a.rlib'), 'utf8')).toBe('compiled')
    const other = { ...spec, key: `${prefix}b-d` }
    expect(await restoreSafely(githubCacheStore(), other, l)).toMatchObject({
      outcome: 'partial',
      matchedKey: spec.key
    })
    // Versioned by the paths: the same key for another path is a miss, as on GitHub.
    const elsewhere = { ...spec, paths: [join(scratch, 'elsewhere')] }
    expect(await restoreSafely(githubCacheStore(), elsewhere, l)).toMatchObject({ outcome: 'miss' })
  })

  it('does not claim a save the service refused (409 on a second save of the same key)', async () => {
    const d = dir('twice', { f: '1' })
    const spec = { name: 'target', paths: [d], key: 'p-twice', restoreKeys: [] }
    const l = log()
    expect(await saveSafely(githubCacheStore(), spec, l)).toBe('saved')
    expect(await saveSafely(githubCacheStore(), spec, l)).toBe('failed')
    expect(l.lines.at(-1)).toMatch(
      /^warn target cache not saved: the cache service did not take it \(Failed to save: Unable to reserve cache with key p-twice/
    )
  })

  it('skips a cache whose paths do not exist, without asking the service', async () => {
    const before = services.calls.length
    const l = log()
    const spec = {
      name: 'cargo-home',
      paths: [join(scratch, 'no', 'registry')],
      key: 'p-ch',
      restoreKeys: []
    }
    expect(await saveSafely(githubCacheStore(), spec, l)).toBe('skipped')
    expect(l.lines).toEqual([`info cargo-home cache: nothing to save (${spec.paths[0]} not there); skipped`])
    expect(services.calls.length).toBe(before)
  })

  it('refuses keys GitHub would refuse before calling the library', async () => {
    const d = dir('keys', { f: '1' })
    const l = log()
    const long = { name: 'target', paths: [d], key: 'k'.repeat(513), restoreKeys: [] }
    expect(await saveSafely(githubCacheStore(), long, l)).toBe('failed')
    const comma = { name: 'target', paths: [d], key: 'a,b', restoreKeys: [] }
    expect(await restoreSafely(githubCacheStore(), comma, l)).toMatchObject({ outcome: 'miss' })
    const many = {
      name: 'target',
      paths: [d],
      key: 'k',
      restoreKeys: Array.from({ length: 10 }, (_, i) => `k${i}`)
    }
    expect(await restoreSafely(githubCacheStore(), many, l)).toMatchObject({ outcome: 'miss' })
    expect(l.lines).toEqual([
      expect.stringMatching(
        /^warn target cache: key k{40}\.\.\. is 513 characters, GitHub takes at most 512; not saved$/
      ),
      'warn target cache: key a,b contains a comma, which GitHub does not take; not restored',
      'warn target cache: 11 keys (primary and restore keys), GitHub takes at most 10; not restored'
    ])
  })
})

describe('GitHub artifact adapters, real @actions/artifact', () => {
  it('uploads, lists and downloads an artifact of this run, with its URL and id', async () => {
    const d = dir('art', { 'measurements.json': '[]', SHA256SUMS: 'x  measurements.json\n' })
    const r = await githubArtifactStore(process.env).upload(
      'svsm-igvm-x',
      [join(d, 'measurements.json'), join(d, 'SHA256SUMS')],
      d,
      { retentionDays: 5 }
    )
    expect(r).toEqual({
      name: 'svsm-igvm-x',
      id: expect.any(Number),
      size: expect.any(Number),
      url: `https://github.com/octo-org/svsm/actions/runs/501/artifacts/${r.id}`
    })
    const source = githubArtifactSource()
    const list = await source.list()
    expect(list.map(a => a.name)).toEqual(['svsm-igvm-x'])
    const got = await source.download(list[0]!, join(scratch, 'down'))
    expect(readFileSync(join(got, 'SHA256SUMS'), 'utf8')).toBe('x  measurements.json\n')
  })

  it('throws at once on a second artifact of the same name (409, not retried)', async () => {
    const d = dir('dup', { f: '1' })
    const t0 = Date.now()
    await expect(
      githubArtifactStore(process.env).upload('svsm-igvm-x', [join(d, 'f')], d, {})
    ).rejects.toThrow(
      /CreateArtifact: Received non-retryable error: Failed request: \(409\) Conflict: an artifact with this name already exists/
    )
    expect(Date.now() - t0).toBeLessThan(5000)
  })

  it("reads another run's artifacts through the REST API (listing and the zip's 302)", async () => {
    const d = dir('other', { 'measurements.json': '[1]' })
    const other = services.envFor(777, 3)
    Object.assign(process.env, other)
    await githubArtifactStore(process.env).upload('svsm-igvm-fork', [join(d, 'measurements.json')], d, {})
    Object.assign(process.env, services.env)
    const source = githubArtifactSource({
      token: 't',
      workflowRunId: 777,
      repositoryOwner: 'octo-org',
      repositoryName: 'svsm'
    })
    const list = await source.list()
    expect(list.map(a => a.name)).toEqual(['svsm-igvm-fork'])
    const got = await source.download(list[0]!, join(scratch, 'down-other'))
    expect(readFileSync(join(got, 'measurements.json'), 'utf8')).toBe('[1]')
  })
})

describe('GitHub REST adapters, real Octokit', () => {
  const repo = { owner: 'octo-org', repo: 'svsm' }
  it('finds the sticky comment on a later page (Link pagination), updates it, creates none twice', async () => {
    const st = services.rest.state
    st.comments.set(7, [])
    // 150 comments by others first, so the marker is on page 2 of 100.
    st.login = 'someone'
    const api = githubCommentApi('t', repo, 7)
    for (let i = 0; i < 150; i++) await api.create(`comment ${i}`)
    st.login = 'github-actions[bot]'
    const marker = markerFor('default')
    const first = await upsertComment(api, marker, 'v1', 'github-actions[bot]')
    expect(first.action).toBe('created')
    const again = await upsertComment(api, marker, 'v2', 'github-actions[bot]')
    expect(again).toMatchObject({ action: 'updated', id: first.id })
    expect(st.comments.get(7)!.filter(c => c.body?.includes(marker))).toHaveLength(1)
    expect(st.comments.get(7)!.at(-1)!.body).toBe(`${marker}\nv2`)
    const pages = services.rest.log.filter(e => e.method === 'GET' && e.template?.endsWith('/comments'))
    expect(pages.at(-1)!.headers?.link).toMatch(/rel="first"/)
  })

  it("reads a pull request's head and a workflow's latest successful run on a branch", async () => {
    services.rest.state.pulls.set(12, 'c'.repeat(40))
    services.rest.state.runs.push(
      { id: 40, workflowId: 'build.yml', branch: 'main', conclusion: 'success' },
      { id: 41, workflowId: 'build.yml', branch: 'main', conclusion: 'failure' },
      { id: 39, workflowId: 'build.yml', branch: 'dev', conclusion: 'success' }
    )
    expect(await pullRequestHeadSha('t', repo, 12)).toBe('c'.repeat(40))
    expect(await latestSuccessfulRun('t', repo, 'build.yml', 'main')).toBe(40)
    expect(await latestSuccessfulRun('t', repo, 'other.yml', 'main')).toBeNull()
  })

  it("gives answers that conform to GitHub's published OpenAPI description", () => {
    const checked = services.rest.log.filter(e => !e.fault)
    expect(new Set(checked.map(e => `${e.method} ${e.template}`)).size).toBeGreaterThanOrEqual(7)
    for (const e of checked) {
      const schema = responseSchema(e.method, e.template!, e.status)
      expect({ call: `${e.method} ${e.template} ${e.status}`, errors: validate(schema, e.body) }).toEqual({
        call: `${e.method} ${e.template} ${e.status}`,
        errors: []
      })
    }
  })
})
