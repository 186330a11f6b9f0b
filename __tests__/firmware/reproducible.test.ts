// Reproducible firmware: the plan fixes what edk2 would take from the clock and the process, the
// epoch comes from the commit, the manifest records it, and the mechanisms do what they claim on
// the real tools (GCC's __DATE__/__TIME__, Python's str hash that edk2 picks cookies with).
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { buildEdk2, collectFirmware } from '../../src/firmware/build.js'
import { planEdk2, type Edk2Options } from '../../src/firmware/edk2.js'
import { readFirmwareInputs, type FirmwareRequest } from '../../src/firmware/inputs.js'
import { firmwareManifestSchema, parseFirmwareManifest } from '../../src/firmware/manifest.js'
import {
  chooseEpoch,
  METHOD,
  reproducibleEnv,
  stackCookieFiles,
  stackCookieJson
} from '../../src/firmware/reproducible.js'
import { missingToolsMessage } from '../../src/firmware/toolchains.js'
import { findOnPath } from '../../src/run/tools.js'
import { streamLogger } from '../../src/util/log.js'
import { git } from '../helpers/tree.js'
import { tempDir } from '../helpers/temp.js'

const EPOCH = 1739999999
const COMMIT = 'c'.repeat(40)
const o: Edk2Options = {
  source: '/src/edk2',
  buildDir: '/tmp/svsm-build/edk2',
  platform: 'OvmfPkg/OvmfPkgX64.dsc',
  arch: 'X64',
  target: 'DEBUG',
  toolchainTag: 'GCC5',
  defines: ['TPM2_ENABLE'],
  jobs: 2,
  reproducible: { commit: COMMIT, sourceDateEpoch: EPOCH }
}

/** The integers of a JSON array, exactly (64-bit values do not fit a JS number). */
const bigints = (json: string) => [...json.matchAll(/\d+/g)].map(m => BigInt(m[0]))

/** A git checkout with one commit at a fixed committer time, holding a minimal OVMF .dsc. */
function edk2Tree(committerTime: number): string {
  const dir = tempDir('edk2-')
  mkdirSync(join(dir, 'OvmfPkg'))
  mkdirSync(join(dir, 'BaseTools'))
  writeFileSync(join(dir, 'OvmfPkg', 'OvmfPkgX64.dsc'), '[Defines]\n  OUTPUT_DIRECTORY = Build/OvmfX64\n')
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir }
  const r = spawnSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'edk2'],
    { cwd: dir, env: { ...env, GIT_COMMITTER_DATE: `@${committerTime} +0000`, GIT_AUTHOR_DATE: '@1 +0000' } }
  )
  if (r.status !== 0) throw new Error(`git commit: ${r.stderr}`)
  return dir
}

const request = (source: string, epoch: FirmwareRequest['epoch'] = null): FirmwareRequest => ({
  ...o,
  source,
  repository: 'https://github.com/tianocore/edk2',
  ref: 'edk2-stable202502',
  epoch
})

describe('reproducible EDK2 plan', () => {
  const steps = planEdk2(o, 'Build/OvmfX64', '/usr/bin')

  it('runs every command with the epoch, a fixed Python hash seed and UTC', () => {
    const commands = steps.filter(s => s.kind === 'command')
    expect(commands.map(c => c.title)).toEqual([
      'Building BaseTools',
      'Building OvmfPkg/OvmfPkgX64.dsc (DEBUG_GCC5)'
    ])
    for (const c of commands)
      expect(c.env).toMatchObject({ SOURCE_DATE_EPOCH: String(EPOCH), PYTHONHASHSEED: '0', TZ: 'UTC' })
    expect(reproducibleEnv({ sourceDateEpoch: 5 })).toEqual({
      SOURCE_DATE_EPOCH: '5',
      PYTHONHASHSEED: '0',
      TZ: 'UTC',
      LC_ALL: 'C'
    })
  })

  it('writes the stack cookie lists into the platform build directory before `build` runs', () => {
    const kinds = steps.map(s => (s.kind === 'internal' ? s.op.type : s.kind))
    const writes = steps.flatMap(s => (s.kind === 'internal' && s.op.type === 'write-file' ? [s.op] : []))
    expect(writes.map(w => w.path)).toEqual([
      '/tmp/svsm-build/edk2/Build/OvmfX64/DEBUG_GCC5/StackCookieValues32.json',
      '/tmp/svsm-build/edk2/Build/OvmfX64/DEBUG_GCC5/StackCookieValues64.json'
    ])
    // After the sync (which empties the build directory), before the platform build.
    expect(kinds.indexOf('write-file')).toBeGreaterThan(kinds.indexOf('sync-dir'))
    expect(kinds.lastIndexOf('write-file')).toBeLessThan(kinds.lastIndexOf('command'))
    expect(writes.map(w => w.content)).toEqual(
      stackCookieFiles('/tmp/svsm-build/edk2/Build/OvmfX64/DEBUG_GCC5', COMMIT, EPOCH).map(f => f.content)
    )
  })

  it.each([32, 64] as const)('derives 100 %i-bit cookies in range from the commit and epoch', bits => {
    const values = bigints(stackCookieJson(bits, COMMIT, EPOCH))
    expect(values).toHaveLength(100)
    for (const v of values) expect(v < (1n << BigInt(bits)) - 1n).toBe(true)
    expect(new Set(values).size).toBe(100)
    expect(stackCookieJson(bits, COMMIT, EPOCH)).toBe(stackCookieJson(bits, COMMIT, EPOCH))
    expect(stackCookieJson(bits, 'd'.repeat(40), EPOCH)).not.toBe(stackCookieJson(bits, COMMIT, EPOCH))
    expect(stackCookieJson(bits, COMMIT, EPOCH + 1)).not.toBe(stackCookieJson(bits, COMMIT, EPOCH))
  })
})

describe('the epoch', () => {
  it("is the edk2 commit's committer time", () => {
    const dir = edk2Tree(1700000000)
    const sha = git(dir, 'rev-parse', 'HEAD')
    const { options, inputs } = readFirmwareInputs(request(dir))
    expect(inputs.reproducible).toEqual({
      sourceDateEpoch: 1700000000,
      epochFrom: `committer time of ${sha}`,
      method: METHOD
    })
    expect(inputs.commit).toBe(sha)
    expect(options.reproducible).toEqual({ commit: sha, sourceDateEpoch: 1700000000 })
  })

  it('can be given explicitly, and a bad value is named with where it came from', () => {
    const dir = edk2Tree(1700000000)
    expect(
      readFirmwareInputs(request(dir, { value: '42', from: '--source-date-epoch' })).inputs.reproducible
    ).toEqual({ sourceDateEpoch: 42, epochFrom: '--source-date-epoch', method: METHOD })
    expect(() => chooseEpoch({ value: 'yesterday', from: 'SOURCE_DATE_EPOCH' }, COMMIT, '1')).toThrow(
      'SOURCE_DATE_EPOCH: "yesterday" is not an epoch (expected whole seconds since 1970, e.g. 1739999999)'
    )
  })

  it('is required for a tree that is not a git checkout', () => {
    const dir = tempDir('not-git-')
    expect(() => readFirmwareInputs(request(dir))).toThrow(
      /not a git checkout, so it has no commit time to build at: pass --source-date-epoch <seconds>/
    )
    expect(readFirmwareInputs(request(dir, { value: '7', from: 'SOURCE_DATE_EPOCH' })).inputs.commit).toBe(
      'unknown'
    )
  })
})

describe('the manifest', () => {
  const dir = edk2Tree(1700000000)
  const { inputs } = readFirmwareInputs(request(dir))
  const fv = tempDir('fv-')
  writeFileSync(join(fv, 'OVMF.fd'), 'ovmf')
  const m = collectFirmware(fv, join(fv, 'out'), { ...inputs, key: 'k' })

  it('validates and records the epoch and how it was applied', () => {
    expect(firmwareManifestSchema.parse(m)).toEqual(m)
    expect(m.reproducible).toEqual(inputs.reproducible)
    expect(m.reproducible.method).toBe(METHOD)
  })

  it('rejects a manifest without them, naming the field', () => {
    const { reproducible: _r, ...without } = m
    expect(() => parseFirmwareManifest(JSON.stringify(without), 'fw/manifest.json')).toThrow(
      /^fw\/manifest\.json: reproducible: /
    )
    const badEpoch = { ...m, reproducible: { ...m.reproducible, sourceDateEpoch: -1 } }
    expect(() => parseFirmwareManifest(JSON.stringify(badEpoch), 'm.json')).toThrow(
      /^m\.json: reproducible\.sourceDateEpoch: /
    )
    expect(() => parseFirmwareManifest(JSON.stringify({ ...m, primary: 'X.fd' }), 'm.json')).toThrow(
      'm.json: primary: primary must name one of files'
    )
    expect(() => parseFirmwareManifest('{', 'm.json')).toThrow(/^m\.json: not JSON/)
  })
})

describe('missing build tools', () => {
  it('are named in one message with the packages to install', () => {
    const bin = tempDir('bin-')
    for (const t of ['gcc', 'g++', 'make', 'python3']) writeFileSync(join(bin, t), '', { mode: 0o755 })
    expect(missingToolsMessage(bin, join(bin, 'uuid.h'))).toBe(
      `the EDK2 build needs nasm, iasl, ${join(bin, 'uuid.h')} (not found): install them with \`sudo apt-get install -y nasm acpica-tools uuid-dev\``
    )
    writeFileSync(join(bin, 'uuid.h'), '')
    for (const t of ['nasm', 'iasl']) writeFileSync(join(bin, t), '', { mode: 0o755 })
    expect(missingToolsMessage(bin, join(bin, 'uuid.h'))).toBeNull()
  })

  const make = findOnPath('make')
  ;(make ? it : it.skip)('are named when a build step fails', async () => {
    // A tree whose BaseTools build fails, run with a PATH that has make and nothing else of edk2's.
    const dir = edk2Tree(1700000000)
    writeFileSync(join(dir, 'BaseTools', 'Makefile'), 'all:\n\t@echo no compiler here >&2; exit 3\n')
    const bin = tempDir('bin-')
    symlinkSync(make!, join(bin, 'make'))
    const saved = process.env.PATH
    process.env.PATH = bin
    const sink = new PassThrough().resume()
    const log = streamLogger(sink, sink)
    try {
      const build = buildEdk2(
        { ...o, source: dir, buildDir: join(tempDir('edk2-build-'), 'build') },
        { log, out: sink, err: sink }
      )
      await expect(build).rejects.toThrow(
        /^step edk2\/basetools \(Building BaseTools\) failed: `make -C BaseTools -j2` exited with code 2; the EDK2 build needs gcc, g\+\+, nasm, iasl, python3.* \(not found\): install them with `sudo apt-get install -y gcc g\+\+ nasm acpica-tools python3.*`\n--- last lines of its stderr ---\n.*no compiler here/s
      )
    } finally {
      process.env.PATH = saved
    }
  })
})

// The real tools: what GCC makes of __DATE__/__TIME__, and how Python (edk2's AutoGen) picks a
// module's cookie, under the build environment, in separate processes at different times.
const gcc = findOnPath('gcc')
const python3 = findOnPath('python3')
;(gcc ? describe : describe.skip)(`GCC under the build environment${gcc ? '' : ' (skipped: no gcc)'}`, () => {
  it('expands __DATE__ and __TIME__ to the epoch, not the clock', () => {
    const run = () =>
      spawnSync(gcc!, ['-E', '-P', '-x', 'c', '-'], {
        input: 'const char *d = __DATE__, *t = __TIME__;\n',
        encoding: 'utf8',
        env: { ...process.env, ...reproducibleEnv({ sourceDateEpoch: EPOCH }) }
      }).stdout.trim()
    const at = new Date(EPOCH * 1000)
    const month = at.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
    const day = String(at.getUTCDate()).padStart(2, ' ')
    const time = at.toISOString().slice(11, 19)
    expect(run()).toBe(`const char *d = "${month} ${day} ${at.getUTCFullYear()}", *t = "${time}";`)
  })
})
;(python3 ? describe : describe.skip)(
  `Python under the build environment${python3 ? '' : ' (skipped: no python3)'}`,
  () => {
    it("reads our cookie list and picks a module's cookie the same way in every process", () => {
      const dir = tempDir('cookies-')
      const [file] = stackCookieFiles(dir, COMMIT, EPOCH).slice(1)
      writeFileSync(file!.path, file!.content)
      // What edk2's GenC does: json.load the list, index it with hash(FILE_GUID string).
      const pick = (env: NodeJS.ProcessEnv) =>
        spawnSync(
          python3!,
          [
            '-c',
            'import json,sys; v=json.load(open(sys.argv[1])); print(v[hash(sys.argv[2]) % len(v)])',
            file!.path,
            '7E374E25-8E01-4FEE-87F2-390C23C606CD'
          ],
          { encoding: 'utf8', env }
        ).stdout.trim()
      const env = { ...process.env, ...reproducibleEnv({ sourceDateEpoch: EPOCH }) }
      const first = pick(env)
      expect(bigints(file!.content)).toContainEqual(BigInt(first))
      expect(pick(env)).toBe(first)
    })
  }
)
