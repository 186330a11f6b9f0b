// `svsm-build reference-values` (the bundled CLI, a real process) on a build of the example tree:
// each format read back by its reader, where the repository came from, the refusals; then
// `verify-report --reference-values` with each published file and a Turin report of the build.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeCorim } from '../../src/reference-values/corim-decode.js'
import { parseJson } from '../../src/reference-values/json-format.js'
import { parseRvpsMessage } from '../../src/reference-values/rvps-parse.js'
import type { Measurement } from '../../src/record/schema.js'
import { buildIn } from '../helpers/recorded-build.js'
import { CLI, runCli } from '../helpers/run.js'
import { describeWith } from '../helpers/shared.js'
import { tempDir } from '../helpers/temp.js'
import { git, makeTree } from '../helpers/tree.js'
import { makeChain, pem, type TestChain } from '../snp/helpers/certs.js'
import { makeReport, TURIN_TCB } from '../snp/helpers/report.js'

/** The environment without the Actions variables a CI runner sets (GITHUB_REPOSITORY above all). */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_')))
const cli = (args: string[], env: NodeJS.ProcessEnv = ENV) => runCli(['reference-values', ...args], { env })

let dir: string
let bin: string
let records: Measurement[]
let chain: TestChain

beforeAll(async () => {
  dir = tempDir('refvals-cli-')
  const tree = makeTree({ dir })
  git(tree, 'remote', 'add', 'origin', 'https://github.com/example-org/mini-svsm.git')
  await buildIn(tree, ['configs/all-targets.json'])
  bin = join(tree, 'bin')
  records = JSON.parse(readFileSync(join(bin, 'measurements.json'), 'utf8')) as Measurement[]
  chain = await makeChain({ product: 'Turin', kind: 'VCEK', tcb: TURIN_TCB, hwId: Buffer.alloc(8, 0xab) })
}, 120_000)

describe('svsm-build reference-values', () => {
  it("writes the build's CoRIM: one triple per SEV-SNP target with its digest and policy, named after the origin remote", () => {
    const out = join(dir, 'build.corim')
    const r = cli([bin, '--out', out])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(
      `repository: example-org/mini-svsm (https://github.com/example-org/mini-svsm), from the origin remote of ${join(dir, 'svsm')}\n`
    )
    expect(r.stderr).toContain(`version: 2026.01, the git version of ${join(bin, 'measurements.json')}\n`)
    expect(r.stderr).toContain('note: TDX MRTD is not in the CoRIM')
    const v = decodeCorim(new Uint8Array(readFileSync(out)), 'build.corim')
    expect(v.id).toBe('example-org/mini-svsm@2026.01')
    expect(v.targets).toEqual(
      records.map(m => ({
        snp: { launchDigest: m.launchDigest, policy: BigInt(m.policy), guestSvn: { value: 0, match: 'min' } }
      }))
    )
    expect(v.warnings).toEqual([])
  })

  it('writes the RVPS message and the JSON to stdout, each read back to the same values', () => {
    const rvps = cli([bin, '--format', 'rvps'])
    expect(rvps.code).toBe(0)
    const m = parseRvpsMessage(rvps.stdout, 'stdout')
    expect(m.repository).toBe('github.com/example-org/mini-svsm')
    expect(m.version).toBe('2026.01')
    expect(m.targets.map(t => [t.target, t.snp?.launchDigest, t.snp?.policy])).toEqual(
      records.map(x => [x.target, x.launchDigest, BigInt(x.policy)])
    )
    // The example is built for TDX too: each target's MRTD travels in the message.
    expect(m.targets.every(t => /^[0-9A-F]{96}$/.test(t.tdxMrtd ?? ''))).toBe(true)

    const json = cli([bin, '--format', 'json', '--target', 'hyper-v'])
    expect(json.code).toBe(0)
    const hv = records.find(x => x.target === 'hyper-v')!
    expect(parseJson(json.stdout).targets).toEqual([
      expect.objectContaining({
        target: 'hyper-v',
        snp: expect.objectContaining({ launchDigest: hv.launchDigest })
      })
    ])
  })

  it('dumps the CoRIM it would write, and a CoRIM file, in readable diagnostic notation', () => {
    const r = cli([bin, '--dump', '--repository', 'example-org/mini-svsm'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^\/ unsigned CoRIM \/ 501\(\{\n {2}\/ id \/ 0: "example-org\/mini-svsm@2026\.01",/
    )
    expect(r.stdout).toContain(`/ mkey 641: MEASUREMENT /`)
    expect(r.stdout).toContain(records[0]!.launchDigest.toLowerCase())
    const file = join(dir, 'dump.corim')
    expect(cli([bin, '--out', file]).code).toBe(0)
    expect(cli([file, '--dump']).stdout).toBe(r.stdout)
  })

  it('never writes over the file it reads: a CoRIM dumped onto itself, a CoRIM onto the record', () => {
    const file = join(dir, 'self.corim')
    expect(cli([bin, '--out', file, '--repository', 'example-org/mini-svsm']).code).toBe(0)
    const corim = readFileSync(file)
    const r = cli([file, '--dump', '--out', file])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `error: --out ${file}: is the file the values are read from; nothing was written (choose another file)\n`
    )
    expect(readFileSync(file)).toEqual(corim)
    const record = join(bin, 'measurements.json')
    const before = readFileSync(record, 'utf8')
    expect(cli([bin, '--out', record, '--repository', 'example-org/mini-svsm']).code).toBe(2)
    expect(readFileSync(record, 'utf8')).toBe(before)
  })

  it('takes --repository over the origin remote, and never publishes a credential', () => {
    const r = cli([bin, '--format', 'json', '--repository', 'https://token:secret@github.com/o/r.git'])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('repository: o/r (https://github.com/o/r), from --repository\n')
    expect(r.stdout).not.toContain('secret')
    expect(JSON.parse(r.stdout).repository).toEqual({ name: 'o/r', url: 'https://github.com/o/r' })
  })

  it('names the repository of an artifact folder from GITHUB_REPOSITORY, and refuses when nothing names it', () => {
    const artifact = join(dir, 'artifact')
    mkdirSync(artifact, { recursive: true })
    copyFileSync(join(bin, 'measurements.json'), join(artifact, 'measurements.json'))
    const none = cli([artifact, '--format', 'json'])
    expect(none).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'error: reference values: repository: not known (no --repository; no svsm tree beside the record; no GITHUB_REPOSITORY); expected --repository owner/name or a repository URL\n'
    })
    const env = cli([artifact, '--format', 'json'], { ...ENV, GITHUB_REPOSITORY: 'o/r' })
    expect(env.code).toBe(0)
    expect(env.stderr).toContain('repository: o/r (https://github.com/o/r), from GITHUB_REPOSITORY\n')
  })

  it('refuses a CoRIM of a build with no SEV-SNP target, and a target the record does not have', () => {
    const native = join(dir, 'native')
    mkdirSync(native, { recursive: true })
    writeFileSync(
      join(native, 'measurements.json'),
      JSON.stringify(records.slice(0, 1).map(m => ({ ...m, platforms: ['native'], details: undefined })))
    )
    const r = cli([native, '--repository', 'o/r', '--out', join(native, 'x.corim')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /^error: reference values: targets: no target lists the "snp" platform \(found qemu: native\), expected at least one SEV-SNP target for a CoRIM\n$/m
    )
    expect(existsSync(join(native, 'x.corim'))).toBe(false)
    // The JSON still says what there is.
    expect(cli([native, '--repository', 'o/r', '--format', 'json']).code).toBe(0)
    const t = cli([native, '--repository', 'o/r', '--target', 'hyper-v'])
    expect(t).toMatchObject({
      code: 2,
      stderr: `error: --target hyper-v: ${join(native, 'measurements.json')} has no record for it (targets: qemu)\n`
    })
  })
})

describeWith(['/usr/bin/script'], 'svsm-build reference-values on a terminal', () => {
  it('does not write binary CBOR to a terminal, and says what to do', () => {
    // util-linux script(1) gives the command a pseudo-terminal as stdout; -e keeps its exit code.
    const command = [process.execPath, CLI, 'reference-values', bin, '--repository', 'o/r']
      .map(a => `'${a}'`)
      .join(' ')
    const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: ENV })
    expect(r.status).toBe(2)
    expect(r.stdout).toContain(
      'error: the CoRIM is binary CBOR and stdout is a terminal: nothing was written; pass --out FILE (or redirect stdout), or --dump to read it'
    )
    expect(r.stdout).not.toContain('\u0000')
  })
})

describe('verify-report --reference-values with the published files of the build', () => {
  const files: Record<string, string> = {}
  let report: string

  beforeAll(() => {
    for (const [format, name] of [
      ['corim', 'reference-values.corim'],
      ['rvps', 'reference-values.rvps.json'],
      ['json', 'reference-values.json']
    ] as const) {
      files[format] = join(dir, name)
      expect(cli([bin, '--format', format, '--out', files[format]!]).code).toBe(0)
    }
    files.record = join(bin, 'measurements.json')
    const qemu = records.find(m => m.target === 'qemu')!
    report = join(dir, 'turin-report.bin')
    writeFileSync(
      report,
      makeReport(
        { product: 'Turin', measurement: qemu.launchDigest, policy: BigInt(qemu.policy) },
        chain.leafKey
      )
    )
    writeFileSync(join(dir, 'vcek.pem'), pem(chain.leaf))
    writeFileSync(join(dir, 'chain.pem'), pem(chain.intermediate, chain.ark))
    writeFileSync(join(dir, 'ark.pem'), pem(chain.ark))
  })

  const verify = (values: string) =>
    runCli([
      'verify-report',
      report,
      '--reference-values',
      values,
      '--vcek',
      join(dir, 'vcek.pem'),
      '--chain',
      join(dir, 'chain.pem'),
      '--trusted-ark',
      join(dir, 'ark.pem')
    ])

  it.each(['corim', 'rvps', 'json', 'record'])(
    'a Turin report of the qemu image passes the measurement and policy checks against the %s',
    format => {
      const r = verify(files[format]!)
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/^report: version 5, Turin \(CPUID family 0x1a model 0x2\), signed by VCEK$/m)
      expect(r.stdout).toMatch(/^PASS measurement: [0-9A-F]{16}\.\.\. is the published launch digest of /m)
      expect(r.stdout).toMatch(/^PASS policy: 0x30000 equals the published policy$/m)
      expect(r.stdout.endsWith('every check holds\n')).toBe(true)
    }
  )

  it("takes a tree's bin/ (or an artifact folder) as --measurements would", () => {
    const r = verify(bin)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `published: ${join(bin, 'measurements.json')} (measurement record, 3 SEV-SNP launch digests)\n`
    )
  })

  it('names the qemu target where the format names targets', () => {
    expect(verify(files.rvps!).stdout).toMatch(/^PASS measurement: .* of target qemu \(/m)
    expect(verify(files.corim!).stdout).toMatch(
      /^PASS measurement: .* of .*reference-values\.corim, CoRIM example-org\/mini-svsm@2026\.01, reference-value triple 1$/m
    )
  })
})
