// Recipe inputs: a path (relative to svsm-path) or the name of a recipe bundled with the action.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Bundled names → files in this repository's recipes/ (kept equal to upstream's configs). */
export const BUNDLED_RECIPES: Record<string, string> = {
  qemu: 'qemu-target.json',
  'hyper-v': 'hyperv-target.json',
  vanadium: 'vanadium-target.json',
  'all-targets': 'all-targets.json',
  'qemu-test': 'test/qemu-test-target.json',
  'hyper-v-test': 'test/hyperv-test-target.json',
  'vanadium-test': 'test/vanadium-test-target.json'
}

/** recipes/ next to dist/ (the bundle lives in dist/<entry>/index.js) or next to src/. */
export function bundledRecipesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'recipes', 'all-targets.json'))) return join(dir, 'recipes')
    dir = dirname(dir)
  }
  return join(dir, 'recipes')
}

/** The bundled recipe a name stands for, or null. */
export function bundledRecipe(name: string): string | null {
  const file = BUNDLED_RECIPES[name]
  return file ? join(bundledRecipesDir(), file) : null
}
