// zod schemas for both recipe dialects. Each schema's error text is the "expected" half of a
// RecipeProblem; load.ts adds the file, the JSON path and what was found.
import { z } from 'zod'

const BOOL = 'true or false'
const optStr = (what: string) => z.string({ error: what }).nullish()

const componentFields = {
  output_file: optStr('a string (the make target and the file it builds)'),
  manifest: optStr('a string (path to a Cargo.toml)'),
  binary: z.boolean({ error: BOOL }).optional(),
  objcopy: z
    .string({ error: 'a string (an objcopy BFD name such as "binary" or "elf64-x86-64")' })
    .optional(),
  path: optStr('a string (the file path inside the fs image, e.g. "/init")')
}

const xbuildComponent = z.object(
  {
    ...componentFields,
    type: z.enum(['cargo', 'make', 'test'], { error: 'one of "cargo", "make", "test"' }).optional(),
    features: optStr('a string of comma-separated cargo features, e.g. "vtpm,enable-gdb"'),
    no_default_features: z.boolean({ error: BOOL }).optional(),
    toolchain: optStr('a string (a rustup toolchain such as "nightly")'),
    env: z
      .record(z.string(), z.string({ error: 'a string' }), { error: 'an object of environment variables' })
      .optional()
  },
  { error: 'an object (a build item)' }
)

const buildpyComponent = z.object(
  {
    ...componentFields,
    type: z
      .enum(['cargo', 'make'], { error: 'one of "cargo", "make" (build.py knows no other build type)' })
      .optional(),
    features: z.string({ error: 'a string of whitespace-separated cargo features' }).optional()
  },
  { error: 'an object (a build item)' }
)

const platform = z.enum(['native', 'snp', 'tdp', 'vsm'], { error: 'one of "native", "snp", "tdp", "vsm"' })

const igvmTargetFields = {
  output: z.string({ error: 'a string (file name under bin/)' }).optional(),
  platforms: z.array(platform, { error: 'an array of platforms, e.g. ["snp", "tdp"]' }).optional(),
  policy: z
    .string({ error: 'a string with a hex SEV-SNP policy like "0x30000"' })
    .regex(/^(0[xX])?[0-9a-fA-F]{1,16}$/, {
      error: 'a hex SEV-SNP policy of at most 64 bits, like "0x30000"'
    })
    .optional(),
  comport: z
    .string({ error: 'a string like "3"' })
    .regex(/^0*[1-4]$/, { error: 'a COM port number from "1" to "4"' })
    .nullish(),
  measure: z.literal('print', { error: '"print" (the only measure mode)' }).optional(),
  'check-kvm': z.boolean({ error: BOOL }).optional(),
  'measure-native-zeroes': z.boolean({ error: BOOL }).optional()
}

const xbuildIgvmTarget = z.object(
  { ...igvmTargetFields, 'no-vtom': z.boolean({ error: BOOL }).optional() },
  { error: 'an object of IGVM settings' }
)
const buildpyIgvmTarget = z.object(igvmTargetFields, { error: 'an object of IGVM settings' })

const firmware = z.object(
  {
    command: z
      .array(z.string({ error: 'a string' }), { error: 'a JSON array of strings (program and arguments)' })
      .nullish(),
    file: optStr('a string (path to the firmware file)'),
    env: optStr('a string (name of an environment variable holding the firmware path)')
  },
  { error: 'an object with "command", "file" or "env"' }
)

const targets = <T extends z.ZodType>(t: T) =>
  z.strictObject(
    { qemu: t.optional(), 'hyper-v': t.optional(), vanadium: t.optional() },
    { error: 'an object keyed by IGVM target: "qemu", "hyper-v", "vanadium"' }
  )

const components = <T extends z.ZodType>(c: T, what: string) =>
  z.record(z.string(), c, { error: `an object mapping ${what} names to build items` })

export const xbuildRecipe = z.object(
  {
    kernel: components(xbuildComponent, 'kernel component'),
    firmware: firmware.nullish(),
    fs: z.object(
      { modules: components(xbuildComponent, 'module') },
      { error: 'an object with "modules" (xbuild requires it, even when empty)' }
    ),
    igvm: targets(xbuildIgvmTarget)
  },
  { error: 'a JSON object with "kernel", "fs" and "igvm"' }
)

// build.py reads every top-level part with dict.get(..., {}): all optional.
export const buildpyRecipe = z.object(
  {
    kernel: components(buildpyComponent, 'kernel component').optional(),
    firmware: firmware.optional(),
    fs: z
      .object({ modules: components(buildpyComponent, 'module').optional() }, { error: 'an object' })
      .optional(),
    igvm: targets(buildpyIgvmTarget).optional()
  },
  { error: 'a JSON object with "kernel", "igvm" and optionally "firmware" and "fs"' }
)

export type XbuildRecipeInput = z.infer<typeof xbuildRecipe>
export type BuildpyRecipeInput = z.infer<typeof buildpyRecipe>
export type ComponentInput = z.infer<typeof xbuildComponent> | z.infer<typeof buildpyComponent>
export type IgvmTargetInput = z.infer<typeof xbuildIgvmTarget>

/** Keys each dialect reads; anything else is ignored upstream and warned about here. */
export const KNOWN_KEYS = {
  xbuild: {
    root: ['kernel', 'firmware', 'fs', 'igvm'],
    component: [
      'type',
      'output_file',
      'manifest',
      'features',
      'no_default_features',
      'binary',
      'objcopy',
      'path',
      'toolchain',
      'env'
    ],
    firmware: ['command', 'file', 'env'],
    fs: ['modules'],
    target: [
      'output',
      'platforms',
      'policy',
      'comport',
      'measure',
      'check-kvm',
      'measure-native-zeroes',
      'no-vtom'
    ]
  },
  'build.py': {
    root: ['kernel', 'firmware', 'fs', 'igvm'],
    component: ['type', 'output_file', 'manifest', 'features', 'binary', 'objcopy', 'path'],
    firmware: ['command', 'file', 'env'],
    fs: ['modules'],
    target: ['output', 'platforms', 'policy', 'comport', 'measure', 'check-kvm', 'measure-native-zeroes']
  }
} as const
