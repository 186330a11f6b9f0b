import * as core from '@actions/core'
import { runPost } from './run-post.js'

try {
  await runPost()
} catch (e) {
  core.warning(`svsm-build post: ${(e as Error).message}`)
}
// A cache upload that timed out may still hold sockets open; the job must not wait for them.
process.exit(0)
