// `svsm-build inspect FILE [--json]`: what an IGVM file holds, and its digests; for a signed file
// also the ID key and author key digests, the values a verifier pins next to the launch digest.
import { readFileSync } from 'node:fs'
import { UsageError } from '../../util/errors.js'
import { IgvmError } from '../../igvm/errors.js'
import {
  idBlockFacts,
  idBlockSignatures,
  parseIgvmWithBytes,
  type IdBlockFacts
} from '../../igvm/id-block.js'
import { inventory, renderInventoryTable } from '../../igvm/inventory.js'

const USAGE = 'Usage: svsm-build inspect <FILE> [--json]'

export async function inspectCommand(args: string[]): Promise<number> {
  const json = args.includes('--json')
  const files = args.filter(a => a !== '--json')
  if (files.length !== 1 || files[0]!.startsWith('-'))
    throw new UsageError(
      files.length === 0
        ? 'expected an IGVM file'
        : `unexpected argument ${files.find(f => f.startsWith('-')) ?? files[1]}`,
      USAGE
    )
  const file = files[0]!
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (e) {
    process.stderr.write(
      `error: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`
    )
    return 1
  }
  try {
    const parsed = parseIgvmWithBytes(bytes, file)
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
    if (!(e instanceof IgvmError)) throw e
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
