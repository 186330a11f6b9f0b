// One cached path as one compressed archive, made as @actions/cache makes its own: GNU tar in
// POSIX (pax) format, which keeps sub-second mtimes (cargo compares them), piped through zstd on
// every core, or gzip where zstd is missing. Tar and the compressor are two processes joined by
// a pipe, never a shell. They get `process.env` explicitly: its PATH decides which tools run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import type { Readable } from 'node:stream'

export type Compression = 'zstd' | 'gzip' | 'none'

export const ARCHIVE_SUFFIX: Record<Compression, string> = { zstd: '.tar.zst', gzip: '.tar.gz', none: '.tar' }

/** Compress and decompress commands; `none` is a plain tar (entries written before compression). */
const PROGRAMS: Record<Compression, { pack: string[]; unpack: string[] } | undefined> = {
  // -T0: one thread per core. --long=30: a 1 GiB window, which @actions/cache 6.3.0 leaves off;
  // on the bench it makes 13.28 MB of what its archive makes 16.63 MB. Unpacking needs it too.
  zstd: { pack: ['zstd', '-T0', '--long=30', '-q', '-c'], unpack: ['zstd', '-d', '--long=30', '-q', '-c'] },
  gzip: { pack: ['gzip', '-c'], unpack: ['gzip', '-d', '-c'] },
  none: undefined
}

/** Whether zstd runs, per PATH (asked once per PATH). */
const zstdFound = new Map<string, boolean>()

/** zstd when it is on PATH, gzip otherwise (what @actions/cache falls back to). */
export function packCompression(): Compression {
  const path = process.env.PATH ?? ''
  if (!zstdFound.has(path))
    zstdFound.set(path, spawnSync('zstd', ['--version'], { stdio: 'ignore', env: process.env }).status === 0)
  return zstdFound.get(path) ? 'zstd' : 'gzip'
}

/** Writes `member` (a name inside `dir`) to `file`. */
export async function packArchive(file: string, dir: string, member: string, c: Compression): Promise<void> {
  const tarArgv = ['tar', '--posix', '-cf', '-', '-C', dir, member]
  const prog = PROGRAMS[c]
  const out = openSync(file, 'w')
  try {
    if (!prog) return await finished(run(tarArgv, 'ignore', out))
    const tar = run(tarArgv, 'ignore', 'pipe')
    const z = run(prog.pack, tar.stdout!, out)
    tar.stdout!.destroy() // our copy of the pipe: a compressor that dies must not leave tar blocked
    await Promise.all([finished(tar), finished(z)])
  } finally {
    closeSync(out)
  }
}

/** Unpacks `file` into `dir`. */
export async function unpackArchive(file: string, dir: string, c: Compression): Promise<void> {
  const prog = PROGRAMS[c]
  if (!prog) return finished(run(['tar', '-xf', file, '-C', dir], 'ignore', 'ignore'))
  const input = openSync(file, 'r')
  try {
    const z = run(prog.unpack, input, 'pipe')
    const tar = run(['tar', '-xf', '-', '-C', dir], z.stdout!, 'ignore')
    z.stdout!.destroy()
    await Promise.all([finished(z), finished(tar)])
  } finally {
    closeSync(input)
  }
}

type In = 'ignore' | number | Readable
const run = ([cmd, ...args]: string[], stdin: In, stdout: 'ignore' | 'pipe' | number) =>
  spawn(cmd!, args, { stdio: [stdin, stdout, 'pipe'], env: process.env })

/** Resolves when the process exits 0; otherwise rejects with its name, status and stderr. */
function finished(p: ChildProcess): Promise<void> {
  const name = p.spawnargs[0]!
  let stderr = ''
  p.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  return new Promise((resolve, reject) => {
    p.on('error', e =>
      reject(
        new Error(
          (e as NodeJS.ErrnoException).code === 'ENOENT' ? `${name} is not on PATH` : `${name}: ${e.message}`
        )
      )
    )
    p.on('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${name} exited with ${code ?? signal}${stderr.trim() ? `: ${stderr.trim()}` : ''}`)
          )
    )
  })
}
