// What a tree's xbuild reads from a recipe and what it passes to igvmbuilder, read from its Rust
// source (engine/tree.ts reads the files; this is pure). The recipe is then loaded as that tree's
// xbuild would read it, and planned with the flags it would pass: the plan follows the tree in
// front of it, not one snapshot of upstream.
import { KNOWN_KEYS } from './schema.js'

const SECTIONS = ['root', 'component', 'firmware', 'fs', 'target'] as const
export type Section = (typeof SECTIONS)[number]

/** The struct each section of a recipe is deserialized into (upstream's names). */
export const STRUCTS: Record<Section, string> = {
  root: 'Recipe',
  component: 'ComponentConfig',
  firmware: 'FirmwareConfig',
  fs: 'FsConfig',
  target: 'IgvmTargetConfig'
}

export interface XbuildFacts {
  /** The recipe keys each struct reads (serde names). */
  keys: Record<Section, readonly string[]>
  /** The command-line flags the IGVM step can pass to igvmbuilder and igvmmeasure. */
  flags: readonly string[]
  /**
   * How it hands path remapping to cargo: as upstream's remapping xbuild does (`--remap-path-prefix`
   * for the checkout and CARGO_HOME in `--config target.<triple>.rustflags`, which svsm-build then
   * plans too), some other way (`trim-paths`, ...) that svsm-build does not reproduce, or not at all.
   */
  remap: 'target-rustflags' | 'other' | null
  /** Where each struct was found (`xbuild/src/igvm.rs`), for messages. */
  where: Partial<Record<Section | 'flags', string>>
}

/** What upstream's xbuild passes at f4bc4bcd; `--comport` and `--no-vtom` depend on the recipe. */
const UPSTREAM_FLAGS = [
  '--sort',
  '--output',
  '--policy',
  '--kernel',
  '--tdx-stage1',
  '--bldr',
  '--firmware',
  '--filesystem',
  '--comport',
  '--verbose',
  '--no-vtom',
  '--snp',
  '--tdp',
  '--vsm',
  '--native',
  '--check-kvm',
  '--native-zero'
]

/** Upstream's xbuild at f4bc4bcd (2026-08-20): what svsm-build plans when it knows no better. */
export const UPSTREAM_XBUILD: XbuildFacts = {
  keys: KNOWN_KEYS.xbuild,
  flags: UPSTREAM_FLAGS,
  remap: null,
  where: {}
}

/** The xbuild versions whose plans svsm-build knows. */
export const KNOWN_XBUILDS: { name: string; facts: XbuildFacts }[] = [
  { name: "upstream's xbuild at f4bc4bcd (2026-08-20)", facts: UPSTREAM_XBUILD },
  {
    // The serial port moves to the IGVM command line: no `comport` key, no `--comport`.
    name: "upstream's xbuild without comport (coconut-svsm/svsm#1164)",
    facts: {
      ...UPSTREAM_XBUILD,
      keys: { ...UPSTREAM_XBUILD.keys, target: UPSTREAM_XBUILD.keys.target.filter(k => k !== 'comport') },
      flags: UPSTREAM_FLAGS.filter(f => f !== '--comport')
    }
  },
  {
    // xbuild/src/remap.rs (coconut-svsm/svsm 359cc377, not merged as far as svsm-build knows).
    name: "upstream's xbuild with path remapping (xbuild/src/remap.rs)",
    facts: { ...UPSTREAM_XBUILD, remap: 'target-rustflags' }
  }
]

/** The flag a recipe key of an IGVM target turns into, for messages. */
export const TARGET_KEY_FLAGS: Record<string, string> = {
  comport: 'igvmbuilder gets no --comport',
  'no-vtom': 'igvmbuilder gets no --no-vtom',
  'check-kvm': 'igvmmeasure gets no --check-kvm',
  'measure-native-zeroes': 'igvmmeasure gets no --native-zero'
}

export interface SourceFile {
  /** Relative to the tree, for messages (`xbuild/src/igvm.rs`). */
  path: string
  text: string
}

export interface ReadXbuild {
  facts: XbuildFacts
  /** One warning when the source is not a version svsm-build knows, naming what it assumed. */
  warning: string | null
}

/** Reads the facts from xbuild's source files and compares them with the versions it knows. */
export function readXbuildFacts(files: readonly SourceFile[]): ReadXbuild {
  const code = files.map(f => ({ path: f.path, text: stripComments(f.text) }))
  const keys: Partial<Record<Section, readonly string[]>> = {}
  const where: XbuildFacts['where'] = {}
  for (const s of SECTIONS) {
    for (const f of code) {
      const fields = structFields(f.text, STRUCTS[s])
      if (fields === null) continue
      keys[s] = fields
      where[s] = f.path
      break
    }
  }
  // The flags are the option literals of the file that holds the IGVM target's struct.
  const igvmFile = code.find(f => f.path === where.target)
  let flags: readonly string[] = UPSTREAM_FLAGS
  if (igvmFile) {
    flags = [...new Set([...igvmFile.text.matchAll(/"(--[a-z0-9][a-z0-9-]*)"/g)].map(m => m[1]!))]
    where.flags = igvmFile.path
  }
  const facts: XbuildFacts = {
    keys: { ...UPSTREAM_XBUILD.keys, ...keys },
    flags,
    remap: remapKind(code.map(f => f.text).join('\n')),
    where
  }
  const missing = SECTIONS.filter(s => keys[s] === undefined).map(s => STRUCTS[s])
  return { facts, warning: versionWarning(facts, missing, files.length) }
}

/**
 * Upstream's way: `--remap-path-prefix` flags, CARGO_HOME's registry sources among them, in a
 * `target.<triple>.rustflags` config value (what planRemap does). Anything else that remaps is
 * named, not reproduced.
 */
function remapKind(code: string): XbuildFacts['remap'] {
  if (!/remap-path-prefix|trim-paths|trim_paths/.test(code)) return null
  const upstream =
    /--remap-path-prefix/.test(code) && /target\.\{[^"]*\}\.rustflags/.test(code) && /"registry"/.test(code)
  return upstream && !/trim-paths|trim_paths/.test(code) ? 'target-rustflags' : 'other'
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size

function isKnown(f: XbuildFacts): boolean {
  return KNOWN_XBUILDS.some(
    k =>
      SECTIONS.every(s => sameSet(k.facts.keys[s], f.keys[s])) &&
      sameSet(k.facts.flags, f.flags) &&
      k.facts.remap === f.remap
  )
}

function versionWarning(f: XbuildFacts, missing: string[], files: number): string | null {
  if (missing.length === 0 && isKnown(f)) return null
  const base = KNOWN_XBUILDS[0]!
  const what: string[] = []
  if (files === 0) what.push('no Rust source under xbuild/src')
  else if (missing.length > 0) what.push(`no ${missing.join(', ')} struct in xbuild/src (assumed upstream's)`)
  for (const s of SECTIONS) {
    if (missing.includes(STRUCTS[s])) continue
    const extra = f.keys[s].filter(k => !base.facts.keys[s].includes(k))
    const gone = base.facts.keys[s].filter(k => !f.keys[s].includes(k))
    if (extra.length > 0)
      what.push(`${STRUCTS[s]} reads ${list(extra)}, which svsm-build does not know (ignored)`)
    if (gone.length > 0) what.push(`${STRUCTS[s]} does not read ${list(gone)} (ignored, as this xbuild does)`)
  }
  if (f.where.flags) {
    const extra = f.flags.filter(x => !UPSTREAM_FLAGS.includes(x))
    const gone = UPSTREAM_FLAGS.filter(x => !f.flags.includes(x))
    if (extra.length > 0)
      what.push(`${f.where.flags} passes ${extra.join(', ')}, which svsm-build does not (not passed)`)
    if (gone.length > 0) {
      const optional: string[] = gone.filter(x => x === '--comport' || x === '--no-vtom')
      const rest = gone.filter(x => !optional.includes(x))
      if (optional.length > 0) what.push(`${f.where.flags} never passes ${optional.join(', ')} (not passed)`)
      if (rest.length > 0)
        what.push(`${f.where.flags} never passes ${rest.join(', ')} (assumed it still does)`)
    }
  }
  if (f.remap === 'other')
    what.push(
      'it hands path remapping to cargo in a way svsm-build does not reproduce (trim-paths, or remap-path-prefix other than through target.<triple>.rustflags), so paths compiled into the kernel (and the launch digest) may differ from upstream'
    )
  return `xbuild/src: not an xbuild version svsm-build knows; planned as ${base.name} except: ${what.join('; ')}`
}

const list = (keys: readonly string[]) => keys.map(k => JSON.stringify(k)).join(', ')

/** Rust source without comments; string literals are kept whole. */
export function stripComments(src: string): string {
  let out = ''
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    const next = src[i + 1]
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') i++
    } else if (c === '/' && next === '*') {
      let depth = 0
      do {
        const two = src.slice(i, i + 2)
        depth += two === '/*' ? 1 : two === '*/' ? -1 : 0
        i += two === '/*' || two === '*/' ? 2 : 1
      } while (i < src.length && depth > 0)
      out += ' '
    } else if (c === 'r' && /^r#*"/.test(src.slice(i, i + 258)) && !/[A-Za-z0-9_]/.test(src[i - 1] ?? '')) {
      const hashes = /^r(#*)"/.exec(src.slice(i))![1]!
      const end = src.indexOf(`"${hashes}`, i + hashes.length + 2)
      const stop = end < 0 ? src.length : end + hashes.length + 1
      out += src.slice(i, stop)
      i = stop
    } else if (c === '"') {
      let j = i + 1
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1
      out += src.slice(i, j + 1)
      i = j + 1
    } else if (c === "'" && /^'(\\.|[^\\'])'/.test(src.slice(i, i + 4))) {
      // A char literal ('"' would otherwise open a string); lifetimes ('a) are left as they are.
      const m = /^'(\\.|[^\\'])'/.exec(src.slice(i, i + 4))![0]
      out += m
      i += m.length
    } else {
      out += c
      i++
    }
  }
  return out
}

/**
 * The serde names of a struct's fields, or null when the source has no such struct. Follows
 * `rename_all`, `rename`, `skip`/`skip_deserializing` and `flatten` (a flattened field is not a
 * key of its own), in `#[serde(...)]` or `#[cfg_attr(..., serde(...))]`.
 */
export function structFields(code: string, name: string): string[] | null {
  const m = new RegExp(`\\bstruct\\s+${name}\\b[^;{(]*\\{`).exec(code)
  if (!m) return null
  const body = braced(code, m.index + m[0].length - 1)
  const head = code.slice(
    Math.max(code.lastIndexOf('}', m.index), code.lastIndexOf(';', m.index)) + 1,
    m.index
  )
  const renameAll = /rename_all\s*=\s*"([^"]+)"/.exec(serdeArgs(head))?.[1]
  const out: string[] = []
  for (const field of topLevel(body, ',')) {
    const attrs = serdeArgs(field)
    const decl = /(?:^|[\]\s])(?:pub(?:\s*\([^)]*\))?\s+)?(r#)?([A-Za-z_][A-Za-z0-9_]*)\s*:(?!:)/.exec(
      field.replace(/#\s*\[[\s\S]*?\]\s*(?=#|pub|r#|[A-Za-z_])/g, ' ')
    )
    if (!decl) continue
    if (/\b(skip|skip_deserializing|flatten)\b/.test(attrs)) continue
    const renamed = /(?:^|[^_])rename\s*=\s*"([^"]+)"/.exec(attrs)?.[1]
    out.push(renamed ?? applyRenameAll(decl[2]!, renameAll))
  }
  return out
}

/** Everything inside the serde attributes of a piece of source (`#[serde(a, b)]` → `a, b`). */
function serdeArgs(src: string): string {
  return [...src.matchAll(/#\s*\[([\s\S]*?)\]\s*(?=#|pub|r#|[A-Za-z_]|$)/g)]
    .map(m => m[1]!)
    .filter(a => /\bserde\s*\(/.test(a))
    .join(',')
}

function applyRenameAll(field: string, rule: string | undefined): string {
  switch (rule) {
    case 'kebab-case':
      return field.replace(/_/g, '-')
    case 'lowercase':
      return field.toLowerCase()
    case 'UPPERCASE':
      return field.toUpperCase()
    case 'SCREAMING_SNAKE_CASE':
      return field.toUpperCase()
    case 'SCREAMING-KEBAB-CASE':
      return field.toUpperCase().replace(/_/g, '-')
    case 'camelCase':
      return field.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
    case 'PascalCase':
      return field.replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase())
    default:
      return field
  }
}

/** The text between the brace at `open` and its match. */
function braced(code: string, open: number): string {
  let depth = 0
  for (let i = open; i < code.length; i++) {
    if (code[i] === '"') {
      i++
      while (i < code.length && code[i] !== '"') i += code[i] === '\\' ? 2 : 1
    } else if (code[i] === '{') depth++
    else if (code[i] === '}' && --depth === 0) return code.slice(open + 1, i)
  }
  return code.slice(open + 1)
}

/** Splits at `sep` outside brackets, braces, parentheses, generics and strings. */
function topLevel(src: string, sep: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!
    if (c === '"') {
      i++
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1
    } else if ('([{<'.includes(c)) depth++
    else if (')]}>'.includes(c) && src[i - 1] !== '-') depth--
    else if (c === sep && depth === 0) {
      parts.push(src.slice(start, i))
      start = i + 1
    }
  }
  parts.push(src.slice(start))
  return parts.filter(p => p.trim() !== '')
}
