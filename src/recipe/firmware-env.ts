// `firmware.env` naming a variable that is set but empty. Upstream's xbuild passes its value as it
// is (`--firmware ""`) and igvmbuilder fails ("Failed to open firmware file"), after every kernel
// part has been built; build.py skips an empty path and builds without firmware.
import { RecipeError, RecipeErrors } from './errors.js'
import type { Dialect, ExpandedRecipe } from './types.js'

/** Refuses, before anything runs, what upstream's xbuild would fail on at its last step. */
export function checkFirmwareEnv(
  recipes: readonly ExpandedRecipe[],
  dialect: Dialect,
  env: Readonly<Record<string, string | undefined>>,
  /** A firmware file given instead (--firmware): the variable is not read then. */
  override?: string
): void {
  if (dialect !== 'xbuild' || override) return
  const errors = recipes.flatMap(r => {
    const name = r.firmware?.env
    if (r.firmware?.file !== undefined || name === undefined || env[name] !== '') return []
    return [
      new RecipeError(r.file, [
        {
          path: 'firmware.env',
          expected: `${name} to name the firmware file, or to be unset for no firmware (with ${name}="" upstream's xbuild passes --firmware "" and igvmbuilder fails: "Failed to open firmware file")`,
          found: `${name} set to ""`
        }
      ])
    ]
  })
  if (errors.length === 1) throw errors[0]!
  if (errors.length > 1) throw new RecipeErrors(errors)
}
