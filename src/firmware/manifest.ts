// What a firmware build is made of: the cache key covers every input, the manifest travels with
// the images (and into the cache, and into measurement records) so a consumer can see what it got
// and rebuild it. The schema is the one contract for manifest.json.
import { z } from 'zod'
import { shortHash, type KeyContext } from '../cache/keys.js'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: '64 lowercase hex digits' })

/** How the build was made independent of when it ran (see reproducible.ts). */
const reproducibleSchema = z.strictObject({
  /** Seconds since 1970: the time every stamping tool saw. */
  sourceDateEpoch: z.number().int().nonnegative(),
  /** Where the epoch came from, e.g. `committer time of <sha>` or `--source-date-epoch`. */
  epochFrom: z.string().min(1),
  /** How it was applied to the build (a `+`-joined list of mechanisms, see reproducible.ts). */
  method: z.string().min(1)
})
export type Reproducible = z.infer<typeof reproducibleSchema>

/** The options that change the images (not the source path or the job count). */
const firmwareOptionsSchema = z.strictObject({
  platform: z.string().regex(/\.dsc$/, { error: 'a platform description (.dsc)' }),
  arch: z.string().min(1),
  target: z.enum(['DEBUG', 'RELEASE', 'NOOPT']),
  toolchainTag: z.string().min(1),
  defines: z.array(z.string()),
  buildDir: z.string().regex(/^\//, { error: 'an absolute path' })
})

export const firmwareManifestSchema = z
  .strictObject({
    repository: z.string().min(1),
    ref: z.string().min(1),
    /** The commit the ref resolved to ('unknown' for a tree that is not a git checkout). */
    commit: z.string().regex(/^([0-9a-f]{40}|unknown)$/, { error: 'a 40-digit commit SHA or "unknown"' }),
    options: firmwareOptionsSchema,
    /** First line of `gcc --version`, `nasm -v`, `iasl -v`, `python3 --version`, `make --version`. */
    toolchains: z.record(z.string(), z.string()),
    reproducible: reproducibleSchema,
    key: z.string().min(1),
    files: z
      .array(z.strictObject({ name: z.string().min(1), size: z.number().int().nonnegative(), sha256 }))
      .min(1, { error: 'at least one image' }),
    primary: z.string().min(1)
  })
  .refine(m => m.files.some(f => f.name === m.primary), {
    error: 'primary must name one of files',
    path: ['primary']
  })

export type FirmwareManifest = z.infer<typeof firmwareManifestSchema>
export type FirmwareInputs = Omit<FirmwareManifest, 'key' | 'files' | 'primary'>

/** The manifest at `where`, validated: one message naming the file and the first bad field. */
export function parseFirmwareManifest(text: string, where: string): FirmwareManifest {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new Error(`${where}: not JSON (${(e as Error).message})`)
  }
  const r = firmwareManifestSchema.safeParse(json)
  if (r.success) return r.data
  const issue = r.error.issues[0]!
  const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)'
  throw new Error(`${where}: ${path}: ${issue.message}`)
}

/**
 * -D order does not change a build; everything else does, including the epoch and the way it was
 * applied (a build without them stamps the build time, a different epoch gives other bytes).
 */
export function firmwareCacheKey(k: KeyContext, i: FirmwareInputs): string {
  const o = i.options
  const parts = {
    commit: i.commit,
    platform: o.platform,
    arch: o.arch,
    target: o.target,
    toolchainTag: o.toolchainTag,
    defines: [...o.defines].sort(),
    buildDir: o.buildDir,
    toolchains: Object.entries(i.toolchains).sort(([a], [b]) => a.localeCompare(b)),
    sourceDateEpoch: i.reproducible.sourceDateEpoch,
    method: i.reproducible.method
  }
  return `${k.prefix}-edk2-v2-${k.os}-${k.arch}-${o.platform.replace(/[^A-Za-z0-9]+/g, '_')}-${o.target}-${shortHash(JSON.stringify(parts))}`
}
