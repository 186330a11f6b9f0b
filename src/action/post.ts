import { run } from './run-post.js'

await run()
// A cache upload that timed out may still hold sockets open; the job must not wait for them.
process.exit(0)
