// Whether two records describe the same build but for where it ran: the same source, lock file,
// recipe, options, firmware, toolchain and linker, the same kind of remapping, and the same number
// of embedded build-path strings in the same files. What differs besides the paths is named.
import type { Measurement } from './schema.js'

/** The facts of a record that do not depend on the build's paths, as name → value. */
function placeFreeFacts(m: Measurement): Record<string, string> | null {
  const i = m.inputs
  const b = i?.build
  if (!i || !b) return null
  const embedded = b.embeddedPaths
    .map(
      e =>
        `${e.what}:${Object.entries(e.files)
          .map(([f, n]) => `${f}=${n}`)
          .sort()
          .join(',')}`
    )
    .sort()
  return {
    target: m.target,
    'recipe sha256': m.recipeSha256,
    'git version': m.gitVersion,
    profile: m.profile,
    features: JSON.stringify(m.features),
    'all features': String(m.allFeatures),
    'firmware sha256': m.firmware?.sha256 ?? '(none)',
    platforms: m.platforms.join(','),
    policy: m.policy,
    commit: i.source.commit ?? '(none)',
    'uncommitted changes': i.source.dirtyFiles.join(','),
    'Cargo.lock sha256': i.source.cargoLockSha256 ?? '(none)',
    options: JSON.stringify({ ...i.options, firmware: null }),
    rustc: b.rustc ? `${b.rustc.commitHash ?? b.rustc.version} LLVM ${b.rustc.llvmVersion}` : '(none)',
    linker: b.linker?.version ?? '(none)',
    'path remapping': b.remap.map(r => r.by).join(','),
    'embedded path strings': embedded.join(';'),
    igvmbuilder: i.tools.igvmbuilder
      ? `${i.tools.igvmbuilder.version} ${i.tools.igvmbuilder.profile}`
      : '(none)'
  }
}

/**
 * What differs between two records besides the paths, or null when either record does not say
 * where it was built (records written before svsm-build recorded it).
 */
export function differencesBesidesPaths(a: Measurement, b: Measurement): string[] | null {
  const [x, y] = [placeFreeFacts(a), placeFreeFacts(b)]
  if (!x || !y) return null
  return Object.keys(x).filter(k => x[k] !== y[k])
}
