// One record per built IGVM file: what bin/measurements.json holds and every report shows.
import { z } from 'zod'

export const measurementSchema = z.object({
  target: z.enum(['qemu', 'hyper-v', 'vanadium']),
  recipe: z.string(),
  /** Recipe file sha256: the same name with other content is another build. */
  recipeSha256: z.string(),
  igvm: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** SEV-SNP launch digest, upper-case hex as igvmmeasure prints it. */
  launchDigest: z.string().regex(/^[0-9A-F]{96}$/),
  /** Who computed launchDigest: igvmmeasure (cross-checked by svsm-build) or svsm-build alone. */
  measuredBy: z.enum(['igvmmeasure', 'builtin']),
  platforms: z.array(z.string()),
  policy: z.string(),
  checkKvm: z.boolean(),
  nativeZero: z.boolean(),
  gitVersion: z.string(),
  profile: z.enum(['debug', 'release']),
  /** Features per component, as passed to cargo (recipe + command line). */
  features: z.record(z.string(), z.array(z.string())),
  allFeatures: z.boolean(),
  firmware: z.object({ path: z.string(), sha256: z.string() }).nullable(),
  toolchain: z.string().optional(),
  /** Extra facts from our own IGVM reader (inventory, TDX MRTD), when available. */
  details: z.record(z.string(), z.unknown()).optional()
})

export type Measurement = z.infer<typeof measurementSchema>
export const measurementsSchema = z.array(measurementSchema)

export const MEASUREMENTS_FILE = 'bin/measurements.json'
