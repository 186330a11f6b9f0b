// Builds a scratch copy of the example in-process, through the engine the CLI uses.
import { Writable } from 'node:stream'
import { parseBuildArgs } from '../../src/cli/args.js'
import { builtinMeasure } from '../../src/engine/builtin-measure.js'
import { runBuild, type BuildResult } from '../../src/engine/build.js'
import { streamLogger } from '../../src/util/log.js'

export interface Built {
  result: BuildResult
  log: string
}

export async function buildIn(root: string, args: string[]): Promise<Built> {
  let log = ''
  const sink = new Writable({
    write(chunk, _enc, done) {
      log += String(chunk)
      done()
    }
  })
  const a = parseBuildArgs(['--svsm', root, ...args], process.env)!
  const result = await runBuild(a.request, {
    out: sink,
    err: sink,
    log: streamLogger(sink, sink),
    measure: builtinMeasure
  })
  return { result, log }
}
