// Tools the plan needs, found before anything runs: on PATH (cargo, objcopy, make, git, the
// firmware command) or, for the helpers upstream builds, at the relative path it invokes them by.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { Plan } from '../plan/types.js'

export function findOnPath(name: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // not here
    }
  }
  return null
}

const HINTS: Record<string, string> = {
  cargo: 'install Rust with rustup (https://rustup.rs)',
  objcopy: 'install GNU binutils (Debian/Ubuntu: apt install binutils)',
  make: 'install GNU make (Debian/Ubuntu: apt install make)',
  git: 'install git'
}

/** One message per missing program; steps whose argv[0] is a path are produced by earlier steps. */
export function missingTools(plan: Plan, path = process.env.PATH ?? ''): string[] {
  const needed = new Map<string, string>()
  for (const s of plan.steps) {
    if (s.kind !== 'command' || s.mayFail || s.argv[0]!.includes('/')) continue
    if (!needed.has(s.argv[0]!)) needed.set(s.argv[0]!, s.id)
  }
  const problems: string[] = []
  for (const [tool, step] of needed) {
    if (findOnPath(tool, path)) continue
    const hint = HINTS[tool] ?? 'install it or fix the recipe'
    problems.push(`${tool}: not found on PATH (needed by step ${step}); ${hint}`)
  }
  return problems
}
