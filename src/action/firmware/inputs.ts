import { z } from 'zod'
import { MAX_KEY_PREFIX_LENGTH } from '../../cache/keys.js'
import { readValidatedInputs } from '../input-helper.js'
import { DEFAULT_BUILD_DIR, DEFAULT_EDK2 } from '../../firmware/edk2.js'

const bool = z.enum(['true', 'false'], { error: 'true or false' }).transform(v => v === 'true')
const schema = z.object({
  repository: z.string().min(1),
  ref: z.string().min(1, { error: 'a branch, tag or commit' }),
  path: z.string(),
  platform: z
    .string()
    .regex(/^[\w./-]+\.dsc$/, { error: 'a platform description such as OvmfPkg/OvmfPkgX64.dsc' }),
  arch: z.enum(['X64', 'IA32', 'AARCH64'], { error: 'X64, IA32 or AARCH64' }),
  'build-target': z.enum(['DEBUG', 'RELEASE', 'NOOPT'], { error: 'DEBUG, RELEASE or NOOPT' }),
  'toolchain-tag': z.string().regex(/^[A-Z0-9_]+$/, { error: 'an EDK2 toolchain tag such as GCC5 or GCC' }),
  defines: z
    .string()
    .transform(s => s.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Za-z_][\w]*(=\S*)?$/, { error: 'NAME or NAME=VALUE items' }))),
  'source-date-epoch': z
    .string()
    .regex(/^(\d+)?$/, { error: 'whole seconds since 1970, or empty for the commit time' }),
  'build-dir': z.string().regex(/^\//, { error: 'an absolute path (DEBUG images embed it)' }),
  out: z.string().min(1),
  cache: bool,
  'cache-key-prefix': z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, { error: 'letters, digits, ".", "_" and "-"' })
    .max(MAX_KEY_PREFIX_LENGTH, { error: `at most ${MAX_KEY_PREFIX_LENGTH} characters` })
})
type FirmwareInputs = z.infer<typeof schema>

export const FIRMWARE_DEFAULTS: Record<keyof FirmwareInputs, string> = {
  repository: DEFAULT_EDK2.repository,
  ref: DEFAULT_EDK2.ref,
  path: '',
  platform: 'OvmfPkg/OvmfPkgX64.dsc',
  arch: 'X64',
  'build-target': 'DEBUG',
  'toolchain-tag': 'GCC5',
  defines: '',
  'source-date-epoch': '',
  'build-dir': DEFAULT_BUILD_DIR,
  out: 'firmware',
  cache: 'true',
  'cache-key-prefix': 'svsm-build'
}

export function readFirmwareInputs(get: (n: string) => string): FirmwareInputs {
  return readValidatedInputs(schema, FIRMWARE_DEFAULTS, get)
}
