// Types of the harness (index.mjs) for TypeScript tests and benchmarks.
export interface FaultRule {
  /** 'CacheService/<Method>', 'ArtifactService/<Method>', 'blob:PUT', 'blob:GET', or 'GET /repos/...' (the OpenAPI path). */
  call: string
  /** Only requests whose URL contains this. */
  match?: string
  /** Let this many matching calls through first. */
  skip?: number
  /** Fire at most this often (default: every call). */
  times?: number
  status?: number
  headers?: Record<string, string>
  body?: unknown
  delayMs?: number
  reset?: boolean
  /** Stop the blob store before answering, or after `afterBytes` of the request body. */
  stopBlob?: 'before' | 'mid'
  afterBytes?: number
  garbageZip?: boolean
  truncateZip?: boolean
  /** Set by the harness. */
  fired?: number
}

export interface Call {
  call: string
  status?: number
  fault?: boolean
  url?: string
  at: number
}

export interface CacheEntry {
  id: number
  key: string
  version: string
  blob: string
  finalized: boolean
  size?: number
}

export interface ArtifactEntry {
  id: number
  run: string
  job: string
  name: string
  blob: string
  finalized: boolean
  size: number
  digest?: string
  createdAt: string
}

export interface RestLogEntry {
  method: string
  template?: string
  status: number
  body?: unknown
  headers?: Record<string, string>
  fault?: boolean
}

export interface IssueCommentLike {
  id: number
  body?: string
  html_url: string
  user: { login: string }
}

export interface Services {
  env: Record<string, string>
  envFor(runId?: number, jobId?: number): Record<string, string>
  blob: {
    url: string
    directUrl: string
    port: number
    running: boolean
    stop(): Promise<void>
    start(): Promise<void>
  }
  results: {
    url: string
    caches: Map<string, CacheEntry>
    artifacts: Map<string, Map<string, ArtifactEntry>>
    listRun(runId: number): ArtifactEntry[]
  }
  rest: {
    url: string
    log: RestLogEntry[]
    state: {
      comments: Map<number, IssueCommentLike[]>
      pulls: Map<number, string>
      runs: {
        id: number
        workflowId: string | number
        branch: string
        conclusion: string
        headSha?: string
      }[]
      permission: 'write' | 'read'
      login: string
    }
  }
  faults: { rules: FaultRule[]; add(rule: FaultRule): Services['faults']; clear(): void }
  calls: Call[]
  stop(): Promise<void>
}

export const REPOSITORY: string
export function startServices(o?: { runId?: number; jobId?: number }): Promise<Services>
export function rateLimited(call: string, seconds?: number, times?: number): FaultRule
export function secondaryRateLimit(call: string, seconds?: number, times?: number): FaultRule
export function backendId(n: number): string
export function runtimeToken(runId: number, jobId: number): string
