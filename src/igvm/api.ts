// What the engine needs from the reader: the digest igvmmeasure would print for a build's flags.
import { measure, MeasureError, toHex } from './measure.js'
import { parseIgvm } from './parse.js'

/** Upper-case hex SEV-SNP launch digest; throws IgvmError / MeasureError with igvmmeasure's reason. */
export function measureIgvmBytes(
  bytes: Uint8Array,
  o: { checkKvm: boolean; nativeZero: boolean },
  name?: string
): string {
  const file = parseIgvm(bytes, name)
  const r = measure(file, { checkKvm: o.checkKvm, nativeZero: o.nativeZero })
  if (r.idBlock && !r.idBlock.equals(r.digest)) {
    throw new MeasureError(`the ID block expects ${toHex(r.idBlock)}, the file measures ${toHex(r.digest)}`)
  }
  return toHex(r.digest)
}
