// What a diff of two IGVM files finds: the data the renderer words and the report shows.
import type { HeaderChange, VmsaChange } from './headers.js'
import type { SymbolChanges } from './kernel-elf.js'
import type { Region } from './pages.js'
import type { PathStrings } from './paths.js'

export interface InputSummary {
  role: string
  /** Pages (distinct GPAs) holding this input in either image, and how many of them differ. */
  pages: number
  differ: number
  /** How the differing pages differ: changed, added, removed, moved (by GPA). */
  how: Record<string, number>
  sameFile: boolean | null
}

export interface IgvmDiff {
  identical: boolean
  launchDigest: { a: string | null; b: string | null }
  headers: HeaderChange[]
  vmsas: VmsaChange[]
  regions: Region[]
  inputs: InputSummary[]
  /** The build paths the two builds differ by, when each side's prefixes are known and occur. */
  paths: PathStrings | null
  /** How the kernels' symbol tables differ, when both kernels are given and their tables do. */
  symbols: SymbolChanges | null
  summary: string[]
}
