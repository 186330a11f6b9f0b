// What differs between two IGVM files and where it came from: pages compared per platform and
// GPA (pages.ts), each attributed to the input whose bytes it holds (attribution.ts); the build
// paths two builds differ by (paths.ts) and the kernel's symbol names (kernel-elf.ts); the VMSA
// field by field; policy, platforms, parameter areas, required memory and the ID block. Its
// words (render.ts) are the same on the command line and in the report's comment. Pure.
import { measure, MeasureError, toHex } from '../measure.js'
import type { ParsedIgvm } from '../id-block.js'
import type { IgvmFile } from '../parse.js'
import { attribution } from './attribution.js'
import { headerChanges, vmsaChanges } from './headers.js'
import type { InputFile } from './inputs.js'
import { readKernelElf, symbolChanges, type SymbolChanges } from './kernel-elf.js'
import { pageDiffs, regionsOf } from './pages.js'
import { pathStrings, type PathContext } from './paths.js'
import { summaryLines } from './render.js'
import type { IgvmDiff, InputSummary } from './types.js'

export { elfSegments, type InputFile } from './inputs.js'
export type { PathPrefix } from './path-strings.js'
export { renderDiff } from './render.js'
export type { IgvmDiff } from './types.js'

interface DiffInputs {
  a: InputFile[]
  b: InputFile[]
}

interface DiffOptions {
  /** Said of unattributed pages when no inputs are given (default: how to give them). */
  noInputsHint?: string
  /** Each side's build paths (checkout, CARGO_HOME, sysroot) and what else the records say differs. */
  paths?: PathContext
}

function launchDigest(f: IgvmFile): string | null {
  try {
    return toHex(measure(f).digest)
  } catch (e) {
    if (e instanceof MeasureError) return null
    throw e
  }
}

function kernelSymbols(inputs: DiffInputs | undefined): SymbolChanges | null {
  const [x, y] = [inputs?.a, inputs?.b].map(side => side?.find(i => i.role === 'kernel'))
  if (!x || !y) return null
  const [ka, kb] = [readKernelElf(x.bytes), readKernelElf(y.bytes)]
  if (!ka || !kb) return null
  const c = symbolChanges(ka, kb)
  return c.other === 0 && c.llvmSuffix === 0 ? null : c
}

export function diffIgvm(a: ParsedIgvm, b: ParsedIgvm, inputs?: DiffInputs, o: DiffOptions = {}): IgvmDiff {
  const headers = headerChanges(a, b)
  const vmsas = vmsaChanges(a.file, b.file)
  const { byPlatform, totals } = pageDiffs(
    a.file,
    b.file,
    inputs ? attribution(inputs.a, a.file) : null,
    inputs ? attribution(inputs.b, b.file) : null
  )
  const regions = regionsOf(byPlatform)
  const ld = { a: launchDigest(a.file), b: launchDigest(b.file) }

  const roles = inputs ? [...new Set([...inputs.a, ...inputs.b].map(i => i.role))] : []
  // Pages igvmbuilder writes from the inputs are listed after the inputs themselves.
  for (const role of totals.keys()) if (!roles.includes(role)) roles.push(role)
  const inputSummaries: InputSummary[] = roles.map(role => {
    const [x, y] = [inputs?.a.find(i => i.role === role), inputs?.b.find(i => i.role === role)]
    // Counted by GPA: a page shared by several platforms is one page.
    const differ = new Map<string, { kind: string; on: Set<string> }>()
    for (const [p, diffs] of byPlatform)
      for (const d of diffs)
        if (d.fromA === role || d.fromB === role) {
          const seen = differ.get(String(d.gpa)) ?? { kind: d.moved ? 'moved' : d.change, on: new Set() }
          seen.on.add(p)
          differ.set(String(d.gpa), seen)
        }
    const how: Record<string, number> = {}
    for (const { kind, on } of differ.values()) {
      // A change on some platforms only (a platform added, say) says which.
      const label = on.size < byPlatform.size ? `${kind} on ${[...on].join('+')}` : kind
      how[label] = (how[label] ?? 0) + 1
    }
    return {
      role,
      pages: totals.get(role)?.size ?? 0,
      differ: differ.size,
      how,
      sameFile: x && y ? Buffer.from(x.bytes).equals(Buffer.from(y.bytes)) : null
    }
  })
  const identical = headers.length === 0 && vmsas.length === 0 && regions.length === 0
  const paths =
    identical || !o.paths
      ? null
      : pathStrings(a.file, b.file, o.paths, {
          inputs,
          regions,
          others: headers.length > 0 || vmsas.length > 0
        })
  const symbols = kernelSymbols(inputs)
  const d = { identical, launchDigest: ld, headers, vmsas, regions, inputs: inputSummaries, paths, symbols }
  return {
    ...d,
    summary: summaryLines(
      d,
      inputs ? null : (o.noInputsHint ?? 'pass --inputs A_BIN_DIR B_BIN_DIR to attribute them')
    )
  }
}
