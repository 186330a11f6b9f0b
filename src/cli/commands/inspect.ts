// `svsm-build inspect FILE [--json]`: what an IGVM file holds, and its digests.
import { readFileSync } from 'node:fs'
import { UsageError } from '../../engine/errors.js'
import { IgvmError } from '../../igvm/errors.js'
import { inventory, renderInventoryTable } from '../../igvm/inventory.js'
import { parseIgvm } from '../../igvm/parse.js'

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
    const inv = inventory(parseIgvm(bytes, file))
    process.stdout.write(json ? `${JSON.stringify(inv, null, 2)}\n` : renderInventoryTable(inv))
    return 0
  } catch (e) {
    if (!(e instanceof IgvmError)) throw e
    process.stderr.write(`error: ${e.message}\n`)
    return 1
  }
}
