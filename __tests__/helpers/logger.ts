// The one logger tests give the code under test: it prints nothing and keeps the warnings, so a
// test can check what was warned about (or ignore it).
import type { Logger } from '../../src/util/log.js'

export interface QuietLogger extends Logger {
  /** Every warning, in order. */
  readonly warnings: string[]
}

export function quietLogger(): QuietLogger {
  const warnings: string[] = []
  return { warnings, info: () => {}, warn: m => warnings.push(m), group: () => {}, endGroup: () => {} }
}
