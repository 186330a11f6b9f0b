import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findOnPath } from '../run/tools.js'
import { firstLine } from '../util/exec-first-line.js'

/** The tools whose versions change an EDK2 build's bytes. */
export function edk2Toolchains(): Record<string, string> {
  return {
    gcc: firstLine(['gcc', '--version']),
    nasm: firstLine(['nasm', '-v']),
    // iasl's first line is a banner; its version is on the line that says "version".
    iasl: versionLine(['iasl', '-v']),
    python3: firstLine(['python3', '--version']),
    make: firstLine(['make', '--version'])
  }
}

function versionLine(argv: string[]): string {
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8' })
  if (r.error) return 'not found'
  const lines = `${r.stdout}\n${r.stderr}`.split('\n').map(l => l.trim())
  return lines.find(l => /version/i.test(l)) ?? (lines.find(Boolean) || 'unknown')
}

/** What an EDK2 build runs, with the Debian/Ubuntu package that provides each. */
const EDK2_TOOLS: { tool: string; pkg: string }[] = [
  { tool: 'gcc', pkg: 'gcc' },
  { tool: 'g++', pkg: 'g++' },
  { tool: 'make', pkg: 'make' },
  { tool: 'nasm', pkg: 'nasm' },
  { tool: 'iasl', pkg: 'acpica-tools' },
  { tool: 'python3', pkg: 'python3' }
]

/** Missing tools as "tool (package)"; uuid.h is needed to build BaseTools. */
function missingEdk2Tools(
  path = process.env.PATH ?? '',
  uuidHeader = '/usr/include/uuid/uuid.h'
): { missing: string[]; packages: string[] } {
  const gone = EDK2_TOOLS.filter(t => !findOnPath(t.tool, path))
  if (!existsSync(uuidHeader)) gone.push({ tool: uuidHeader, pkg: 'uuid-dev' })
  return { missing: gone.map(t => t.tool), packages: gone.map(t => t.pkg) }
}

/** One sentence naming everything missing and the one command that installs it, or null. */
export function missingToolsMessage(path?: string, uuidHeader?: string): string | null {
  const { missing, packages } = missingEdk2Tools(path, uuidHeader)
  return missing.length
    ? `the EDK2 build needs ${missing.join(', ')} (not found): install them with \`sudo apt-get install -y ${packages.join(' ')}\``
    : null
}
