#!/usr/bin/env node
// The long fuzz run of the IGVM reader (the jest suite runs a bounded one): mutations of the shared
// vectors and of the corpus, and fresh random files, through parse, measure, the inventory, the TDX
// MRTD and igvmmeasure's emulation. Inputs run in a child process; one that makes no progress for
// --hang-ms is a hang: the child is killed and the run goes on from the next input. Every crash or
// hang is written to --out as fuzz-<seed>-<i>.igvm (add it to the corpus to keep it fixed).
//   node --import tsx scripts/fuzz-igvm.mjs [--seed N] [--iterations N | --seconds S]
//        [--hang-ms 10000] [--stream-every 16] [--out DIR]
//   node --import tsx scripts/fuzz-igvm.mjs --write-corpus
// Vectors come from $SVSM_SHARED_DIR/testdata/igvm (default ../shared); the run says when absent.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fork } from 'node:child_process'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const fuzzDir = join(repo, '__tests__', 'igvm', 'fuzz')
const { CORPUS_DIR, SEEDS, corpusFiles, igvmFilesIn } = await import(join(fuzzDir, 'corpus.ts'))
const { crashClasses, fuzz, fuzzInput } = await import(join(fuzzDir, 'run.ts'))
const vectorDir = join(resolve(process.env.SVSM_SHARED_DIR ?? join(repo, '..', 'shared')), 'testdata', 'igvm')
const bases = () => [...igvmFilesIn(vectorDir), ...corpusFiles().map(([, b]) => b)]

if (process.argv[2] === '--child') {
  // A slice of the run: progress before each input, the crashes and counts at the end.
  const [seed, from, iterations, streamEvery] = process.argv.slice(3).map(Number)
  fuzz({
    seed,
    from,
    iterations,
    bases: bases(),
    streamEvery,
    onInput: i => process.send({ input: i }),
    onResult: (i, r, ms) =>
      process.send({
        done: i,
        ms,
        ...(typeof r === 'string' ? { outcome: r } : { stage: r.stage, error: r.error })
      })
  })
  process.send({ end: true }, () => process.exit(0))
} else {
  const args = process.argv.slice(2)
  const opt = (name, dflt) => {
    const at = args.indexOf(name)
    return at < 0 ? dflt : args.splice(at, 2)[1]
  }
  if (args.includes('--write-corpus')) {
    mkdirSync(CORPUS_DIR, { recursive: true })
    for (const [name, make] of Object.entries(SEEDS)) writeFileSync(join(CORPUS_DIR, `${name}.igvm`), make())
    console.log(`wrote ${Object.keys(SEEDS).length} files to ${CORPUS_DIR}`)
    process.exit(0)
  }
  const seed = Number(opt('--seed', '1'))
  const seconds = Number(opt('--seconds', '0'))
  const iterations = Number(opt('--iterations', seconds > 0 ? String(2 ** 31) : '20000'))
  const hangMs = Number(opt('--hang-ms', '10000'))
  const streamEvery = Number(opt('--stream-every', '16'))
  const out = resolve(opt('--out', join(repo, 'tmp', 'fuzz')))
  if (args.length > 0) {
    console.error(`unexpected arguments: ${args.join(' ')}`)
    process.exit(2)
  }
  const vectors = igvmFilesIn(vectorDir).length
  console.log(
    `seed ${seed}; bases: ${vectors} vectors from ${vectorDir}${vectors === 0 ? ' (absent: mutating the corpus only)' : ''}, ${corpusFiles().length} corpus files`
  )
  const total = {
    iterations: 0,
    accepted: 0,
    refused: 0,
    streamed: 0,
    crashes: [],
    hangs: [],
    slowest: { ms: 0, i: -1 }
  }
  const t0 = Date.now()
  const deadline = seconds > 0 ? t0 + seconds * 1000 : Infinity
  const save = (kind, i) => {
    mkdirSync(out, { recursive: true })
    const path = join(out, `fuzz-${seed}-${i}.igvm`)
    writeFileSync(path, fuzzInput(seed, i, bases()))
    return `${kind} at input ${i}: ${path}`
  }
  const progress = () =>
    console.log(
      `${total.iterations} inputs, ${total.accepted} accepted, ${total.refused} refused, ${total.crashes.length} crashes, ${total.hangs.length} hangs, ${((Date.now() - t0) / 1000).toFixed(1)} s`
    )
  let next = 0
  const end = iterations
  while (next < end && Date.now() < deadline) {
    const slice = Math.min(end - next, 2000)
    const from = next
    const result = await new Promise(done => {
      const w = fork(
        fileURLToPath(import.meta.url),
        ['--child', seed, from, slice, streamEvery].map(String),
        {
          execArgv: process.execArgv
        }
      )
      let current = from
      let last = Date.now()
      const watchdog = setInterval(() => {
        if (Date.now() - last > hangMs) {
          clearInterval(watchdog)
          w.kill('SIGKILL')
          done({ hang: current })
        }
      }, 250)
      w.on('message', m => {
        last = Date.now()
        if ('input' in m) current = m.input
        else if ('done' in m) {
          total.iterations++
          if (m.ms > total.slowest.ms) total.slowest = { ms: m.ms, i: m.done }
          if (m.outcome) total[m.outcome]++
          else {
            total.crashes.push(m)
            console.log(`${save('crash', m.done)} ${m.error}`)
          }
          if (m.done % streamEvery === 0) total.streamed++
          if (total.iterations % 1000 === 0) progress()
        } else {
          clearInterval(watchdog)
          done({ end: true })
        }
      })
      w.on('exit', (code, signal) => {
        clearInterval(watchdog)
        done({ error: new Error(`the child exited with ${signal ?? code}`), at: current })
      })
    })
    if (result.hang !== undefined || result.error) {
      const at = result.hang ?? result.at
      total.hangs.push(at)
      total.iterations++
      console.log(result.error ? `${save('child died', at)} (${result.error.message})` : save('hang', at))
      next = at + 1
      continue
    }
    next = from + slice
  }
  if (total.iterations % 1000 !== 0) progress()
  const classes = crashClasses(total.crashes)
  console.log(
    JSON.stringify(
      {
        seed,
        inputs: total.iterations,
        accepted: total.accepted,
        refused: total.refused,
        streamed: total.streamed,
        crashes: total.crashes.length,
        crashClasses: Object.fromEntries(classes),
        hangs: total.hangs.length,
        slowestMs: Math.round(total.slowest.ms),
        slowestInput: total.slowest.i,
        seconds: (Date.now() - t0) / 1000
      },
      null,
      2
    )
  )
  process.exit(total.crashes.length + total.hangs.length > 0 ? 1 : 0)
}
