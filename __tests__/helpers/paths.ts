import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const FIXTURES = join(REPO, '__tests__', 'fixtures')
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts)
