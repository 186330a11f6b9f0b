// Measures an input as igvmmeasure does. A file is streamed: its headers are parsed, then the
// pages the SNP digest hashes are read and hashed on every core while the chain is computed in
// order here; a buffer is measured where it lies.
import { hashPages } from './hash-pages.js'
import type { IgvmInput } from './input.js'
import { hashedPages, IN_MEMORY, measure, type MeasureOptions, type MeasureResult } from './measure.js'
import { parseIgvmInput } from './parse.js'

export function measureInput(input: IgvmInput, name: string, o: MeasureOptions = {}): MeasureResult {
  if (input.fd === undefined) return measure(parseIgvmInput(input, name), o, IN_MEMORY)
  const file = parseIgvmInput(input, name, { pageData: false })
  const pages = hashedPages(file, o.platform)
  const hashes = hashPages(
    input.fd,
    pages.map(d => d.fileOffset),
    { name }
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
