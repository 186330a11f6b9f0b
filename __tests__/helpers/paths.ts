import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const FIXTURES = join(REPO, '__tests__', 'fixtures')

/** The reference material beside the repository (../shared), or SVSM_SHARED_DIR. */
export const SHARED = resolve(process.env.SVSM_SHARED_DIR ?? join(REPO, '..', 'shared'))

/** Data from other projects: read from SHARED/testdata at test time, never committed here. */
const SHARED_TESTDATA = new Set([
  'igvm',
  'snp',
  'packit',
  'upstream-configs',
  'real-igvmbuilder',
  'veraison-sevsnp'
])

/** A file of the suite's fixtures; `fixture('igvm', ...)` and the like are SHARED/testdata's. */
export const fixture = (kind: string, ...parts: string[]) =>
  SHARED_TESTDATA.has(kind) ? join(SHARED, 'testdata', kind, ...parts) : join(FIXTURES, kind, ...parts)
