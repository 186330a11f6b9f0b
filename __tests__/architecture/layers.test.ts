// The rooms of src/ and their floors come from docs/architecture.md (one source of truth): an import
// may only go down to a lower floor. This fails on an upward or sideways import between rooms, on a
// cycle between rooms or between files, and on a room the page does not place.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { REPO } from '../helpers/paths.js'

const SRC = join(REPO, 'src')

/** room → floor, from the table in docs/architecture.md. */
function floors(): Map<string, number> {
  const text = readFileSync(join(REPO, 'docs', 'architecture.md'), 'utf8')
  const rows = [...text.matchAll(/^\| (\d+) \| `([a-z-]+)\/` \|/gm)]
  return new Map(rows.map(m => [m[2]!, Number(m[1])]))
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(n => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|mts)$/.test(n) ? [p] : []
  })
}

const roomOf = (file: string) => relative(SRC, file).split(sep)[0]!

/** Every relative import of a file (static, dynamic, re-exports), resolved to the file it names. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)].map(m => m[1]!)
  return specs.map(s =>
    resolve(dirname(file), s)
      .replace(/\.js$/, '.ts')
      .replace(/\.mjs$/, '.mts')
  )
}

export interface Edge {
  from: string
  to: string
  file: string
}

/** Imports that cross rooms. */
function crossings(): Edge[] {
  const out: Edge[] = []
  for (const file of sourceFiles(SRC)) {
    for (const target of importsOf(file)) {
      if (!target.startsWith(SRC + sep)) continue
      const from = roomOf(file)
      const to = roomOf(target)
      if (from !== to) out.push({ from, to, file: `${relative(REPO, file)} -> ${relative(REPO, target)}` })
    }
  }
  return out
}

/** Every import between two files of src/ (type-only ones too: a cycle of types is a knot all the same). */
function fileEdges(): Edge[] {
  return sourceFiles(SRC).flatMap(file =>
    importsOf(file)
      .filter(t => t.startsWith(SRC + sep))
      .map(t => ({ from: relative(REPO, file), to: relative(REPO, t), file: relative(REPO, file) }))
  )
}

function upward(edges: Edge[], table: Map<string, number>): string[] {
  return edges
    .filter(e => table.get(e.to)! >= table.get(e.from)!)
    .map(e => `${e.file} (${e.from} on floor ${table.get(e.from)}, ${e.to} on floor ${table.get(e.to)})`)
}

function cycles(edges: Edge[]): string[] {
  const next = new Map<string, Set<string>>()
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to))
  const found: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const visit = (room: string, path: string[]) => {
    if (state.get(room) === 'done') return
    if (state.get(room) === 'open') {
      found.push([...path.slice(path.indexOf(room)), room].join(' -> '))
      return
    }
    state.set(room, 'open')
    for (const to of next.get(room) ?? []) visit(to, [...path, room])
    state.set(room, 'done')
  }
  for (const room of next.keys()) visit(room, [])
  return found
}

describe('the rooms of src/', () => {
  const table = floors()
  const edges = crossings()

  it('reads a floor for every room from docs/architecture.md', () => {
    expect(table.size).toBeGreaterThan(10)
    const rooms = readdirSync(SRC).filter(n => statSync(join(SRC, n)).isDirectory())
    expect(rooms.filter(r => !table.has(r))).toEqual([])
    expect([...table.keys()].filter(r => !rooms.includes(r))).toEqual([])
  })

  it('import only rooms on a lower floor', () => {
    expect(upward(edges, table)).toEqual([])
  })

  it('have no cycle between rooms', () => {
    expect(cycles(edges)).toEqual([])
  })

  it('have no cycle between files, inside a room as across', () => {
    expect(cycles(fileEdges())).toEqual([])
  })

  it('the checks name an upward import and a cycle when there is one', () => {
    expect(edges.length).toBeGreaterThan(50)
    const down: Edge = { from: 'snp', to: 'igvm', file: 'src/snp/report.ts -> src/igvm/guest-policy.ts' }
    const up: Edge = { from: 'igvm', to: 'snp', file: 'src/igvm/x.ts -> src/snp/report.ts' }
    const sideways: Edge = { from: 'report', to: 'snp', file: 'src/report/x.ts -> src/snp/y.ts' }
    expect(upward([down], table)).toEqual([])
    expect(upward([up, sideways], table)).toEqual([
      'src/igvm/x.ts -> src/snp/report.ts (igvm on floor 1, snp on floor 8)',
      'src/report/x.ts -> src/snp/y.ts (report on floor 8, snp on floor 8)'
    ])
    expect(cycles([down, up])).toEqual(['snp -> igvm -> snp'])
  })
})
