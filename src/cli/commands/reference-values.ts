// `svsm-build reference-values RECORD [--format corim|rvps|json] [--target T] [--repository R]
// [--out FILE] [--dump]`: a build's launch digests in the format a verifier ingests (a CoRIM for
// Veraison's SEV-SNP scheme, a message for Trustee's RVPS, plain JSON). The record is read with
// the one loader; where the repository came from is printed, never guessed silently.
import { existsSync, realpathSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { BadInput } from '../../util/errors.js'
import { writeFileAtomic } from '../../util/write-atomic.js'
import { loadRecords } from '../../record/load.js'
import { buildCorim } from '../../reference-values/corim-encode.js'
import { dumpCorim } from '../../reference-values/corim-dump.js'
import { buildInputFromRecords } from '../../reference-values/from-record.js'
import { buildJson } from '../../reference-values/json-format.js'
import { detectFormat, readReferenceValues } from '../../reference-values/read.js'
import { chooseRepository, originRemote } from '../../reference-values/repository.js'
import { buildRvpsMessage, dumpRvpsMessage } from '../../reference-values/rvps-message.js'
import { readFileOrPipe } from '../../util/input-file.js'
import { command, parseFlags } from '../flags.js'

const REFERENCE_VALUES_COMMAND = command({
  synopsis: [
    'svsm-build reference-values <RECORD> [--format corim|rvps|json] [--target T] [--repository R] [--out FILE]',
    'svsm-build reference-values <FILE.corim|FILE.rvps.json> --dump'
  ],
  about:
    "Writes a build's reference values in the format a verifier ingests: an unsigned CoRIM with AMD's\nSEV-SNP profile (Veraison's SEV-SNP scheme), a Trustee RVPS \"sample\" message, or plain JSON.\nRECORD is a measurements.json, an artifact folder holding one, or a tree's bin/. The repository is\n--repository, else the origin remote of the svsm tree whose bin/ holds the record, else\nGITHUB_REPOSITORY; the version is the record's git version. Both are printed on stderr.",
  flags: {
    format: {
      value: '<FORMAT>',
      choices: ['corim', 'rvps', 'json'],
      help: 'What to write (default corim)'
    },
    target: {
      value: '<T>',
      choices: ['qemu', 'hyper-v', 'vanadium'],
      help: "Only this target's records"
    },
    repository: {
      value: '<OWNER/NAME|URL>',
      help: 'The repository the build is of (owner/name on github.com, or its URL)'
    },
    out: {
      value: '<FILE>',
      help: 'Write here (default stdout; a CoRIM, binary CBOR, is not written to a terminal)'
    },
    dump: {
      help: 'Print a readable dump instead: the CoRIM in CBOR diagnostic notation with each key\nnamed, the RVPS message with its payload decoded. Also reads an existing CoRIM or RVPS file'
    }
  },
  args: { min: 1, max: 1, what: 'one measurements.json, artifact folder or bin/ folder' },
  footer:
    'Exit codes: 0 written, 2 bad input (a record that is not valid, no repository, no SEV-SNP target for a CoRIM).'
})

// A CoRIM or RVPS message to dump is a few KiB.
const DUMP_MAX = 4 * 1024 * 1024

/** A CoRIM or RVPS file given to --dump (not a record): its dump, or null when it is a record. */
function dumpFile(path: string): string | null {
  let bytes: Uint8Array
  try {
    bytes = readFileOrPipe(path, { name: path, max: DUMP_MAX, expected: 'a file of at most 4 MiB' })
  } catch {
    return null // a folder (an artifact, bin/) or a record the loader will name the problem of
  }
  const format = detectFormat(bytes)
  if (format === 'corim') {
    readReferenceValues(bytes, path) // one message naming what is wrong before a dump of it
    return dumpCorim(bytes)
  }
  if (format === 'rvps') {
    readReferenceValues(bytes, path)
    return dumpRvpsMessage(Buffer.from(bytes).toString('utf8'))
  }
  if (format === 'json') return Buffer.from(bytes).toString('utf8')
  return null
}

export async function referenceValuesCommand(args: string[]): Promise<number> {
  const parsed = parseFlags(REFERENCE_VALUES_COMMAND, args)
  if (!parsed) return 0
  const o = parsed.values
  const source = parsed.positionals[0]!
  const format = o.format ?? 'corim'
  const say = (line: string) => process.stderr.write(`${line}\n`)

  const dumped = o.dump ? dumpFile(source) : null
  if (dumped !== null) {
    notOver(o.out, source)
    return emit(dumped, o.out, say)
  }

  const { file, records: all } = loadRecords(source)
  notOver(o.out, file)
  const records = o.target ? all.filter(m => m.target === o.target) : all
  if (records.length === 0)
    throw new BadInput(
      `--target ${o.target}: ${file} has no record for it (targets: ${[...new Set(all.map(m => m.target))].join(', ')})`
    )
  // The svsm tree is the folder whose bin/ holds the record; an artifact folder has none.
  const tree = basename(dirname(file)) === 'bin' ? dirname(dirname(file)) : undefined
  const url = o.repository === undefined && tree !== undefined ? originRemote(tree) : null
  const choice = chooseRepository({
    ...(o.repository !== undefined ? { option: { value: o.repository, name: '--repository' } } : {}),
    ...(tree !== undefined ? { origin: url ? { url, tree } : null } : {}),
    env: process.env
  })
  for (const s of choice.skipped) say(`note: not used: ${s}`)
  say(`repository: ${choice.repository.name} (${choice.repository.url}), from ${choice.from}`)
  const input = buildInputFromRecords(records, choice.repository, file)
  say(`version: ${input.version || '(empty: the tree had no tag)'}, the git version of ${file}`)

  if (format === 'corim') {
    const corim = buildCorim(input)
    for (const n of corim.notes) say(`note: ${n}`)
    if (o.dump) return emit(dumpCorim(corim.bytes), o.out, say)
    if (o.out === undefined && process.stdout.isTTY)
      throw new BadInput(
        'the CoRIM is binary CBOR and stdout is a terminal: nothing was written; pass --out FILE (or redirect stdout), or --dump to read it'
      )
    return emit(corim.bytes, o.out, say)
  }
  if (format === 'rvps') {
    const rvps = buildRvpsMessage(input)
    for (const n of rvps.notes) say(`note: ${n}`)
    return emit(o.dump ? dumpRvpsMessage(rvps.text) : rvps.text, o.out, say)
  }
  return emit(buildJson(input).text, o.out, say)
}

/** --out must not be the file the values are read from (a dump written over its CoRIM, a CoRIM over the record). */
function notOver(out: string | undefined, input: string): void {
  if (out === undefined || !existsSync(out) || !existsSync(input)) return
  if (realpathSync(out) === realpathSync(input))
    throw new BadInput(
      `--out ${out}: is the file the values are read from; nothing was written (choose another file)`
    )
}

function emit(data: string | Uint8Array, out: string | undefined, say: (line: string) => void): number {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data)
  if (out === undefined) process.stdout.write(bytes)
  else {
    writeFileAtomic(out, bytes)
    say(`wrote ${out} (${bytes.length} bytes)`)
  }
  return 0
}
