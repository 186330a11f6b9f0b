// A build told to stop (Ctrl-C, a cancelled CI job) and two builds of one tree at once, with the
// bundled CLI on a scratch copy of examples/mini-svsm: real cargo, real signals. The signal goes
// to the svsm-build process alone, as GitHub's runner sends it; svsm-build passes it on.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { dirname, join } from 'node:path'
import { LOCK_FILE } from '../../src/engine/lock.js'
import { findOnPath } from '../../src/run/tools.js'
import { CLI, runCli } from '../helpers/run.js'
import { tempDir } from '../helpers/temp.js'
import { makeTree } from '../helpers/tree.js'

interface Proc {
  pid: number
  ppid: number
  pgid: number
  comm: string
  zombie: boolean
}

/** Every process on the machine, from /proc (Linux). */
function processes(): Proc[] {
  const out: Proc[] = []
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8')
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      out.push({ pid: Number(d), ppid: Number(ppid), pgid: Number(pgid), comm, zombie: state === 'Z' })
    } catch {
      // It ended while we looked.
    }
  }
  return out
}

function descendants(pid: number): Proc[] {
  const all = processes()
  const found: Proc[] = []
  const walk = (p: number) =>
    all.filter(c => c.ppid === p && !c.zombie).forEach(c => (found.push(c), walk(c.pid)))
  walk(pid)
  return found
}

/**
 * Where the stand-ins under a build (the cargo and rustc wrappers below) say that they run: each
 * appends its pid to a file here, a change this test is told of (inotify): it never polls.
 */
const ANNOUNCED = tempDir('cli-signals-')
const watcher = watch(ANNOUNCED)
afterAll(() => watcher.close())
/** A fresh announcement file, and the pids written to it so far. */
function announcements(name: string): { file: string; pids: () => number[] } {
  const file = join(ANNOUNCED, name)
  writeFileSync(file, '')
  return { file, pids: () => readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number) }
}

interface Running {
  child: ChildProcess
  stderr: () => string
  exit: Promise<number | null>
  /** Fires when the build writes output or a stand-in under it announces itself. */
  progress: EventEmitter
}

/** `child`'s output and the announcements, as one 'progress' event. */
function progressOf(child: ChildProcess): EventEmitter {
  const progress = new EventEmitter()
  const fire = () => progress.emit('progress')
  child.stdout?.on('data', fire)
  child.stderr?.on('data', fire)
  watcher.on('change', fire)
  child.on('close', () => watcher.off('change', fire))
  return progress
}

function startBuild(root: string, args: string[], env: NodeJS.ProcessEnv = process.env): Running {
  const child = spawn(process.execPath, [CLI, 'build', '--svsm', root, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let err = ''
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()))
  const exit = new Promise<number | null>(r => child.on('close', code => r(code)))
  return { child, stderr: () => err, exit, progress: progressOf(child) }
}

/**
 * Waits until `probe` gives something, looking again at each sign of progress (output, an
 * announcement): never on a timer. Fails loudly when the build ends first, or after `ms`.
 */
function until<T>(
  what: string,
  b: Pick<Running, 'child' | 'progress'>,
  probe: () => T | undefined | false,
  ms = 500_000
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (end: () => void) => {
      clearTimeout(timer)
      b.progress.off('progress', look)
      b.child.off('exit', ended)
      end()
    }
    function look(): boolean {
      const v = probe()
      if (v) finish(() => resolve(v))
      return Boolean(v)
    }
    function ended(code: number | null, signal: NodeJS.Signals | null) {
      if (!look())
        finish(() => reject(new Error(`${what}: never seen; the build ended first (exit ${code ?? signal})`)))
    }
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for ${what}`))), ms)
    b.progress.on('progress', look)
    b.child.once('exit', ended)
    if (b.child.exitCode !== null || b.child.signalCode !== null) ended(b.child.exitCode, b.child.signalCode)
    else look()
  })
}

/**
 * A RUSTC_WRAPPER that announces each compile, then becomes the real rustc. Named rustc, so that
 * /proc names it rustc from its start, before its exec as after.
 */
function announcingRustc(dir: string, file: string): string {
  mkdirSync(dir, { recursive: true })
  const wrapper = join(dir, 'rustc')
  writeFileSync(
    wrapper,
    `#!/bin/sh\ncase " $* " in *" --crate-name ___ "*) ;; *" --crate-name "*) echo $$ >> ${file};; esac\nexec "$@"\n`
  )
  chmodSync(wrapper, 0o755)
  return wrapper
}

/**
 * Every process of the build's tree and of their process groups has ended. The test's own group
 * is not the build's: a child that was not detached (a `rustc -vV` read beside the steps) shares it.
 */
function allGone(seen: Proc[]) {
  const own = processes().find(p => p.pid === process.pid)?.pgid
  const groups = new Set(seen.map(p => p.pgid).filter(g => g !== own))
  const pids = new Set(seen.map(p => p.pid))
  return processes().filter(p => !p.zombie && (pids.has(p.pid) || groups.has(p.pgid)))
}

const results = (root: string) =>
  existsSync(join(root, 'bin'))
    ? readdirSync(join(root, 'bin')).filter(f => f.endsWith('.igvm') || f === 'measurements.json')
    : []

const running: ChildProcess[] = []
afterAll(() => running.forEach(c => c.exitCode === null && c.kill('SIGKILL')))

describe('svsm-build stopped by a signal', () => {
  const root = makeTree()

  it('SIGINT mid-cargo: a second build is refused meanwhile; then the process tree is gone, no result, exit 130', async () => {
    const rustc = announcements('rustc')
    const b = startBuild(root, ['--targets', 'qemu', 'configs/qemu-target.json'], {
      ...process.env,
      RUSTC_WRAPPER: announcingRustc(join(dirname(root), 'announcing-rustc'), rustc.file)
    })
    running.push(b.child)
    const lock = join(root, LOCK_FILE)
    await until('the lock file', b, () => existsSync(lock))

    // A second build of the same tree at once refuses at once and names the first.
    const second = runCli(['build', '--svsm', root, 'configs/qemu-target.json'])
    expect(second.code).toBe(1)
    expect(second.stderr).toContain(
      `error: another build of ${root} is running: pid ${b.child.pid} on ${hostname()}, started `
    )
    expect(second.stderr).toContain(`svsm-build build --svsm ${root} --targets qemu configs/qemu-target.json`)
    expect(second.stderr).toContain(`if it is gone, remove ${lock}`)

    // Mid-cargo: rustc runs under cargo.
    const tree = await until('rustc under cargo', b, () => {
      const d = descendants(b.child.pid!)
      const compiling = rustc.pids()
      return (
        d.some(p => p.comm === 'rustc' && compiling.includes(p.pid)) && d.some(p => p.comm === 'cargo') && d
      )
    })
    b.child.kill('SIGINT')
    expect(await b.exit).toBe(130)
    // Mid-cargo: whichever cargo step rustc was seen under (the kernel's, most likely).
    expect(b.stderr()).toMatch(/error: interrupted by SIGINT at step \S+ \(.*\), while `cargo build /)
    expect(b.stderr()).toContain('no IGVM file or measurements.json was kept')
    expect(allGone(tree)).toEqual([])
    expect(results(root)).toEqual([])
    expect(existsSync(lock)).toBe(false)
  }, 300_000)

  it('SIGTERM after this run made an IGVM file: it is removed too, exit 143; a dead lock is taken over', async () => {
    // A cargo that hangs when asked for igvmmeasure, the step right after the IGVM file is made.
    const wrappers = join(dirname(root), 'slow-cargo')
    mkdirSync(wrappers, { recursive: true })
    const cargo = findOnPath('cargo')!
    const slow = announcements('slow-cargo')
    writeFileSync(
      join(wrappers, 'cargo'),
      `#!/bin/sh\ncase " $* " in *" --package igvmmeasure "*) echo $$ >> ${slow.file}; sleep 600; exit 1;; esac\nexec ${cargo} "$@"\n`
    )
    chmodSync(join(wrappers, 'cargo'), 0o755)
    const dead = Number(
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout
    )
    mkdirSync(join(root, 'bin'), { recursive: true })
    writeFileSync(
      join(root, LOCK_FILE),
      JSON.stringify({
        pid: dead,
        host: hostname(),
        started: '2026-01-01T00:00:00.000Z',
        command: 'svsm-build build old.json'
      })
    )

    const b = startBuild(root, ['--targets', 'qemu', 'configs/qemu-target.json'], {
      ...process.env,
      PATH: `${wrappers}:${process.env.PATH}`
    })
    running.push(b.child)
    const tree = await until('igvmmeasure being built after the IGVM file', b, () => {
      const d = descendants(b.child.pid!)
      const sleeping = slow.pids()
      return existsSync(join(root, 'bin', 'coconut-qemu.igvm')) && d.some(p => sleeping.includes(p.pid)) && d
    })
    expect(b.stderr()).toContain(
      `${LOCK_FILE}: taking over the lock of pid ${dead} (started 2026-01-01T00:00:00.000Z: svsm-build build old.json); that process is no longer running`
    )
    b.child.kill('SIGTERM')
    expect(await b.exit).toBe(143)
    expect(b.stderr()).toContain('error: interrupted by SIGTERM at step helpers/igvmmeasure')
    expect(allGone(tree)).toEqual([])
    expect(results(root)).toEqual([])
    expect(existsSync(join(root, LOCK_FILE))).toBe(false)
  }, 600_000)
})

describe("the action's main step cancelled as GitHub cancels it", () => {
  it('SIGINT, then SIGTERM to a command that ignores SIGINT: the tree is gone, no result, no outputs, exit 130', async () => {
    const root = makeTree()
    const workspace = dirname(root)
    const output = join(workspace, 'github-output')
    writeFileSync(output, '')
    // The kernel's cargo, here a command that ignores SIGINT (so SIGTERM must end it).
    const wrappers = join(workspace, 'deaf-cargo')
    const deaf = announcements('deaf-cargo')
    mkdirSync(wrappers, { recursive: true })
    writeFileSync(
      join(wrappers, 'cargo'),
      `#!/bin/sh\ncase " $* " in *" --package svsm "*) trap '' INT; echo $$ >> ${deaf.file}; sleep 600; exit 1;; esac\nexec ${findOnPath('cargo')} "$@"\n`
    )
    chmodSync(join(wrappers, 'cargo'), 0o755)
    // This environment minus the runner's own variables (the local backends are used).
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(INPUT|STATE|ACTIONS|GITHUB)_/.test(k))
    )
    const inputs = {
      recipe: 'configs/qemu-target.json',
      'svsm-path': 'svsm',
      toolchain: 'skip',
      cache: 'false'
    }
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
    const child = spawn(process.execPath, [join(dirname(CLI), '..', 'main', 'index.js')], {
      cwd: workspace,
      env: {
        ...env,
        PATH: `${wrappers}:${process.env.PATH}`,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output
      },
      stdio: ['ignore', 'pipe', 'ignore']
    })
    running.push(child)
    let out = ''
    child.stdout!.on('data', (b: Buffer) => (out += b.toString()))
    const exit = new Promise<number | null>(r => child.on('close', code => r(code)))
    const b = { child, progress: progressOf(child) }
    const tree = await until('the kernel step', b, () => {
      const d = descendants(child.pid!)
      const deafened = deaf.pids()
      return d.some(p => deafened.includes(p.pid)) && d
    })
    child.kill('SIGINT')
    await until('the SIGINT noted', b, () => out.includes('SIGINT received'))
    child.kill('SIGTERM')
    expect(await exit).toBe(130)
    expect(out).toContain('::warning::SIGINT received: stopping the running commands')
    expect(out).toContain('::warning::SIGTERM received again: killing the running commands')
    expect(out).toContain('::error::interrupted by SIGINT at step qemu-target:kernel/svsm/cargo')
    expect(allGone(tree)).toEqual([])
    expect(results(root)).toEqual([])
    expect(existsSync(join(root, LOCK_FILE))).toBe(false)
    expect(readFileSync(output, 'utf8')).toBe('')
  }, 300_000)
})
