// The fault matrix: one row per call and fault, with the outcome the action promises. The test
// (fault-matrix.test.ts) drives each row against the harness; docs/faults.md's "What happens when"
// table is rendered from these rows (and checked against them).
import type { FaultRule } from '../harness/index.mjs'

export type StepName = 'main' | 'post' | 'report'
export type JobResult = 'pass' | 'warning' | 'failure'

export interface FaultRow {
  id: string
  /** The call as docs/faults.md names it. */
  call: string
  fault: string
  step: StepName
  rules: FaultRule[]
  env?: Record<string, string>
  /** A target dir over 128 MiB: the cache goes up in 64 MiB blocks. */
  big?: boolean
  /** Post has a second cache to save after the target (so it is still running when strays come). */
  secondCache?: boolean
  result: JobResult
  /** What the log must say: names the cache or artifact and the cause. */
  message: RegExp
  /** docs/faults.md's words for the outcome. */
  outcome: string
  /** The step must reach its outcome within this (ms). */
  boundMs: number
}

const C = 'CacheService'
const A = 'ArtifactService'
const unavailable = { status: 503, body: { code: 'unavailable', msg: 'the service is unavailable' } }

export const ROWS: FaultRow[] = [
  {
    id: 'reserve-503',
    call: `${C}/CreateCacheEntry`,
    fault: 'HTTP 503 on every attempt',
    step: 'post',
    rules: [{ call: `${C}/CreateCacheEntry`, ...unavailable }],
    result: 'warning',
    message:
      /::warning::target cache not saved: the cache service did not take it \(Failed to save: Unable to reserve cache .*; cause: Failed to CreateCacheEntry: Failed to make request after 5 attempts: Failed request: \(503\)/,
    outcome:
      'warning "target cache not saved" with the real cause (the library itself only says "another job may be creating this cache", at info level), after its 5 attempts; job passes',
    boundMs: 60_000
  },
  {
    id: 'reserve-409',
    call: `${C}/CreateCacheEntry`,
    fault: 'HTTP 409 (another job holds the key)',
    step: 'post',
    rules: [
      {
        call: `${C}/CreateCacheEntry`,
        status: 409,
        body: {
          code: 'already_exists',
          msg: 'cache entry with the same key, version, and scope already exists'
        }
      }
    ],
    result: 'warning',
    message:
      /::warning::target cache not saved: the cache service did not take it \(Failed to save: Unable to reserve cache with key svsm-build-target-.*; cause: .*\(409\) Conflict/,
    outcome: 'warning "target cache not saved" at once (not retried); job passes',
    boundMs: 20_000
  },
  {
    id: 'reserve-429',
    call: `${C}/CreateCacheEntry`,
    fault: 'HTTP 429 with retry-after: 60',
    step: 'post',
    rules: [
      {
        call: `${C}/CreateCacheEntry`,
        status: 429,
        headers: { 'retry-after': '60' },
        body: { code: 'resource_exhausted', msg: 'rate limited' }
      }
    ],
    result: 'warning',
    message:
      /::warning::target cache not saved: the cache service did not take it .*; cause: Failed to CreateCacheEntry: Rate limited: Failed request: \(429\)/,
    outcome:
      'warning "target cache not saved" at once (the cache client does not wait for retry-after); job passes',
    boundMs: 20_000
  },
  {
    id: 'reserve-reset',
    call: `${C}/CreateCacheEntry`,
    fault: 'connection reset',
    step: 'post',
    rules: [{ call: `${C}/CreateCacheEntry`, reset: true }],
    result: 'warning',
    message:
      /::warning::target cache not saved: the cache service did not take it .*; cause: Failed to CreateCacheEntry: Unable to make request: ECONNRESET/,
    outcome: 'warning "target cache not saved"; job passes',
    boundMs: 20_000
  },
  {
    id: 'reserve-slow',
    call: `${C}/CreateCacheEntry`,
    fault: 'no answer for 60 s (save timeout set to 3 s)',
    step: 'post',
    rules: [{ call: `${C}/CreateCacheEntry`, delayMs: 60_000 }],
    env: { SVSM_BUILD_CACHE_SAVE_TIMEOUT_MS: '3000' },
    result: 'warning',
    message:
      /::warning::target cache not saved: saving the target cache took longer than 3 s; going on without it/,
    outcome: 'warning "took longer than N s" at the save timeout; post exits without waiting; job passes',
    boundMs: 20_000
  },
  {
    id: 'put-stopped',
    call: 'blob PUT (cache, one request)',
    fault: 'blob store stopped before the upload',
    step: 'post',
    rules: [{ call: 'blob:PUT', stopBlob: 'before' }],
    result: 'warning',
    message: /::warning::target cache not saved: /,
    outcome: 'warning "target cache not saved"; nothing finalized; job passes',
    boundMs: 90_000
  },
  {
    id: 'put-stopped-mid-blocks',
    call: 'blob PUT (cache over 128 MiB, 64 MiB blocks)',
    fault: 'blob store stopped after 8 MiB of a block',
    step: 'post',
    big: true,
    secondCache: true,
    rules: [
      { call: 'blob:PUT', stopBlob: 'mid', afterBytes: 8 << 20 },
      // A second cache after the target: post must still be there and go on to it.
      { call: `${C}/CreateCacheEntry`, skip: 1, delayMs: 3000 }
    ],
    result: 'warning',
    message:
      /::warning::target cache not saved: [^\n]*ECONNREFUSED[\s\S]*::warning::second cache not saved: /,
    outcome:
      'warning "target cache not saved" naming the refused connection; post goes on to the next cache (a process-level guard turns any late library error into a warning); job passes',
    boundMs: 120_000
  },
  {
    id: 'finalize-404',
    call: `${C}/FinalizeCacheEntryUpload`,
    fault: 'HTTP 404 (reservation gone)',
    step: 'post',
    rules: [
      {
        call: `${C}/FinalizeCacheEntryUpload`,
        status: 404,
        body: { code: 'not_found', msg: 'no such reservation' }
      }
    ],
    result: 'warning',
    message: /::warning::target cache not saved: the cache service did not take it/,
    outcome:
      'warning "target cache not saved"; not reported saved although the bytes were uploaded; job passes',
    boundMs: 20_000
  },
  {
    id: 'lookup-503',
    call: `${C}/GetCacheEntryDownloadURL`,
    fault: 'HTTP 503 on every attempt',
    step: 'main',
    rules: [{ call: `${C}/GetCacheEntryDownloadURL`, ...unavailable }],
    result: 'warning',
    message: /::warning::target cache not restored: Failed to restore: /,
    outcome: 'warning "cache not restored" per cache, then a cold build; outputs, summary, artifact as usual',
    boundMs: 120_000
  },
  {
    id: 'create-artifact-409',
    call: `${A}/CreateArtifact`,
    fault: 'HTTP 409 (name taken in this run)',
    step: 'main',
    rules: [
      {
        call: `${A}/CreateArtifact`,
        status: 409,
        body: { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' }
      }
    ],
    result: 'failure',
    message: /::error::uploading artifact svsm-igvm-\S+ failed: .*\(409\) Conflict/,
    outcome:
      'step fails at once naming the artifact and the 409; outputs and summary still written, artifact-id empty',
    boundMs: 30_000
  },
  {
    id: 'create-artifact-503',
    call: `${A}/CreateArtifact`,
    fault: 'HTTP 503 on every attempt',
    step: 'main',
    rules: [{ call: `${A}/CreateArtifact`, ...unavailable }],
    result: 'failure',
    message:
      /::error::uploading artifact svsm-igvm-\S+ failed: Failed to CreateArtifact: Failed to make request after 5 attempts/,
    outcome:
      "step fails after the library's 5 attempts, naming the artifact; outputs and summary still written",
    boundMs: 90_000
  },
  {
    id: 'artifact-put-stopped',
    call: 'blob PUT (artifact zip)',
    fault: 'blob store stopped before the upload',
    step: 'main',
    rules: [{ call: 'blob:PUT', stopBlob: 'before' }],
    result: 'failure',
    message: /::error::uploading artifact svsm-igvm-\S+ failed: /,
    outcome:
      'step fails naming the artifact; nothing finalized, so no half artifact is listed; outputs and summary still written',
    boundMs: 120_000
  },
  {
    id: 'finalize-artifact-400',
    call: `${A}/FinalizeArtifact`,
    fault: 'HTTP 400',
    step: 'main',
    rules: [
      { call: `${A}/FinalizeArtifact`, status: 400, body: { code: 'invalid_argument', msg: 'bad size' } }
    ],
    result: 'failure',
    message:
      /::error::uploading artifact svsm-igvm-\S+ failed: Failed to FinalizeArtifact: Received non-retryable error: Failed request: \(400\)/,
    outcome: 'step fails naming the artifact; the uploaded bytes are never listed as an artifact',
    boundMs: 30_000
  },
  {
    id: 'comments-403',
    call: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    fault: 'HTTP 403 (read-only token)',
    step: 'report',
    rules: [
      {
        call: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        status: 403,
        body: { message: 'Resource not accessible by integration' }
      }
    ],
    result: 'warning',
    message: /::warning::PR comment not written \(HTTP 403\): Resource not accessible by integration/,
    outcome: 'warning "PR comment not written (HTTP 403)" with the fork hint; summary and outputs written',
    boundMs: 30_000
  },
  {
    id: 'comments-429',
    call: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    fault: 'HTTP 429 once, retry-after: 1',
    step: 'report',
    rules: [
      {
        call: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        times: 1,
        status: 429,
        headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' },
        body: { message: 'API rate limit exceeded' }
      }
    ],
    result: 'pass',
    message:
      /GitHub rate-limited GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments \(HTTP 429\); trying again in 1 s as it asks/,
    outcome: 'waits the retry-after (up to 60 s) once and goes on; the comment is written',
    boundMs: 30_000
  },
  {
    id: 'comments-429-always',
    call: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    fault: 'HTTP 429 on every call, retry-after: 1',
    step: 'report',
    rules: [
      {
        call: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        status: 429,
        headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' },
        body: { message: 'API rate limit exceeded' }
      }
    ],
    result: 'warning',
    message: /::warning::PR comment not written \(HTTP 429\): API rate limit exceeded/,
    outcome: 'one wait, then warning "PR comment not written (HTTP 429)"; summary and outputs written',
    boundMs: 30_000
  },
  {
    id: 'create-comment-secondary',
    call: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    fault: 'secondary rate limit once (403, retry-after: 1)',
    step: 'report',
    rules: [
      {
        call: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        times: 1,
        status: 403,
        headers: { 'retry-after': '1' },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        }
      }
    ],
    result: 'pass',
    message: /GitHub rate-limited POST .*\(HTTP 403\); trying again in 1 s as it asks/,
    outcome: 'waits the retry-after once and goes on; the comment is written',
    boundMs: 30_000
  },
  {
    id: 'create-comment-secondary-long',
    call: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    fault: 'secondary rate limit, retry-after: 600',
    step: 'report',
    rules: [
      {
        call: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        status: 403,
        headers: { 'retry-after': '600' },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        }
      }
    ],
    result: 'warning',
    message:
      /::warning::PR comment not written \(HTTP 403\): You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\.\n/,
    outcome:
      'no 10-minute wait: warning "PR comment not written (HTTP 403)" with GitHub\'s message; summary and outputs written',
    boundMs: 30_000
  },
  {
    id: 'artifact-zip-garbage',
    call: 'blob GET (artifact zip)',
    fault: 'garbage instead of a zip',
    step: 'report',
    rules: [{ call: 'blob:GET', match: 'svsm-igvm-b', garbageZip: true }],
    result: 'warning',
    message: /::warning::artifact svsm-igvm-b: .*; skipped/,
    outcome: 'warning naming the artifact, which is skipped; the other legs are reported',
    boundMs: 60_000
  },
  {
    id: 'artifact-zip-truncated',
    call: 'blob GET (artifact zip)',
    fault: 'zip cut off half way',
    step: 'report',
    rules: [{ call: 'blob:GET', match: 'svsm-igvm-b', truncateZip: true }],
    result: 'warning',
    message: /::warning::artifact svsm-igvm-b: .*; skipped/,
    outcome: 'warning naming the artifact, which is skipped; the other legs are reported',
    boundMs: 60_000
  }
]

const cell = (s: string) => s.replace(/\|/g, '\\|')

/** docs/faults.md's "What happens when" table. */
export function renderFaultTable(rows: FaultRow[] = ROWS): string {
  return [
    '| Call | Fault | Step | Job | What happens |',
    '|---|---|---|---|---|',
    ...rows.map(
      r => `| \`${cell(r.call)}\` | ${cell(r.fault)} | ${r.step} | ${r.result} | ${cell(r.outcome)} |`
    )
  ].join('\n')
}
