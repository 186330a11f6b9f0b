// Azurite's blob service behind a small HTTP front on its own port. The SAS URLs the results fake
// hands out point at the front, so a test can stop the real blob store before or in the middle of a
// transfer, or spoil a download, while every byte that does arrive is stored by Azurite itself.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const AZURITE = join(REPO, 'node_modules', '.bin', 'azurite-blob')

/** Azurite's documented development account (public, the same in every Azurite). */
export const ACCOUNT = 'devstoreaccount1'
export const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

/** Starts `azurite-blob` on a free port; resolves with its port once it says it listens. */
function startAzurite(location, port = 0) {
  const child = spawn(
    AZURITE,
    [
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--location',
      location,
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent'
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`azurite did not start in 20 s:\n${out}`)), 20_000)
    const fail = e => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(e)
    }
    child.on('error', fail)
    child.on('exit', code => fail(new Error(`azurite exited (${code}) before listening:\n${out}`)))
    const onData = d => {
      out += d
      const m = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        child.removeAllListeners('exit')
        resolve({ child, port: Number(m[1]) })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
  })
}

function killed(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise(resolve => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

/**
 * The blob store: Azurite plus the front. `faults.take(call)` (from faults.mjs) decides, per
 * request, whether to misbehave; `onRequest` sees every request (for the call log).
 */
export async function startBlobStore({ faults, onRequest = () => {} }) {
  const location = mkdtempSync(join(tmpdir(), 'harness-azurite-'))
  let azurite = await startAzurite(location)
  let server = null
  let port = 0
  const sockets = new Set()
  let running = true

  const store = {
    location,
    get port() {
      return port
    },
    get url() {
      return `http://127.0.0.1:${port}/${ACCOUNT}`
    },
    get directUrl() {
      return `http://127.0.0.1:${azurite.port}/${ACCOUNT}`
    },
    get running() {
      return running
    },
    /** The real thing goes away: Azurite killed, the front refuses connections. */
    async stop() {
      if (!running) return
      running = false
      for (const s of sockets) s.destroy()
      await new Promise(r => server.close(() => r()))
      await killed(azurite.child)
    },
    /** Back on the same port, with the same data. */
    async start() {
      if (running) return
      azurite = await startAzurite(location, azurite.port)
      await listen(port)
      running = true
    },
    async close() {
      await store.stop()
      rmSync(location, { recursive: true, force: true })
    }
  }

  const handle = async (req, res) => {
    const call = `blob:${req.method}`
    onRequest({ call, url: req.url })
    const fault = faults.take(call, req.url)
    if (fault?.delayMs) await new Promise(r => setTimeout(r, fault.delayMs))
    if (fault?.reset) return req.socket.destroy()
    if (fault?.stopBlob === 'before') {
      await store.stop()
      return
    }
    if (fault?.status) {
      res.writeHead(fault.status, { 'content-type': 'application/xml', ...(fault.headers ?? {}) })
      return res.end(fault.body ?? '<?xml version="1.0"?><Error><Code>Fault</Code></Error>')
    }
    if (fault?.garbageZip) {
      res.writeHead(200, { 'content-type': 'application/zip' })
      return res.end(Buffer.from('this is not a zip file at all, just bytes '.repeat(64)))
    }
    const up = http.request(
      {
        host: '127.0.0.1',
        port: azurite.port,
        method: req.method,
        path: req.url,
        headers: req.headers
      },
      upRes => {
        if (fault?.truncateZip) {
          // A complete HTTP answer whose zip stops half way.
          const { 'content-length': length, ...headers } = upRes.headers
          const half = Math.floor(Number(length ?? 0) / 2)
          res.writeHead(upRes.statusCode, headers)
          let sent = 0
          upRes.on('data', d => {
            const room = Math.max(0, half - sent)
            if (room > 0) res.write(d.subarray(0, room))
            sent += d.length
          })
          upRes.on('end', () => res.end())
          return
        }
        res.writeHead(upRes.statusCode, upRes.headers)
        upRes.pipe(res)
      }
    )
    up.on('error', () => req.socket.destroy())
    if (fault?.stopBlob === 'mid') {
      // Let part of the body through, then take the store away under the transfer.
      const after = fault.afterBytes ?? 1 << 20
      let seen = 0
      let stopping = false
      req.on('data', d => {
        seen += d.length
        if (!stopping && seen >= after) {
          stopping = true
          void store.stop()
        } else if (!stopping) up.write(d)
      })
      req.on('end', () => up.end())
    } else req.pipe(up)
  }

  async function listen(p) {
    server = http.createServer((req, res) => {
      handle(req, res).catch(() => req.socket.destroy())
    })
    server.on('connection', s => {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
    })
    await new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(p, '127.0.0.1', () => resolve())
    })
    port = server.address().port
  }
  await listen(0)
  return store
}
