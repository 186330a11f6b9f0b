// `svsm-build diff A.igvm B.igvm [--inputs A_BIN_DIR B_BIN_DIR] [--json]`: what differs between
// two IGVM files, attributed to the build inputs in each side's bin/ directory. Exit 0 when
// identical, 1 when they differ, 2 on bad input (never 1 for a file it could not read).
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { BadInput } from '../../util/errors.js'
import { MAX_FIRMWARE_BYTES, readRegularFile } from '../../util/input-file.js'
import { readIgvmFile } from '../../igvm/read-file.js'
import { systemErrorReason } from '../../util/system-error.js'
import { loadRecords, RECORD_FILE } from '../../record/load.js'
import { diffIgvm, renderDiff, type InputFile, type PathPrefix } from '../../igvm/diff/diff.js'
import { BIN_ROLES } from '../../igvm/diff/inputs.js'
import { createHash } from 'node:crypto'
import { recordedPrefixes } from '../../record/build-place.js'
import { differencesBesidesPaths } from '../../record/same-build.js'
import type { Measurement } from '../../record/schema.js'
import { IgvmError } from '../../igvm/errors.js'
import { parseIgvmWithBytes } from '../../igvm/id-block.js'
import { command, parseFlags } from '../flags.js'

const DIFF_COMMAND = command({
  synopsis: ['svsm-build diff <A.igvm> <B.igvm> [--inputs <A_BIN_DIR> <B_BIN_DIR>] [--json]'],
  about:
    "Shows what differs between two IGVM files: page ranges (attributed to the kernel, its symbol\ntable, bldr/stage2, tdx-stage1, fs image or firmware found in each side's bin/ directory, and the\npages igvmbuilder computes from them), the VMSA field by field, policy, platforms, parameter areas\nand the ID block. When each bin/ holds the measurements.json of its build, a difference that is\nonly the build paths compiled in (checkout, CARGO_HOME) is named as such.",
  flags: {
    inputs: {
      value: ['<A_BIN_DIR>', '<B_BIN_DIR>'],
      help: "Each side's bin/ directory, to attribute pages to the build inputs"
    },
    json: { help: 'Machine-readable output' }
  },
  args: { min: 2, max: 2, what: 'two IGVM files' },
  footer: 'Exit codes: 0 identical, 1 they differ, 2 bad input.'
})

/** Node reads at most 2 GiB into one buffer; an IGVM file's own offsets are 32-bit. */
const MAX_INPUT_BYTES = 2 ** 31 - 1

/** A bin/ directory's inputs and, from its measurements.json, the build paths of that build. */
function readBinDir(dir: string): {
  inputs: InputFile[]
  paths: PathPrefix[] | null
  records: Measurement[]
} {
  let entries: string[]
  try {
    if (!statSync(dir).isDirectory())
      throw new BadInput(`--inputs ${dir}: not a directory (expected a build's bin/)`)
    entries = readdirSync(dir)
  } catch (e) {
    if (e instanceof BadInput) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new BadInput(
      `--inputs ${dir}: ${code === 'ENOENT' ? 'no such directory' : systemErrorReason(e as NodeJS.ErrnoException)} (expected a build's bin/)`
    )
  }
  const out: InputFile[] = []
  for (const [name, role] of BIN_ROLES) {
    const p = join(dir, name)
    if (existsSync(p))
      out.push({ role, path: p, bytes: readRegularFile(p, MAX_INPUT_BYTES, `--inputs ${p}`) })
  }
  const firmware = new Set<string>()
  const records = join(dir, RECORD_FILE)
  let paths: PathPrefix[] | null = null
  const recorded = existsSync(records)
    ? loadRecords(records, { allowEmpty: true, untrustedNames: true }).records
    : []
  if (existsSync(records))
    for (const m of recorded) {
      if (m.firmware)
        firmware.add(isAbsolute(m.firmware.path) ? m.firmware.path : resolve(dirname(dir), m.firmware.path))
      if (m.inputs?.build && paths === null) paths = recordedPrefixes(m.inputs.build)
    }
  for (const f of entries) if (f.endsWith('.fd')) firmware.add(join(dir, f))
  for (const f of firmware)
    if (existsSync(f))
      out.push({
        role: firmware.size > 1 ? `firmware ${f}` : 'firmware',
        path: f,
        bytes: readRegularFile(f, MAX_FIRMWARE_BYTES, `--inputs ${dir}: firmware ${f}`)
      })
  if (out.length === 0)
    throw new BadInput(
      `--inputs ${dir}: none of ${BIN_ROLES.map(([n]) => n).join(', ')} or a firmware file is there (expected a build's bin/)`
    )
  return { inputs: out, paths, records: recorded }
}

/** The record of each side that describes its IGVM file (by sha256), for what else differs. */
function recordOf(records: Measurement[], bytes: Uint8Array): Measurement | undefined {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return records.find(m => m.sha256 === sha256)
}

export async function diffCommand(args: string[]): Promise<number> {
  const parsed = parseFlags(DIFF_COMMAND, args)
  if (!parsed) return 0
  const { json, inputs: dirs } = parsed.values
  const [fa, fb] = parsed.positionals as [string, string]
  try {
    const [a, b] = [fa, fb].map(f => parseIgvmWithBytes(readIgvmFile(f), f)) as [
      ReturnType<typeof parseIgvmWithBytes>,
      ReturnType<typeof parseIgvmWithBytes>
    ]
    const [x, y] = dirs ? [readBinDir(dirs[0]), readBinDir(dirs[1])] : []
    const inputs = x && y ? { a: x.inputs, b: y.inputs } : undefined
    const [ra, rb] = x && y ? [recordOf(x.records, a.bytes), recordOf(y.records, b.bytes)] : []
    const paths =
      x?.paths && y?.paths
        ? { a: x.paths, b: y.paths, otherDifferences: ra && rb ? differencesBesidesPaths(ra, rb) : null }
        : undefined
    const d = diffIgvm(a, b, inputs, paths ? { paths } : {})
    process.stdout.write(json ? `${JSON.stringify({ a: fa, b: fb, ...d }, null, 2)}\n` : renderDiff(d))
    return d.identical ? 0 : 1
  } catch (e) {
    if (e instanceof BadInput || e instanceof IgvmError) {
      process.stderr.write(`error: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
