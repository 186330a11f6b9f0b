// The svsm tree as svsm-build reads it before planning: which file a recipe name stands for (the
// tree's own configs/), and what the tree's xbuild reads and passes (from its Rust source).
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { RecipeError } from '../recipe/errors.js'
import { readXbuildFacts, type ReadXbuild, type SourceFile } from '../recipe/xbuild-facts.js'

/** Where a recipe name is looked for, in this order (upstream keeps its recipes there). */
const CONFIG_DIRS = ['configs', 'configs/test'] as const

/** xbuild's sources are small; these bounds keep a hostile tree from making planning slow. */
const MAX_SOURCE_FILES = 256
const MAX_SOURCE_BYTES = 1 << 20

/** What the tree's xbuild reads and passes, from `xbuild/src/**.rs`. */
export function readTreeXbuild(root: string): ReadXbuild {
  return readXbuildFacts(rustSources(root, 'xbuild/src'))
}

function rustSources(root: string, dir: string): SourceFile[] {
  const out: SourceFile[] = []
  const walk = (rel: string) => {
    let names: string[]
    try {
      names = readdirSync(join(root, rel)).sort()
    } catch {
      return
    }
    for (const n of names) {
      if (out.length >= MAX_SOURCE_FILES) return
      const path = `${rel}/${n}`
      const st = lstatSync(join(root, path))
      if (st.isDirectory()) walk(path)
      else if (st.isFile() && n.endsWith('.rs') && st.size <= MAX_SOURCE_BYTES)
        out.push({ path, text: readFileSync(join(root, path), 'utf8') })
    }
  }
  walk(dir)
  return out
}

/**
 * The file a recipe argument names, as the build reads it: a path relative to the tree (upstream
 * runs from its root) or to the current directory, or an absolute path; else a name looked up in
 * the tree's own configs/ and configs/test/ (`qemu` → configs/qemu-target.json, `hyper-v-test` →
 * configs/test/hyperv-test-target.json). A name found nowhere is refused, naming every path tried.
 */
export function locateRecipe(root: string, given: string): string {
  if (isAbsolute(given)) return given
  if (existsSync(resolve(root, given))) return given
  const fromCwd = resolve(given)
  if (existsSync(fromCwd)) return relative(root, fromCwd).startsWith('..') ? fromCwd : relative(root, fromCwd)
  if (given.includes('/')) return given // a path: loading it says that it does not exist
  const tried = nameCandidates(given)
  const found = tried.find(f => existsSync(join(root, f)))
  if (found) return found
  const noConfigs = existsSync(join(root, 'configs')) ? '' : '; this tree has no configs/ folder'
  throw new RecipeError(given, [
    {
      path: '',
      expected: `no such recipe: neither a file (tried ${given} in ${root} and in ${process.cwd()}) nor a recipe of the tree (tried ${tried.join(', ')})${noConfigs}`
    }
  ])
}

/** configs/<name>.json, configs/<name>-target.json, then configs/test/...; hyper-v is spelled hyperv in file names. */
function nameCandidates(name: string): string[] {
  const stems = [...new Set([name, name.replace(/^hyper-v/, 'hyperv')])]
  const files = stems.flatMap(s => (s.endsWith('.json') ? [s] : [`${s}.json`, `${s}-target.json`]))
  return [...new Set(CONFIG_DIRS.flatMap(d => files.map(f => `${d}/${f}`)))]
}
