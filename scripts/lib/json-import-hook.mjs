// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }` (fine for
// bundlers, refused by Node 20's loader). This hook adds the attribute for .json modules.
export async function load(url, context, nextLoad) {
  if (url.endsWith('.json'))
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } })
  return nextLoad(url, context)
}
