import * as core from '@actions/core'
import { runMain } from './run-main.js'

try {
  await runMain()
} catch (e) {
  core.setFailed((e as Error).message)
}
