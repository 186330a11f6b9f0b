// Our own reader in the shape the runner wants: the SEV-SNP digest igvmmeasure would print for the
// target's flags, plus the file's inventory and (for TDX platforms) the MRTD.
import { inventory } from '../igvm/inventory.js'
import { measure, MeasureError, toHex } from '../igvm/measure.js'
import { parseIgvm } from '../igvm/parse.js'
import type { BuiltinMeasure } from '../run/context.js'

const TDX_NOTE =
  'computed by svsm-build after the igvm crate (measurement/tdx.rs); no COCONUT tool computes it'

export const builtinMeasure: BuiltinMeasure = (bytes, o) => {
  const file = parseIgvm(bytes)
  const r = measure(file, { checkKvm: o.checkKvm, nativeZero: o.nativeZero })
  if (r.idBlock && !r.idBlock.equals(r.digest)) {
    throw new MeasureError(`the ID block expects ${toHex(r.idBlock)}, the file measures ${toHex(r.digest)}`)
  }
  const inv = inventory(file)
  const { digests, ...rest } = inv
  return {
    digest: toHex(r.digest),
    details: {
      inventory: rest,
      ...(digests.tdxMrtd ? { tdxMrtd: { value: digests.tdxMrtd, note: TDX_NOTE } } : {})
    }
  }
}
