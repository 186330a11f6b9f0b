// `svsm-build inspect FILE [--json]`: what an IGVM file holds, and its digests; for a signed file
// also the ID key and author key digests, the values a verifier pins next to the launch digest.
import { BadInput } from '../../util/errors.js'
import { readIgvmFile } from '../../igvm/read-file.js'
import { IgvmError } from '../../igvm/errors.js'
import {
  idBlockFacts,
  idBlockSignatures,
  parseIgvmWithBytes,
  type IdBlockFacts
} from '../../igvm/id-block.js'
import { inventory, renderInventoryTable } from '../../igvm/inventory.js'
import { command, parseFlags } from '../flags.js'

/** Node reads at most 2 GiB into one buffer; an IGVM file's own offsets are 32-bit. */

const INSPECT_COMMAND = command({
  synopsis: ['svsm-build inspect <FILE> [--json]'],
  about:
    'Shows what an IGVM file holds (platforms, pages by kind, parameter areas, VMSAs) and its digests:\nSEV-SNP, SEV, SEV-ES launch digests and the TDX MRTD; for a signed file the ID key and author\nkey digests, the values a verifier pins next to the launch digest.',
  flags: { json: { help: 'Machine-readable output' } },
  args: { min: 1, max: 1, what: 'one IGVM file' },
  footer: 'Exit codes: 0 shown, 1 the file cannot be read or is not a valid IGVM file, 2 usage error.'
})

export async function inspectCommand(args: string[]): Promise<number> {
  const parsed = parseFlags(INSPECT_COMMAND, args)
  if (!parsed) return 0
  const json = parsed.values.json
  const file = parsed.positionals[0]!
  try {
    const parsed = parseIgvmWithBytes(readIgvmFile(file), file)
    const inv = inventory(parsed.file)
    const facts = idBlockFacts(parsed)
    const signatures = idBlockSignatures(parsed)
    process.stdout.write(
      json
        ? `${JSON.stringify({ ...inv, signed: facts && { ...facts, signatures } }, null, 2)}\n`
        : renderInventoryTable(inv) + (facts ? renderSigned(facts, signatures!) : '')
    )
    return 0
  } catch (e) {
    // The system's refusals (ENOENT, EISDIR) are the entry point's, as for every command.
    if (!(e instanceof IgvmError || e instanceof BadInput)) throw e
    process.stderr.write(`error: ${e.message}\n`)
    return 1
  }
}

function renderSigned(f: IdBlockFacts, s: NonNullable<ReturnType<typeof idBlockSignatures>>): string {
  const ok = (v: boolean) => (v ? 'valid' : 'INVALID')
  return [
    `ID block launch digest:             ${f.ld}`,
    `ID key digest:                      ${f.idKeyDigest} (ID block signature ${ok(s.idBlock)})`,
    `author key digest:                  ${f.authorKeyDigest ?? 'none (no author key)'}${s.author === null ? '' : ` (signature ${ok(s.author)})`}`,
    `family id ${f.familyId}, image id ${f.imageId}, version ${f.version}, guest svn ${f.guestSvn}, policy ${f.policy}`,
    ''
  ].join('\n')
}
