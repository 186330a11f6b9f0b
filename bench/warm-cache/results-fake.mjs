// A minimal stand-in for GitHub's cache service, for the bench only: Azurite's blob store (real)
// and the three twirp calls @actions/cache makes to the results service (CreateCacheEntry,
// FinalizeCacheEntryUpload, GetCacheEntryDownloadURL), handing out SAS URLs for Azurite. Entries
// match on key and version, restore keys by prefix, newest first, as the real service does.
// The test suite's services harness (__tests__/harness) replaces it where that is there.
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters
} from '@azure/storage-blob'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repo } from './jobs.mjs'

// Azurite's published development account.
const ACCOUNT = 'devstoreaccount1'
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'

async function startAzurite() {
  const location = mkdtempSync(join(tmpdir(), 'azurite-'))
  const bin = join(repo, 'node_modules', '.bin', 'azurite-blob')
  const p = spawn(
    bin,
    [
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--location',
      location,
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent'
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const url = await new Promise((resolve, reject) => {
    let out = ''
    p.on('exit', code => reject(new Error(`azurite-blob exited with ${code}: ${out}`)))
    p.stdout.setEncoding('utf8').on('data', d => {
      out += d
      const m = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m) resolve(m[1])
    })
  })
  p.removeAllListeners('exit')
  return {
    url: `${url}/${ACCOUNT}`,
    stop: () =>
      new Promise(resolve => {
        p.on('exit', resolve)
        p.kill('SIGTERM')
      }).then(() => rmSync(location, { recursive: true, force: true }))
  }
}

export async function startResultsFake() {
  const azurite = await startAzurite()
  const cred = new StorageSharedKeyCredential(ACCOUNT, KEY)
  const container = new BlobServiceClient(azurite.url, cred).getContainerClient('caches')
  await container.create()
  const entries = [] // { key, version, blob, finalized, size, created }
  const sas = (blob, permissions) =>
    `${container.getBlobClient(blob).url}?${generateBlobSASQueryParameters(
      {
        containerName: 'caches',
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3600_000)
      },
      cred
    )}`
  const calls = {
    async CreateCacheEntry({ key, version }) {
      if (entries.some(e => e.key === key && e.version === version))
        return { ok: false, message: `cache entry ${key} already exists` }
      const blob = `${entries.length + 1}`
      entries.push({ key, version, blob, finalized: false })
      return { ok: true, signed_upload_url: sas(blob, 'cw') }
    },
    async FinalizeCacheEntryUpload({ key, version, size_bytes }) {
      const e = entries.find(x => x.key === key && x.version === version && !x.finalized)
      if (!e) return { ok: false, message: `no cache entry ${key} being uploaded` }
      const { contentLength } = await container.getBlobClient(e.blob).getProperties()
      if (String(contentLength) !== String(size_bytes))
        return { ok: false, message: `uploaded ${contentLength} bytes, the client says ${size_bytes}` }
      Object.assign(e, { finalized: true, size: contentLength, created: Date.now() })
      return { ok: true, entry_id: e.blob }
    },
    async GetCacheEntryDownloadURL({ key, restore_keys = [], version }) {
      const done = entries.filter(e => e.finalized && e.version === version)
      const match =
        done.find(e => e.key === key) ??
        restore_keys
          .map(prefix => done.filter(e => e.key.startsWith(prefix)).sort((a, b) => b.created - a.created)[0])
          .find(Boolean)
      if (!match) return { ok: false }
      return { ok: true, signed_download_url: sas(match.blob, 'r'), matched_key: match.key }
    }
  }
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8').on('data', d => (body += d))
    req.on('end', async () => {
      const call = req.url.startsWith(SERVICE) && calls[req.url.slice(SERVICE.length)]
      const answer = call
        ? await call(JSON.parse(body || '{}')).then(
            r => [200, r],
            e => [500, { code: 'internal', msg: e.message }]
          )
        : [404, { code: 'bad_route', msg: `no method ${req.url}` }]
      res.writeHead(answer[0], { 'content-type': 'application/json' }).end(JSON.stringify(answer[1]))
    })
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    env: {
      ACTIONS_RESULTS_URL: `http://127.0.0.1:${server.address().port}/`,
      ACTIONS_RUNTIME_TOKEN: 'bench-token',
      ACTIONS_CACHE_SERVICE_V2: 'True'
    },
    archiveBytes: key => entries.find(e => e.key === key && e.finalized)?.size,
    async stop() {
      await new Promise(resolve => server.close(resolve))
      await azurite.stop()
    }
  }
}
