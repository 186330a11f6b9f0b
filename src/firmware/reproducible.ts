// What makes two cold EDK2 builds of one commit give the same bytes, without touching the edk2
// tree: everything that would otherwise vary with the run is fixed from outside.
//  - Stack cookies: `build` (edk2 2024-11 on) draws 100 random 32- and 64-bit values into
//    <BuildDir>/StackCookieValues{32,64}.json unless those files exist, and modules linked with
//    StackCheckLib (CUSTOM_STACK_CHECK_LIB=STATIC or DYNAMIC) carry one as __stack_chk_guard's
//    initial value. We write them first, derived from the commit and the epoch. They were never
//    secret for a published image anyway: the value sits in the image for anyone to read.
//  - PYTHONHASHSEED: Python randomises str hashes per process, and AutoGen follows them: it
//    picks each module's cookie by `hash(FILE_GUID)`, and the order it visits modules in decides
//    the size of some VOID* PCD arrays (the first module to set it wins). Measured on edk2
//    2025.02: IScsiDxe's PcdEntryPointOverrideDefaultValue "no" came out 3 or 4 bytes, one byte
//    of IScsiDxe.efi and 455,526 bytes of the compressed OVMF.fd. A fixed seed fixes the order
//    within one AutoGen worker; edk2.ts runs a single worker (`-n 1`), since with several, which
//    worker gets which module first varies from run to run. The pick depends on the Python
//    version, which the manifest records.
//  - SOURCE_DATE_EPOCH: GCC uses it for __DATE__/__TIME__; TZ=UTC and LC_ALL=C so nothing
//    formats a time or sorts by locale differently.
// GenFw stamps time(NULL) while converting ELF to PE/COFF, but clears the stamp again before it
// writes the -e/-t image, so it needs no wrapper (bench/ovmf shows the images equal).
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { Reproducible } from './manifest.js'

/** The mechanisms applied, in the manifest's `reproducible.method`. */
export const METHOD =
  'SOURCE_DATE_EPOCH+PYTHONHASHSEED=0+TZ=UTC+stack-cookies=sha256(commit,epoch)+autogen-workers=1'

const COOKIE_FILES = { 32: 'StackCookieValues32.json', 64: 'StackCookieValues64.json' } as const
const COOKIE_COUNT = 100

/** The environment every build command gets. */
export function reproducibleEnv(r: Pick<Reproducible, 'sourceDateEpoch'>): Record<string, string> {
  return {
    SOURCE_DATE_EPOCH: String(r.sourceDateEpoch),
    PYTHONHASHSEED: '0',
    TZ: 'UTC',
    LC_ALL: 'C'
  }
}

/**
 * The cookie list edk2 would draw at random, as the JSON it reads: value i is the first 8 bytes of
 * sha256("edk2 stack cookie <bits> <commit> <epoch> <i>"), below 2^bits - 1 like `randbelow`.
 */
export function stackCookieJson(bits: 32 | 64, commit: string, epoch: number): string {
  const limit = (1n << BigInt(bits)) - 1n
  const values: string[] = []
  for (let i = 0; i < COOKIE_COUNT; i++) {
    const h = createHash('sha256').update(`edk2 stack cookie ${bits} ${commit} ${epoch} ${i}`).digest()
    values.push(String(h.readBigUInt64BE(0) % limit))
  }
  return `[${values.join(', ')}]`
}

/** The two cookie files for the platform build directory (<build dir>/<OUTPUT_DIRECTORY>/<T>_<TAG>). */
export function stackCookieFiles(
  platformBuildDir: string,
  commit: string,
  epoch: number
): { path: string; content: string }[] {
  return ([32, 64] as const).map(bits => ({
    path: join(platformBuildDir, COOKIE_FILES[bits]),
    content: stackCookieJson(bits, commit, epoch)
  }))
}

/**
 * The epoch: an explicit one (flag or SOURCE_DATE_EPOCH) wins, else the commit's committer time.
 * `commitTime` is what `git log -1 --format=%ct` printed ('' when the tree is not a checkout).
 */
export function chooseEpoch(
  explicit: { value: string; from: string } | null,
  commit: string,
  commitTime: string
): Pick<Reproducible, 'sourceDateEpoch' | 'epochFrom'> {
  if (explicit) {
    if (!/^\d+$/.test(explicit.value.trim()))
      throw new Error(
        `${explicit.from}: "${explicit.value}" is not an epoch (expected whole seconds since 1970, e.g. 1739999999)`
      )
    return { sourceDateEpoch: Number(explicit.value.trim()), epochFrom: explicit.from }
  }
  if (/^\d+$/.test(commitTime.trim()) && /^[0-9a-f]{40}$/.test(commit))
    return { sourceDateEpoch: Number(commitTime.trim()), epochFrom: `committer time of ${commit}` }
  throw new Error(
    `the edk2 tree is not a git checkout, so it has no commit time to build at: pass --source-date-epoch <seconds> (or set SOURCE_DATE_EPOCH)`
  )
}
