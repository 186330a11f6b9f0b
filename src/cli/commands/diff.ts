// `svsm-build diff A.igvm B.igvm [--inputs A_BIN_DIR B_BIN_DIR] [--json]`: what differs between
// two IGVM files, attributed to the build inputs in each side's bin/ directory. Exit 0 when
// identical, 1 when they differ, 2 on bad input.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { BadInput, UsageError } from '../../util/errors.js'
import { loadRecords, RECORD_FILE } from '../../record/load.js'
import { diffIgvm, renderDiff, type InputFile } from '../../igvm/diff/diff.js'
import { IgvmError } from '../../igvm/errors.js'
import { parseIgvmWithBytes } from '../../igvm/id-block.js'

export const DIFF_USAGE = `Usage: svsm-build diff <A.igvm> <B.igvm> [--inputs <A_BIN_DIR> <B_BIN_DIR>] [--json]

Shows what differs between two IGVM files: page ranges (attributed to the kernel, bldr/stage2,
tdx-stage1, fs image or firmware found in each side's bin/ directory), the VMSA field by field,
policy, platforms, parameter areas and the ID block.

Exit codes: 0 identical, 1 they differ, 2 bad input.`

/** Build outputs by role, as svsm-build leaves them in bin/. */
const ROLES: [string, string][] = [
  ['svsm', 'kernel'],
  ['bldr', 'bldr'],
  ['stage2', 'stage2'],
  ['tdx-stage1', 'tdx-stage1'],
  ['svsm-fs.bin', 'fs image']
]

function readOrFail(path: string, what: string): Buffer {
  try {
    return readFileSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new BadInput(`${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`)
  }
}

/** The inputs in a bin/ directory; the firmware from its measurements.json (or any *.fd). */
export function readInputs(dir: string): InputFile[] {
  if (!existsSync(dir)) throw new BadInput(`--inputs ${dir}: no such directory (expected a build's bin/)`)
  const out: InputFile[] = []
  for (const [name, role] of ROLES) {
    const p = join(dir, name)
    if (existsSync(p)) out.push({ role, path: p, bytes: readOrFail(p, '--inputs') })
  }
  const firmware = new Set<string>()
  const records = join(dir, RECORD_FILE)
  if (existsSync(records))
    for (const m of loadRecords(records, { allowEmpty: true }).records)
      if (m.firmware)
        firmware.add(isAbsolute(m.firmware.path) ? m.firmware.path : resolve(dirname(dir), m.firmware.path))
  for (const f of readdirSync(dir)) if (f.endsWith('.fd')) firmware.add(join(dir, f))
  for (const f of firmware)
    if (existsSync(f))
      out.push({ role: firmware.size > 1 ? `firmware ${f}` : 'firmware', path: f, bytes: readFileSync(f) })
  if (out.length === 0)
    throw new BadInput(
      `--inputs ${dir}: none of ${ROLES.map(([n]) => n).join(', ')} or a firmware file is there (expected a build's bin/)`
    )
  return out
}

export async function diffCommand(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${DIFF_USAGE}\n`)
    return 0
  }
  const json = args.includes('--json')
  const rest = args.filter(a => a !== '--json')
  const at = rest.indexOf('--inputs')
  let dirs: [string, string] | null = null
  if (at >= 0) {
    const [x, y] = [rest[at + 1], rest[at + 2]]
    if (!x || !y || x.startsWith('-') || y.startsWith('-'))
      throw new UsageError('--inputs takes two directories: A_BIN_DIR B_BIN_DIR', DIFF_USAGE)
    dirs = [x, y]
    rest.splice(at, 3)
  }
  const unknown = rest.find(a => a.startsWith('-'))
  if (unknown) throw new UsageError(`unknown option ${unknown}`, DIFF_USAGE)
  if (rest.length !== 2)
    throw new UsageError(
      `expected two IGVM files, got ${rest.length}${rest.length > 2 ? `: ${rest.join(' ')}` : ''}`,
      DIFF_USAGE
    )
  try {
    const [a, b] = rest.map(f => parseIgvmWithBytes(readOrFail(f, 'IGVM file'), f)) as [
      ReturnType<typeof parseIgvmWithBytes>,
      ReturnType<typeof parseIgvmWithBytes>
    ]
    const inputs = dirs ? { a: readInputs(dirs[0]), b: readInputs(dirs[1]) } : undefined
    const d = diffIgvm(a, b, inputs)
    process.stdout.write(
      json ? `${JSON.stringify({ a: rest[0], b: rest[1], ...d }, null, 2)}\n` : renderDiff(d)
    )
    return d.identical ? 0 : 1
  } catch (e) {
    if (e instanceof BadInput || e instanceof IgvmError) {
      process.stderr.write(`error: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
