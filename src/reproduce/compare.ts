// A recorded measurement against its rebuild: which outputs differ, and which recorded inputs
// differ with them (the explanation). Pure: reproduce.ts gives it the two records.
import type { Measurement } from '../record/schema.js'

interface Difference {
  field: string
  recorded: string
  rebuilt: string
  /** What the difference means, when it is not self-explanatory. */
  note?: string
}

/** Host tools carry their build directory in debug info: a clone elsewhere gives other bytes. */
const TOOL_NOTE =
  'same package version; host binaries embed the directory they were built in, so this alone does not change an IGVM file'

export interface TargetComparison {
  recipe: string
  target: Measurement['target']
  igvm: string
  /** sha256 and launch digest, each equal or not. */
  outputs: (Difference & { equal: boolean })[]
  /** Inputs that differ between the record and the rebuild. */
  inputs: Difference[]
  /** The rebuild made no file for this record. */
  missing: boolean
  /** What `diff` says of the two files, when the recorded one is at hand and they differ. */
  imageDiff?: string[]
}

const list = (v: readonly string[] | undefined) => (v && v.length > 0 ? v.join(',') : '(none)')
const orNone = (v: string | null | undefined) => v ?? '(none)'

/** Input facts that change the bytes, as name → printable value. */
function inputFacts(m: Measurement): Record<string, string> {
  const i = m.inputs
  const facts: Record<string, string> = {
    'recipe sha256': m.recipeSha256,
    'git version (git describe)': m.gitVersion,
    profile: m.profile,
    'all features': String(m.allFeatures),
    toolchain: orNone(m.toolchain),
    'firmware sha256': orNone(m.firmware?.sha256),
    'measured by': m.measuredBy
  }
  for (const [component, features] of Object.entries(m.features))
    facts[`features of ${component}`] = list(features)
  if (i) {
    facts['svsm commit'] = orNone(i.source.commit)
    facts['uncommitted changes'] = i.source.dirty ? list(i.source.dirtyFiles) : '(none)'
    facts['Cargo.lock sha256'] = orNone(i.source.cargoLockSha256)
    facts['-f features'] = list(i.options.features)
    facts.offline = String(i.options.offline)
    facts['igvmbuilder sha256'] = orNone(i.tools.igvmbuilder?.sha256)
    facts['igvmmeasure sha256'] = orNone(i.tools.igvmmeasure?.sha256)
    facts['remap-paths'] = String(i.options.remapPaths ?? false)
  }
  const b = i?.build
  if (b) {
    facts.checkout = b.checkout
    facts.CARGO_HOME = orNone(b.cargoHome)
    facts.rustc = b.rustc ? `${b.rustc.version}, LLVM ${orNone(b.rustc.llvmVersion)}` : '(none)'
    facts.linker = b.linker ? `${b.linker.name} (${orNone(b.linker.version)})` : '(none)'
    facts['path remapping'] =
      b.remap.length > 0 ? b.remap.map(r => `${r.by}: ${r.flags.join(' ')}`).join('; ') : '(none)'
    facts['embedded build paths'] =
      b.embeddedPaths.length > 0
        ? b.embeddedPaths
            .map(
              e =>
                `${e.what} ${e.prefix} (${Object.entries(e.files)
                  .map(([f, n]) => `${n} in ${f}`)
                  .join(', ')})`
            )
            .join('; ')
        : '(none)'
  }
  return facts
}

export function compareRecord(recorded: Measurement, rebuilt: Measurement | undefined): TargetComparison {
  const base = { recipe: recorded.recipe, target: recorded.target, igvm: recorded.igvm }
  if (!rebuilt) {
    return {
      ...base,
      missing: true,
      inputs: [],
      outputs: [
        { field: 'sha256', recorded: recorded.sha256, rebuilt: '(not built)', equal: false },
        { field: 'launch digest', recorded: recorded.launchDigest, rebuilt: '(not built)', equal: false }
      ]
    }
  }
  const a = inputFacts(recorded)
  const b = inputFacts(rebuilt)
  const inputs = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter(k => a[k] !== b[k])
    .map(field => ({
      field,
      recorded: a[field] ?? '(not recorded)',
      rebuilt: b[field] ?? '(not recorded)',
      ...(toolOnlyMoved(field, recorded, rebuilt) ? { note: TOOL_NOTE } : {})
    }))
  return {
    ...base,
    missing: false,
    inputs,
    outputs: [
      {
        field: 'sha256',
        recorded: recorded.sha256,
        rebuilt: rebuilt.sha256,
        equal: recorded.sha256 === rebuilt.sha256
      },
      {
        field: 'launch digest',
        recorded: recorded.launchDigest,
        rebuilt: rebuilt.launchDigest,
        equal: recorded.launchDigest === rebuilt.launchDigest
      }
    ]
  }
}

function toolOnlyMoved(field: string, a: Measurement, b: Measurement): boolean {
  const name = /^(igvmbuilder|igvmmeasure) sha256$/.exec(field)?.[1] as
    'igvmbuilder' | 'igvmmeasure' | undefined
  if (!name) return false
  const x = a.inputs?.tools[name]
  const y = b.inputs?.tools[name]
  return !!x && !!y && x.version === y.version && x.profile === y.profile
}

export const reproduced = (c: TargetComparison) => c.outputs.every(o => o.equal)
