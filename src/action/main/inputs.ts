// Every action input, read once and validated with zod. A wrong value fails the step with the
// input's name, what was given and what is allowed.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { UsageError } from '../../util/errors.js'
import { MAX_FIRMWARE_BYTES, regularFileProblem } from '../../util/input-file.js'
import { artifactNameInput, readValidatedInputs } from '../input-helper.js'
import { IGVM_TARGETS } from '../../recipe/types.js'
import { KEY_LIMITS, MAX_KEY_PREFIX_LENGTH } from '../../cache/keys.js'

const list = (s: string) =>
  s
    .split(/[\n,]/)
    .map(x => x.trim())
    .filter(Boolean)

const bool = z
  .enum(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'], { error: 'true or false' })
  .transform(v => v.toLowerCase() === 'true')

const schema = z.object({
  recipe: z
    .string()
    .transform(list)
    .pipe(z.array(z.string()).min(1, { error: 'at least one recipe path or recipe name' })),
  'svsm-path': z.string().min(1, { error: 'a directory' }),
  targets: z
    .string()
    .transform(list)
    .pipe(z.array(z.enum(IGVM_TARGETS, { error: 'qemu, hyper-v or vanadium (comma-separated)' }))),
  release: bool,
  features: z.string().transform(list),
  'all-features': bool,
  offline: bool,
  'remap-paths': bool,
  verbose: bool,
  dialect: z.enum(['auto', 'xbuild', 'build.py'], { error: 'auto, xbuild or build.py' }),
  measure: z.enum(['igvmmeasure', 'builtin'], { error: 'igvmmeasure or builtin' }),
  toolchain: z.enum(['auto', 'skip'], { error: 'auto or skip' }),
  cache: bool,
  'cache-key-prefix': z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, { error: 'letters, digits, ".", "_" and "-"' })
    .max(MAX_KEY_PREFIX_LENGTH, {
      error: `at most ${MAX_KEY_PREFIX_LENGTH} characters (GitHub's cache keys are limited to ${KEY_LIMITS.length})`
    }),
  'save-cache': z.enum(['always', 'never', 'default-branch'], { error: 'always, never or default-branch' }),
  firmware: z.string(),
  'firmware-cache-key': z.string(),
  upload: bool,
  'artifact-name': artifactNameInput,
  'retention-days': z
    .string()
    .regex(/^(\d*)$/, { error: 'a whole number of days from 1 to 90' })
    .transform(s => (s === '' ? undefined : Number(s)))
    .pipe(
      z
        .number()
        .int()
        .min(1, { error: 'a whole number of days from 1 to 90' })
        .max(90, { error: 'a whole number of days from 1 to 90' })
        .optional()
    ),
  summary: bool,
  'local-cache-dir': z.string(),
  'local-artifact-dir': z.string()
})

export type ActionInputs = z.infer<typeof schema>
type InputName = keyof ActionInputs

/** Defaults, the same as action.yml's (tests check they agree). */
export const INPUT_DEFAULTS: Record<InputName, string> = {
  recipe: '',
  'svsm-path': '.',
  targets: '',
  release: 'false',
  features: '',
  'all-features': 'false',
  offline: 'false',
  'remap-paths': 'false',
  verbose: 'false',
  dialect: 'auto',
  measure: 'igvmmeasure',
  toolchain: 'auto',
  cache: 'true',
  'cache-key-prefix': 'svsm-build',
  'save-cache': 'default-branch',
  firmware: '',
  'firmware-cache-key': '',
  upload: 'true',
  'artifact-name': '',
  'retention-days': '',
  summary: 'true',
  'local-cache-dir': '',
  'local-artifact-dir': ''
}

/** `get` returns the raw input ('' when unset), as core.getInput does. */
export function readInputs(get: (name: string) => string): ActionInputs {
  return readValidatedInputs(schema, INPUT_DEFAULTS, get)
}

/**
 * The inputs that name files, once the workspace is known and before anything is built: a
 * `firmware` that is not a regular file of firmware size (/dev/zero, a FIFO, a folder) would reach
 * igvmbuilder. A missing one is left to the preflight, which names every missing input at once.
 */
export function checkInputFiles(inputs: Pick<ActionInputs, 'firmware'>, workspace: string): void {
  if (!inputs.firmware) return
  const path = resolve(workspace, inputs.firmware)
  if (!existsSync(path)) return
  const problem = regularFileProblem(path, MAX_FIRMWARE_BYTES)
  if (problem)
    throw new UsageError(
      `input 'firmware': expected a firmware image (a regular file of at most ${MAX_FIRMWARE_BYTES} bytes), got '${inputs.firmware}' (${problem})`
    )
}
