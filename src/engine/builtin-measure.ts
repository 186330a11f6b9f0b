// Our own SEV-SNP launch digest (src/igvm), in the shape the runner wants.
import { measureIgvmBytes } from '../igvm/api.js'
import type { BuiltinMeasure } from '../run/runner.js'

export const builtinMeasure: BuiltinMeasure = (bytes, o) => measureIgvmBytes(bytes, o)
