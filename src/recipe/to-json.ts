// An ExpandedRecipe back in recipe form, every default written out (for `plan --json` and -p).
import type { Component, ExpandedRecipe } from './types.js'

export function recipeToJson(r: ExpandedRecipe): Record<string, unknown> {
  const sep = r.dialect === 'xbuild' ? ',' : ' '
  const component = (c: Component) => {
    const { features, ...rest } = c
    const out: Record<string, unknown> = { ...rest }
    if (features !== undefined) out.features = features.join(sep)
    if (r.dialect === 'build.py') {
      // build.py reads none of these; showing them would suggest it does.
      delete out.no_default_features
      delete out.env
    }
    return out
  }
  const map = (m: Record<string, Component>) =>
    Object.fromEntries(Object.entries(m).map(([k, c]) => [k, component(c)]))
  const igvm = Object.fromEntries(
    Object.entries(r.igvm).map(([t, c]) => {
      const { 'no-vtom': noVtom, ...rest } = c
      return [t, r.dialect === 'xbuild' ? { ...rest, 'no-vtom': noVtom } : rest]
    })
  )
  return { kernel: map(r.kernel), firmware: r.firmware, fs: { modules: map(r.fs.modules) }, igvm }
}
