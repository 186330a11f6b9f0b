// `-f/--feature` values: comma lists of `pkg:feat` or `feat` (package `svsm`), as xbuild reads them.
import type { FeatureRequest } from './types.js'

export function parseFeatureArgs(values: readonly string[]): {
  features: FeatureRequest[]
  warnings: string[]
} {
  const features: FeatureRequest[] = []
  const warnings: string[] = []
  for (const value of values) {
    for (const raw of value.split(',')) {
      const colon = raw.indexOf(':')
      const pkg = colon < 0 ? 'svsm' : raw.slice(0, colon).trim()
      const feature = (colon < 0 ? raw : raw.slice(colon + 1)).trim()
      if (feature === '' || pkg === '') {
        warnings.push(`WARNING: Empty feature specified: '${raw}'`)
        continue
      }
      features.push({ raw, pkg, feature })
    }
  }
  return { features, warnings }
}

/** Command-line features whose package no built component matched. */
export function unusedFeatureWarnings(
  features: readonly FeatureRequest[],
  built: ReadonlySet<string>
): string[] {
  return features
    .filter(f => !built.has(f.pkg))
    .map(f => `WARNING: Command line feature not used: '${f.raw}'`)
}
