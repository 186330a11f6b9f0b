// Absolute build paths inside built bytes: where each of several prefixes occurs (as a folder: the
// prefix followed by `/`), the longest prefix first so a CARGO_HOME inside the checkout is counted
// once, as CARGO_HOME. Used by the record (are paths compiled in?) and by diff (is that all?).

export interface PathPrefix {
  /** What the prefix is: checkout, CARGO_HOME, sysroot. */
  what: string
  prefix: string
}

interface Occurrence {
  what: string
  prefix: string
  /** Byte offset of the prefix. */
  at: number
}

/** Every occurrence of the prefixes in `bytes`, in offset order, none overlapping. */
export function findPathPrefixes(bytes: Uint8Array, prefixes: readonly PathPrefix[]): Occurrence[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const taken: Occurrence[] = []
  const sorted = [...prefixes]
    .filter(p => p.prefix.length > 1)
    .sort((a, b) => b.prefix.length - a.prefix.length)
  for (const p of sorted) {
    const needle = Buffer.from(`${p.prefix.replace(/\/+$/, '')}/`)
    for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + 1)) {
      const end = at + needle.length
      if (taken.some(o => at < o.at + o.prefix.length + 1 && o.at < end)) continue
      taken.push({ what: p.what, prefix: p.prefix.replace(/\/+$/, ''), at })
    }
  }
  return taken.sort((a, b) => a.at - b.at)
}

/** Occurrences per prefix. */
export function countPathPrefixes(bytes: Uint8Array, prefixes: readonly PathPrefix[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const o of findPathPrefixes(bytes, prefixes)) counts.set(o.prefix, (counts.get(o.prefix) ?? 0) + 1)
  return counts
}
