// The bundled action (dist/main, dist/post) as real processes through @actions/core's file
// protocol, on scratch copies of examples/mini-svsm, with the local cache and artifact backends.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction } from '../helpers/actions-runtime.js'
import { git, makeTree } from '../helpers/tree.js'
import { tempDir } from '../helpers/temp.js'

const scratch = tempDir('svsm-action-')
const cacheDir = join(scratch, 'cache')

// One CARGO_HOME path for every job, as a runner has (~/.cargo), emptied before each job: the
// example's registry crates are compiled from under it, so their paths are in the images and in
// cargo's fingerprints.
const cargoHome = join(scratch, 'cargo-home')

function job(
  name: string,
  inputs: Record<string, string> = {},
  o: { legacy?: boolean; env?: Record<string, string> } = {}
) {
  const workspace = join(scratch, name)
  makeTree({ dir: workspace, ...(o.legacy ? { legacy: true } : {}) })
  rmSync(cargoHome, { recursive: true, force: true })
  return {
    workspace,
    inputs: {
      recipe: 'configs/qemu-target.json',
      'svsm-path': 'svsm',
      toolchain: 'skip',
      'save-cache': 'always',
      'local-cache-dir': cacheDir,
      'local-artifact-dir': join(workspace, 'artifacts'),
      ...inputs
    },
    env: { CARGO_HOME: cargoHome, ...o.env }
  }
}

describe('the action, cold then warm', () => {
  // The repository the reference values name: the tree has no origin remote, so the run's own.
  const first = job(
    'ws1',
    {},
    { env: { GITHUB_REPOSITORY: 'example-org/mini-svsm', GITHUB_SERVER_URL: 'https://github.com' } }
  )
  const run1 = runAction(first, 'cold')

  it('builds, measures and publishes outputs, summary and an artifact', () => {
    expect(run1.main.stdout).not.toContain('::error::')
    expect(run1.main.code).toBe(0)
    const o = run1.main.outputs
    const ms = JSON.parse(o.measurements!) as { target: string; launchDigest: string; igvm: string }[]
    expect(ms).toHaveLength(1)
    expect(JSON.parse(o.digests!)).toEqual({ qemu: ms[0]!.launchDigest })
    expect(JSON.parse(o['igvm-files']!)).toEqual([join(first.workspace, 'svsm', 'bin', 'coconut-qemu.igvm')])
    expect(o['cache-hit']).toBe('miss')
    expect(o['git-version']).toBe('2026.01')
    expect(o['artifact-url']).toMatch(/^file:\/\//)
    expect(run1.main.summary).toContain(ms[0]!.launchDigest)
    expect(run1.main.summary).toContain('| Target | IGVM file |')
  })

  it('writes the reference values next to measurements.json, gives their paths and links them in the summary', () => {
    const bin = join(first.workspace, 'svsm', 'bin')
    expect(JSON.parse(run1.main.outputs['reference-values']!)).toEqual({
      corim: join(bin, 'reference-values.corim'),
      rvps: join(bin, 'reference-values.rvps.json'),
      json: join(bin, 'reference-values.json')
    })
    expect(run1.main.stdout).toContain(
      'reference values of example-org/mini-svsm (https://github.com/example-org/mini-svsm, from GITHUB_REPOSITORY) at 2026.01'
    )
    const [record] = JSON.parse(run1.main.outputs.measurements!) as { launchDigest: string }[]
    const json = JSON.parse(readFileSync(join(bin, 'reference-values.json'), 'utf8'))
    expect(json.targets[0].snp.launchDigest).toBe(record!.launchDigest)
    expect(run1.main.summary).toMatch(
      /^\*\*Reference values\*\* for verifiers .*\n- in artifact \[svsm-igvm-qemu-target-qemu-debug-[0-9a-f]{8}\]\(file:.*\): <code>reference-values\.corim<\/code> \(CoRIM for Veraison's SEV-SNP scheme\), <code>reference-values\.rvps\.json<\/code> \(Trustee RVPS message\), <code>reference-values\.json<\/code> \(plain JSON\)$/m
    )
  })

  it('uploads the IGVM file with measurements, plan and a correct SHA256SUMS', () => {
    const dirs = readdirSync(join(first.workspace, 'artifacts'))
    expect(dirs).toHaveLength(1)
    expect(dirs[0]).toMatch(/^svsm-igvm-qemu-target-qemu-debug-[0-9a-f]{8}$/)
    const art = join(first.workspace, 'artifacts', dirs[0]!)
    expect(readdirSync(art).sort()).toEqual([
      'SHA256SUMS',
      'coconut-qemu.igvm',
      'measurements.json',
      'plan.json',
      'reference-values.corim',
      'reference-values.json',
      'reference-values.rvps.json'
    ])
    for (const line of readFileSync(join(art, 'SHA256SUMS'), 'utf8').trim().split('\n')) {
      const [sum, name] = line.split(/\s+/)
      expect(
        createHash('sha256')
          .update(readFileSync(join(art, name!)))
          .digest('hex')
      ).toBe(sum)
    }
  })

  it('saves the caches in post', () => {
    expect(run1.post?.code).toBe(0)
    expect(run1.post?.stdout).toMatch(/target cache saved as svsm-build-target-v1-Linux-X64-/)
    expect(readdirSync(cacheDir).some(d => decodeURIComponent(d).startsWith('svsm-build-target-'))).toBe(true)
  })

  const second = job('ws2')
  const run2 = runAction(second, 'warm')

  it('restores them exactly in a fresh clone, and cargo compiles nothing', () => {
    expect(run2.main.code).toBe(0)
    expect(run2.main.outputs['cache-hit']).toBe('exact')
    expect(run2.main.stdout).toMatch(/unchanged file\(s\) got their cached mtime back/)
    expect(run2.main.stderr).not.toMatch(/Compiling /)
    expect(JSON.parse(run2.main.outputs.digests!)).toEqual(JSON.parse(run1.main.outputs.digests!))
  })

  it('does not save an exact hit again', () => {
    expect(run2.post?.stdout).toMatch(/target cache: exact hit on .*; not saved again/)
  })
})

describe('the action when things go wrong', () => {
  it('fails on a bad input naming it, the value and what is allowed', () => {
    const r = runAction(job('bad-input', { release: 'yes', targets: 'qemu,azure' }))
    expect(r.main.code).toBe(1)
    expect(r.main.stdout).toContain(
      "::error::input 'targets': expected qemu, hyper-v or vanadium (comma-separated), got 'qemu,azure'%0Ainput 'release': expected true or false, got 'yes'"
    )
    expect(r.post).toBeNull()
  })

  it('names missing submodules and the checkout option, before building anything', () => {
    const j = job('no-submodule')
    rmSync(join(j.workspace, 'svsm', 'libtcgtpm', 'deps', 'openssl'), { recursive: true })
    const r = runAction(j)
    expect(r.main.code).toBe(1)
    expect(r.main.stdout).toMatch(
      /::error::missing submodule: libtcgtpm\/deps\/openssl .*`submodules: recursive`/
    )
    expect(existsSync(join(j.workspace, 'svsm', 'target'))).toBe(false)
  })

  it('builds with a warning when the cache backend throws', () => {
    const j = job('broken-cache', { 'local-cache-dir': join(scratch, 'not-a-dir'), 'save-cache': 'always' })
    writeFileSync(join(scratch, 'not-a-dir'), 'a file where the cache directory should be')
    const r = runAction(j)
    expect(r.main.code).toBe(0)
    expect(r.main.stdout).toMatch(/::warning::target cache not restored: .*ENOTDIR/)
    expect(r.main.outputs['cache-hit']).toBe('miss')
    expect(r.post?.code).toBe(0)
    expect(r.post?.stdout).toMatch(/::warning::target cache not saved: /)
  })

  it('warns about a shallow clone without tags, naming the version compiled into the kernel', () => {
    const j = job('shallow-src')
    const src = join(j.workspace, 'svsm')
    writeFileSync(join(src, 'NOTES'), 'second commit\n')
    git(src, 'add', 'NOTES')
    git(src, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'second')
    const ws = join(scratch, 'shallow')
    git(scratch, 'clone', '-q', '--depth', '1', '--no-tags', `file://${src}`, join(ws, 'svsm'))
    const head = git(join(ws, 'svsm'), 'rev-parse', '--short', 'HEAD')
    const r = runAction({
      ...j,
      workspace: ws,
      inputs: { ...j.inputs, upload: 'false', 'save-cache': 'never' }
    })
    expect(r.main.code).toBe(0)
    expect(r.main.stdout).toContain(
      `::warning::the clone is shallow, it has no tags: the kernel will embed the version "${head}"`
    )
    expect(r.main.outputs['git-version']).toBe(head)
  })
})
