// Measures an input as igvmmeasure does. A file is streamed: its headers are parsed, then the
// pages the SNP digest hashes are read and hashed on every core while the chain is computed in
// order here; a buffer is measured where it lies.
import { defaultWorkers, hashPages, MIN_PAGES_FOR_WORKERS, startHashers } from './hash-pages.js'
import type { IgvmInput } from './input.js'
import { hashedPages, IN_MEMORY, measure, type MeasureOptions, type MeasureResult } from './measure.js'
import { parseIgvmInput } from './parse.js'

export interface PoolOptions {
  /** Worker threads to start whatever the file's size (default: `defaultWorkers()` from 16 MiB). */
  workers?: number
}

export function measureInput(
  input: IgvmInput,
  name: string,
  o: MeasureOptions = {},
  pool: PoolOptions = {}
): MeasureResult {
  if (input.fd === undefined) return measure(parseIgvmInput(input, name), o, IN_MEMORY)
  // A file big enough for workers has them boot while its headers are parsed.
  const started = startHashers(
    pool.workers ?? (input.size >= MIN_PAGES_FOR_WORKERS * 4096 ? defaultWorkers() : 0)
  )
  let file
  try {
    file = parseIgvmInput(input, name, { pageData: false })
  } catch (e) {
    for (const w of started) void w.terminate()
    throw e
  }
  const pages = hashedPages(file, o.platform)
  const hashes = hashPages(
    input.fd,
    pages.map(d => d.fileOffset),
    { name, started }
  )
  try {
    return measure(file, o, {
      hash: (_, k) => hashes.get(k),
      bytes: d => input.read(d.fileOffset, 4096)
    })
  } finally {
    hashes.close()
  }
}
