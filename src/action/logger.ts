import * as core from '@actions/core'
import type { Logger } from '../util/log.js'

/** The engine's messages as GitHub log lines: groups fold, warnings become annotations. */
export const coreLogger: Logger = {
  info: m => core.info(m),
  warn: m => core.warning(m),
  group: t => core.startGroup(t),
  endGroup: () => core.endGroup()
}
