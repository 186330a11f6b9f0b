// GitHub's "results" service as @actions/cache (CacheService) and @actions/artifact
// (ArtifactService) talk to it: twirp, JSON over POST /twirp/<service>/<method>, proto field names,
// int64 as strings, errors as {code, msg} with twirp's HTTP statuses. Blob transfers go to the
// blob store (Azurite) through SAS URLs signed with the development account key.
import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters
} from '@azure/storage-blob'
import http from 'node:http'
import { ACCOUNT, ACCOUNT_KEY } from './blob.mjs'
import { applyFault } from './faults.mjs'

const PREFIX = '/twirp/github.actions.results.api.v1.'
const CONTAINER = 'results'
const TWIRP_STATUS = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  internal: 500
}

class TwirpError extends Error {
  constructor(code, msg) {
    super(msg)
    this.code = code
  }
}

/** The backend ids a job's token carries (`Actions.Results:<run>:<job>`), from numbers. */
export const backendId = n => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
export const runIdOfBackend = id => Number(id.split('-').pop())

/** A runtime token as the runner hands it out: an (unsigned here) JWT with the results scope. */
export function runtimeToken(runId, jobId) {
  const b64 = o => Buffer.from(JSON.stringify(o)).toString('base64url')
  const claims = {
    scp: `Actions.ExampleScope Actions.Results:${backendId(runId)}:${backendId(jobId)}`,
    iss: 'harness',
    exp: Math.floor(Date.now() / 1000) + 6 * 3600
  }
  return `${b64({ typ: 'JWT', alg: 'none' })}.${b64(claims)}.harness`
}

function scopeOf(auth) {
  const token = /^Bearer (.+)$/.exec(auth ?? '')?.[1]
  if (!token) return null
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
    const scope = String(claims.scp ?? '')
      .split(' ')
      .find(s => s.startsWith('Actions.Results:'))
    if (!scope) return null
    const [, run, job] = scope.split(':')
    return { run, job }
  } catch {
    return null
  }
}

export async function startResults({ blob, faults, onRequest = () => {} }) {
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY)
  const admin = () => new BlobServiceClient(blob.directUrl, credential).getContainerClient(CONTAINER)
  await admin().createIfNotExists()
  const sas = (blobName, permissions) =>
    `${blob.url}/${CONTAINER}/${blobName
      .split('/')
      .map(encodeURIComponent)
      .join('/')}?${generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        protocol: SASProtocol.HttpsAndHttp,
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 6 * 3600_000)
      },
      credential
    ).toString()}`
  /** The committed size of a blob, or null when there is none. */
  const blobSize = async name => {
    try {
      return (await admin().getBlobClient(name).getProperties()).contentLength ?? 0
    } catch (e) {
      if (e.statusCode === 404) return null
      throw new TwirpError('internal', `blob store unreachable: ${e.message}`)
    }
  }

  let nextId = 1
  /** key\0version → entry */
  const caches = new Map()
  /** run backend id → name → artifact */
  const artifacts = new Map()
  const runArtifacts = run => {
    if (!artifacts.has(run)) artifacts.set(run, new Map())
    return artifacts.get(run)
  }
  const sameJob = (scope, b) => {
    if (b.workflow_run_backend_id !== scope.run || b.workflow_job_run_backend_id !== scope.job)
      throw new TwirpError('permission_denied', 'the backend ids do not match the token')
  }
  const artifactJson = a => ({
    workflow_run_backend_id: a.run,
    workflow_job_run_backend_id: a.job,
    database_id: String(a.id),
    name: a.name,
    size: String(a.size),
    created_at: a.createdAt,
    ...(a.digest ? { digest: a.digest } : {})
  })

  const methods = {
    'CacheService/CreateCacheEntry': async b => {
      if (!b.key || !b.version) throw new TwirpError('invalid_argument', 'key and version are required')
      const k = `${b.key}\0${b.version}`
      if (caches.has(k))
        throw new TwirpError(
          'already_exists',
          'cache entry with the same key, version, and scope already exists'
        )
      const id = nextId++
      const entry = { id, key: b.key, version: b.version, blob: `caches/${id}`, finalized: false }
      caches.set(k, entry)
      return { ok: true, signed_upload_url: sas(entry.blob, 'cw') }
    },
    'CacheService/FinalizeCacheEntryUpload': async b => {
      const entry = caches.get(`${b.key}\0${b.version}`)
      if (!entry || entry.finalized)
        throw new TwirpError('not_found', `no cache reservation for ${b.key} (${b.version})`)
      const size = await blobSize(entry.blob)
      if (size === null) return { ok: false, message: `no upload found for cache ${b.key}` }
      if (String(size) !== String(b.size_bytes ?? '0'))
        return { ok: false, message: `uploaded ${size} bytes, the client says ${b.size_bytes}` }
      Object.assign(entry, { finalized: true, size, createdAt: Date.now() })
      return { ok: true, entry_id: String(entry.id) }
    },
    'CacheService/GetCacheEntryDownloadURL': async b => {
      const done = [...caches.values()].filter(e => e.finalized && e.version === b.version)
      for (const key of [b.key, ...(b.restore_keys ?? [])]) {
        const hit =
          done.find(e => e.key === key) ??
          done.filter(e => e.key.startsWith(key)).sort((x, y) => y.createdAt - x.createdAt)[0]
        if (hit) return { ok: true, signed_download_url: sas(hit.blob, 'r'), matched_key: hit.key }
      }
      return { ok: false }
    },
    'ArtifactService/CreateArtifact': async (b, scope) => {
      sameJob(scope, b)
      const run = runArtifacts(b.workflow_run_backend_id)
      if (run.has(b.name))
        throw new TwirpError(
          'already_exists',
          `an artifact with this name already exists on the workflow run: ${b.name}`
        )
      const id = nextId++
      const a = {
        id,
        run: b.workflow_run_backend_id,
        job: b.workflow_job_run_backend_id,
        name: b.name,
        blob: `artifacts/${id}/${b.name}.zip`,
        finalized: false,
        size: 0,
        expiresAt: b.expires_at ?? null,
        createdAt: new Date().toISOString()
      }
      run.set(b.name, a)
      return { ok: true, signed_upload_url: sas(a.blob, 'cw') }
    },
    'ArtifactService/FinalizeArtifact': async (b, scope) => {
      sameJob(scope, b)
      const a = runArtifacts(b.workflow_run_backend_id).get(b.name)
      if (!a || a.finalized) throw new TwirpError('not_found', `no artifact ${b.name} being uploaded`)
      const size = await blobSize(a.blob)
      if (size === null) throw new TwirpError('not_found', `artifact ${b.name}: nothing was uploaded`)
      Object.assign(a, { finalized: true, size, digest: b.hash ?? undefined })
      return { ok: true, artifact_id: String(a.id) }
    },
    'ArtifactService/ListArtifacts': async (b, scope) => {
      const run = b.workflow_run_backend_id ?? scope.run
      const list = [...runArtifacts(run).values()].filter(
        a =>
          a.finalized &&
          (b.name_filter === undefined || a.name === b.name_filter) &&
          (b.id_filter === undefined || String(a.id) === String(b.id_filter))
      )
      return { artifacts: list.map(artifactJson) }
    },
    'ArtifactService/GetSignedArtifactURL': async b => {
      const a = runArtifacts(b.workflow_run_backend_id).get(b.name)
      if (!a?.finalized) throw new TwirpError('not_found', `artifact ${b.name} not found`)
      return { signed_url: sas(a.blob, 'r') }
    },
    'ArtifactService/DeleteArtifact': async (b, scope) => {
      sameJob(scope, b)
      const run = runArtifacts(b.workflow_run_backend_id)
      const a = run.get(b.name)
      if (!a) throw new TwirpError('not_found', `artifact ${b.name} not found`)
      run.delete(b.name)
      await admin()
        .getBlobClient(a.blob)
        .deleteIfExists()
        .catch(() => {})
      return { ok: true, artifact_id: String(a.id) }
    }
  }

  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', d => (raw += d))
    req.on('end', async () => {
      const method = req.url.startsWith(PREFIX) ? req.url.slice(PREFIX.length) : ''
      const answer = (status, body) => {
        onRequest({ call: method, status })
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      try {
        if (req.method !== 'POST' || !methods[method])
          throw new TwirpError('bad_route', `no handler for ${req.method} ${req.url}`)
        const scope = scopeOf(req.headers.authorization)
        if (!scope)
          throw new TwirpError('unauthenticated', 'a runtime token with a results scope is required')
        if (await applyFault(faults.take(method, req.url), req, res)) {
          onRequest({ call: method, status: res.statusCode, fault: true })
          return
        }
        let body
        try {
          body = JSON.parse(raw || '{}')
        } catch {
          throw new TwirpError('invalid_argument', 'the body is not JSON')
        }
        answer(200, await methods[method](body, scope))
      } catch (e) {
        const code = e instanceof TwirpError ? e.code : 'internal'
        answer(TWIRP_STATUS[code] ?? 500, { code, msg: e.message })
      }
    })
  })
  await new Promise(r => server.listen(0, '127.0.0.1', () => r()))
  const url = `http://127.0.0.1:${server.address().port}/`
  return {
    url,
    caches,
    artifacts,
    /** Finalized artifacts of a run (numeric run id), as the REST API lists them. */
    listRun(runId) {
      return [...runArtifacts(backendId(runId)).values()].filter(a => a.finalized)
    },
    findArtifact(id) {
      for (const run of artifacts.values()) for (const a of run.values()) if (a.id === id) return a
      return undefined
    },
    signedUrl: name => sas(name, 'r'),
    close: () => new Promise(r => server.close(() => r()))
  }
}
