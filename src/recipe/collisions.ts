// One file, one record: every IGVM file of a build gets a path no other part of that build writes.
// Two targets writing one file, or an output named like a kernel part, the fs image, the record
// itself or the reference-value files published beside it, would leave a record describing a file
// that is no longer on disk. The files svsm-build writes itself come in as `reserved` (the engine
// lists them: bin/measurements.json, the lock, bin/reference-values.*).
import { posix } from 'node:path'
import { RecipeError, RecipeErrors, jsonPath } from './errors.js'
import { fsImageName } from './fs-image-name.js'
import type { ExpandedRecipe, IgvmTarget } from './types.js'

/** A file (or folder) under the tree that the build writes besides the recipes' parts. */
export interface ReservedPath {
  /** Relative to the tree, e.g. `bin/measurements.json`. */
  path: string
  /** What it is, for the message ("the measurement record"). */
  what: string
}

interface Written {
  path: string
  what: string
  /** The IGVM target whose output this is. */
  output?: { recipe: string; target: IgvmTarget; jsonPath: string; value: string }
}

const binPath = (p: string) => posix.normalize(`bin/${p}`).replace(/\/+$/, '')
const clean = (p: string) => posix.normalize(p).replace(/\/+$/, '')
const inside = (p: string, folder: string) => p.startsWith(`${folder}/`)

/** What each recipe writes in bin/ besides its IGVM files (one source: the dialects' shared layout). */
function partsOf(r: ExpandedRecipe): Written[] {
  const out: Written[] = []
  const of = `of ${r.file}`
  for (const [name, c] of Object.entries(r.kernel)) {
    out.push({ path: binPath(name), what: `${jsonPath(['kernel', name])} ${of}, copied to bin/${name}` })
    if (c.type === 'make' && c.output_file !== undefined)
      out.push({
        path: clean(c.output_file),
        what: `${jsonPath(['kernel', name, 'output_file'])} ${of}, which make writes`
      })
  }
  out.push({ path: 'bin/fs', what: `fs ${of}: the folder bin/fs, emptied for every recipe` })
  if (Object.keys(r.fs.modules).length > 0)
    out.push({ path: 'bin/svsm-fs.bin', what: `fs.modules ${of}: the fs image bin/svsm-fs.bin` })
  for (const [name, c] of Object.entries(r.fs.modules))
    out.push({
      path: clean(`bin/fs/${fsImageName(name, c)}`),
      what: `${jsonPath(['fs', 'modules', name])} ${of}`
    })
  if (r.firmware?.file !== undefined)
    out.push({ path: clean(r.firmware.file), what: `firmware.file ${of}, which igvmbuilder reads` })
  return out
}

/**
 * Refuses, before anything runs, an IGVM output that another target of the build also writes, or
 * that is (or is inside, or holds) a file the build writes in bin/: a kernel part, the fs image or
 * its folder, a make output, the firmware, or one of `reserved` (the record, the lock, the
 * reference-value files). One line
 * per output, naming both recipe files, both JSON paths and the path.
 */
export function checkOutputCollisions(
  recipes: readonly ExpandedRecipe[],
  reserved: readonly ReservedPath[],
  targets?: readonly IgvmTarget[]
): void {
  const others: Written[] = [
    ...reserved.map(r => ({ path: clean(r.path), what: r.what })),
    ...recipes.flatMap(partsOf)
  ]
  const outputs: Written[] = []
  for (const r of recipes) {
    for (const [target, t] of Object.entries(r.igvm) as [IgvmTarget, { output: string }][]) {
      if (targets && !targets.includes(target)) continue
      const path = binPath(t.output)
      // Names that cannot be files (empty, absolute, "..", ".") are refused where names are checked.
      if (path === 'bin' || !inside(path, 'bin')) continue
      const jp = jsonPath(['igvm', target, 'output'])
      outputs.push({
        path,
        what: `the output of ${jsonPath(['igvm', target])} of ${r.file} (${jp})`,
        output: { recipe: r.file, target, jsonPath: jp, value: t.output }
      })
    }
  }
  const errors: RecipeError[] = []
  outputs.forEach((o, i) => {
    const clash = [...outputs.slice(0, i), ...others].find(
      w => w.path === o.path || inside(o.path, w.path) || inside(w.path, o.path)
    )
    if (!clash) return
    const how =
      clash.path === o.path
        ? `${o.path} is also ${clash.what}`
        : inside(o.path, clash.path)
          ? `${o.path} would be inside ${clash.path}, ${clash.what}`
          : `${o.path} would have to be a folder: ${clash.path} is ${clash.what}`
    errors.push(
      new RecipeError(o.output!.recipe, [
        {
          path: o.output!.jsonPath,
          expected: `an IGVM file name no other part of the build writes (${how}; one of them would overwrite the other, and its record would describe a file that is gone)`,
          found: `string ${JSON.stringify(o.output!.value)}`
        }
      ])
    )
  })
  if (errors.length === 1) throw errors[0]!
  if (errors.length > 1) throw new RecipeErrors(errors)
}
