// Which upstream tool the svsm tree was made for: xbuild (May 2025 on) or scripts/build.py.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Dialect } from './types.js'

export function detectDialect(root: string): Dialect | null {
  if (existsSync(join(root, 'xbuild'))) return 'xbuild'
  if (existsSync(join(root, 'scripts', 'build.py'))) return 'build.py'
  return null
}
