// Planning reads the tree in front of it: recipe names from its own configs/, and what its xbuild
// reads and passes from xbuild/src (here the example's, edited the way upstream changes its own).
import { beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { prepareBuild, type BuildRequest } from '../../src/engine/prepare.js'
import { readTreeXbuild } from '../../src/engine/tree.js'
import type { CommandStep } from '../../src/plan/types.js'
import { RecipeError, RecipeErrors } from '../../src/recipe/errors.js'
import { PLAN_DEFAULTS } from '../helpers/plan.js'
import { PreflightError } from '../../src/util/errors.js'
import { EXAMPLE, LEGACY_OVERLAY } from '../helpers/tree.js'
import { tempDir } from '../helpers/temp.js'
import { UPSTREAM_REMAP_RS } from '../helpers/xbuild-remap.js'

const scratch = tempDir('svsm-tree-read-')

let root: string
let n = 0
beforeEach(() => {
  root = join(scratch, `t${n++}`)
  cpSync(EXAMPLE, root, {
    recursive: true,
    filter: src => !['target', 'bin'].includes(relative(EXAMPLE, src).split(sep)[0]!)
  })
})

const request = (recipes: string[], more: Partial<BuildRequest> = {}): BuildRequest => ({
  root,
  recipes,
  dialect: 'auto',
  options: { ...PLAN_DEFAULTS, measure: 'builtin' },
  env: {},
  ...more
})
const prepare = (recipes: string[], more: Partial<BuildRequest> = {}) => prepareBuild(request(recipes, more))
const igvmbuilder = (p: ReturnType<typeof prepare>) =>
  p.plan.steps.filter((s): s is CommandStep => s.kind === 'command' && s.group === 'igvm').map(s => s.argv)

/** Edits a file of the tree's xbuild, failing when the text to replace is not there. */
function edit(file: string, from: string | RegExp, to: string) {
  const path = join(root, 'xbuild', 'src', file)
  const text = readFileSync(path, 'utf8')
  const next = text.replace(from, to)
  expect(next).not.toBe(text)
  writeFileSync(path, next)
}

/** What upstream's change coconut-svsm/svsm#1164 does to xbuild: no comport key, no --comport. */
function dropComport() {
  edit('igvm.rs', /\n\s*\/\/\/ igvmbuilder's --comport[^\n]*\n\s*comport: Option<String>,/, '')
  edit('igvm.rs', /\n\s*if let Some\(comport\) = &self\.comport \{[^}]*\}/, '')
}

const errorOf = (f: () => unknown): string => {
  try {
    f()
  } catch (e) {
    expect(e instanceof RecipeError || e instanceof RecipeErrors).toBe(true)
    return (e as Error).message
  }
  throw new Error('accepted')
}

describe("what the tree's xbuild reads and passes", () => {
  it("knows the example's xbuild: upstream's recipe structs and igvmbuilder flags", () => {
    const { facts, warning } = readTreeXbuild(root)
    expect(warning).toBeNull()
    expect(facts.keys.target).toContain('comport')
    expect(facts.flags).toContain('--comport')
    expect(facts.where).toMatchObject({ target: 'xbuild/src/igvm.rs', component: 'xbuild/src/main.rs' })
    expect(igvmbuilder(prepare(['configs/hyperv-target.json']))[0]).toEqual(
      expect.arrayContaining(['--comport', '3'])
    )
  })

  it('plans no --comport for a tree whose xbuild no longer reads it, and names the key', () => {
    dropComport()
    expect(readTreeXbuild(root).warning).toBeNull() // upstream's own change: a version it knows
    const p = prepare(['configs/hyperv-target.json'])
    const argv = igvmbuilder(p)[0]!
    expect(argv).not.toContain('--comport')
    expect(argv.slice(-4)).toEqual(['--snp', '--tdp', '--vsm', 'hyper-v'])
    expect(p.warnings).toContain(
      "configs/hyperv-target.json: igvm.hyper-v.comport: not read by this tree's xbuild (IgvmTargetConfig in xbuild/src/igvm.rs has no such field), so ignored: igvmbuilder gets no --comport"
    )
    expect(p.plan.recipes[0]!.igvm['hyper-v']).not.toHaveProperty('comport')
  })

  it('says once what it assumed for an xbuild it does not know', () => {
    edit('igvm.rs', '    no_vtom: bool,\n', '    no_vtom: bool,\n    cmdline: Option<String>,\n')
    edit(
      'igvm.rs',
      'if self.no_vtom {',
      'if let Some(c) = &self.cmdline {\n            args.extend(["--cmdline".into(), c.clone()]);\n        }\n        if self.no_vtom {'
    )
    edit('main.rs', '    toolchain: Option<String>,\n', '')
    const p = prepare(['configs/qemu-target.json'])
    const version = p.warnings.filter(w => w.startsWith('xbuild/src:'))
    expect(version).toEqual([
      `xbuild/src: not an xbuild version svsm-build knows; planned as upstream's xbuild at f4bc4bcd (2026-08-20) except: ComponentConfig does not read "toolchain" (ignored, as this xbuild does); IgvmTargetConfig reads "cmdline", which svsm-build does not know (ignored); xbuild/src/igvm.rs passes --cmdline, which svsm-build does not (not passed)`
    ])
    expect(igvmbuilder(p)[0]).not.toContain('--cmdline')
  })

  it('names path remapping it cannot reproduce', () => {
    writeFileSync(
      join(root, 'xbuild', 'src', 'cargo.rs'),
      'pub fn remap(root: &str) -> String {\n    format!("--remap-path-prefix={root}=.")\n}\n'
    )
    const [warning] = prepare(['configs/qemu-target.json']).warnings
    expect(warning).toMatch(/^xbuild\/src: not an xbuild version svsm-build knows/)
    expect(warning).toContain(
      'it hands path remapping to cargo in a way svsm-build does not reproduce (trim-paths, or remap-path-prefix other than through target.<triple>.rustflags)'
    )
  })

  it("says so when the tree's xbuild has no source to read", () => {
    rmSync(join(root, 'xbuild', 'src'), { recursive: true })
    const p = prepare(['configs/hyperv-target.json'])
    expect(p.warnings[0]).toBe(
      "xbuild/src: not an xbuild version svsm-build knows; planned as upstream's xbuild at f4bc4bcd (2026-08-20) except: no Rust source under xbuild/src"
    )
    expect(igvmbuilder(p)[0]).toEqual(expect.arrayContaining(['--comport', '3']))
  })
})

describe("recipe names are the tree's own", () => {
  it('finds configs/<name>-target.json and configs/test/, hyper-v spelled hyperv', () => {
    const p = prepare(['qemu', 'hyper-v-test', 'configs/vanadium-target.json'])
    expect(p.plan.recipes.map(r => r.file)).toEqual([
      'configs/qemu-target.json',
      'configs/test/hyperv-test-target.json',
      'configs/vanadium-target.json'
    ])
  })

  it("uses the tree's recipe, not a copy of upstream's", () => {
    const file = join(root, 'configs', 'qemu-target.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace('coconut-qemu.igvm', 'mine.igvm'))
    expect(prepare(['qemu']).plan.targets[0]!.igvm).toBe('bin/mine.igvm')
  })

  it('names every path it tried when the tree has no such recipe', () => {
    expect(errorOf(() => prepare(['azure']))).toBe(
      `azure: no such recipe: neither a file (tried azure in ${root} and in ${process.cwd()}) nor a recipe of the tree (tried configs/azure.json, configs/azure-target.json, configs/test/azure.json, configs/test/azure-target.json)`
    )
  })

  it('says that a tree without configs/ has none', () => {
    rmSync(join(root, 'configs'), { recursive: true })
    expect(errorOf(() => prepare(['qemu']))).toMatch(
      /^qemu: no such recipe: .*tried configs\/qemu\.json, configs\/qemu-target\.json, configs\/test\/qemu\.json, configs\/test\/qemu-target\.json\); this tree has no configs\/ folder$/
    )
  })

  it('builds a recipe given many times (by name or path) once, saying so', () => {
    const p = prepare([
      ...Array<string>(4500).fill('qemu'),
      'configs/qemu-target.json',
      './configs/qemu-target.json'
    ])
    expect(p.plan.recipes).toHaveLength(1)
    expect(p.plan.targets.map(t => t.igvm)).toEqual(['bin/coconut-qemu.igvm'])
    expect(p.warnings).toContain('configs/qemu-target.json: given 4502 times; built once')
  })
})

// Recipes are mutated freely below: plain JSON, typed loosely on purpose.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('one file, one record', () => {
  const recipe = (name: string, mutate: (r: Json) => void) => {
    const r = JSON.parse(readFileSync(join(EXAMPLE, 'configs', 'all-targets.json'), 'utf8'))
    mutate(r)
    writeFileSync(join(root, 'configs', name), JSON.stringify(r))
    return `configs/${name}`
  }

  it('refuses two recipes writing one IGVM file, naming both files and JSON paths', () => {
    expect(errorOf(() => prepare(['configs/qemu-target.json', 'configs/all-targets.json']))).toBe(
      'configs/all-targets.json: igvm.qemu.output: expected an IGVM file name no other part of the build writes (bin/coconut-qemu.igvm is also the output of igvm.qemu of configs/qemu-target.json (igvm.qemu.output); one of them would overwrite the other, and its record would describe a file that is gone), got string "coconut-qemu.igvm"'
    )
    // Building only the targets that do not meet is fine.
    expect(prepare(['configs/qemu-target.json', 'configs/hyperv-target.json']).plan.targets).toHaveLength(2)
  })

  it('refuses two targets of one recipe writing one file', () => {
    const f = recipe('same.json', r => (r.igvm.vanadium.output = r.igvm.qemu.output))
    expect(errorOf(() => prepare([f]))).toContain(
      'configs/same.json: igvm.vanadium.output: expected an IGVM file name no other part of the build writes (bin/coconut-qemu.igvm is also the output of igvm.qemu of configs/same.json (igvm.qemu.output);'
    )
    expect(
      prepare([f], { options: { ...request([]).options, targets: ['qemu', 'hyper-v'] } }).plan.targets
    ).toHaveLength(2)
  })

  it.each([
    ['measurements.json', 'bin/measurements.json is also the measurement record svsm-build writes'],
    ['.svsm-build.lock', "bin/.svsm-build.lock is also svsm-build's build lock"],
    [
      'reference-values.corim',
      'bin/reference-values.corim is also the corim reference values svsm-build publishes beside the record'
    ],
    [
      'reference-values.rvps.json',
      'bin/reference-values.rvps.json is also the rvps reference values svsm-build publishes beside the record'
    ],
    [
      'reference-values.json',
      'bin/reference-values.json is also the json reference values svsm-build publishes beside the record'
    ],
    ['svsm', 'bin/svsm is also kernel.svsm of configs/x.json, copied to bin/svsm'],
    ['tdx-stage1', 'bin/tdx-stage1 is also kernel.tdx-stage1 of configs/x.json, copied to bin/tdx-stage1'],
    ['svsm-fs.bin', 'bin/svsm-fs.bin is also fs.modules of configs/x.json: the fs image bin/svsm-fs.bin'],
    ['fs', 'bin/fs is also fs of configs/x.json: the folder bin/fs, emptied for every recipe'],
    [
      'fs/x.igvm',
      'bin/fs/x.igvm would be inside bin/fs, fs of configs/x.json: the folder bin/fs, emptied for every recipe'
    ],
    ['bldr', 'bin/bldr is also kernel.bldr of configs/x.json, copied to bin/bldr'],
    [
      'svsm/x.igvm',
      'bin/svsm/x.igvm would be inside bin/svsm, kernel.svsm of configs/x.json, copied to bin/svsm'
    ]
  ])('refuses "output": "%s", a file the build itself writes', (output, how) => {
    const f = recipe('x.json', r => (r.igvm['hyper-v'].output = output))
    const message = errorOf(() => prepare([f]))
    expect(message.split('\n')).toEqual([
      `configs/x.json: igvm.hyper-v.output: expected an IGVM file name no other part of the build writes (${how}; one of them would overwrite the other, and its record would describe a file that is gone), got string ${JSON.stringify(output)}`
    ])
  })

  it('refuses an output that is the firmware it reads', () => {
    const f = recipe('fw.json', r => {
      r.firmware = { file: 'bin/OVMF.fd' }
      r.igvm.qemu.output = 'OVMF.fd'
    })
    expect(errorOf(() => prepare([f]))).toContain(
      '(bin/OVMF.fd is also firmware.file of configs/fw.json, which igvmbuilder reads;'
    )
  })
})

describe('FW_FILE set but empty', () => {
  it("is refused before anything runs, saying what upstream's xbuild would do", () => {
    expect(errorOf(() => prepare(['qemu', 'vanadium'], { env: { FW_FILE: '' } })).split('\n')).toEqual(
      ['configs/qemu-target.json', 'configs/vanadium-target.json'].map(
        f =>
          `${f}: firmware.env: expected FW_FILE to name the firmware file, or to be unset for no firmware (with FW_FILE="" upstream's xbuild passes --firmware "" and igvmbuilder fails: "Failed to open firmware file"), got FW_FILE set to ""`
      )
    )
  })

  it('is not read when a firmware file is given instead', () => {
    const p = prepare(['qemu'], {
      env: { FW_FILE: '' },
      options: { ...request([]).options, firmware: 'OVMF.fd' }
    })
    expect(p.plan.targets[0]!.firmware).toBe('OVMF.fd')
  })

  it('builds without firmware on a build.py tree, as build.py does, and says so', () => {
    rmSync(join(root, 'xbuild'), { recursive: true })
    cpSync(LEGACY_OVERLAY, root, { recursive: true })
    const p = prepare(['qemu'], { env: { FW_FILE: '' } })
    expect(p.plan.targets[0]!.firmware).toBeNull()
    expect(p.warnings).toContain(
      'configs/qemu-target.json: firmware.env: FW_FILE is empty, so the IGVM files get no firmware (build.py does the same, silently: it skips an empty path)'
    )
  })
})

describe('path remapping', () => {
  const cargo = (p: ReturnType<typeof prepare>) =>
    p.plan.steps.filter((s): s is CommandStep => s.kind === 'command' && s.argv[0] === 'cargo')
  const kernelTarget = (s: CommandStep) => s.argv.includes('x86_64-unknown-none')
  const withRemap = { ...request([]).options, remapPaths: true }
  const env = { CARGO_HOME: '/ci/cargo-home', HOME: '/ci' }
  const flags = () => [
    `--remap-path-prefix=${realpathSync(root)}=.`,
    '--remap-path-prefix=/ci/cargo-home/registry/src=',
    '--remap-path-prefix=/ci/cargo-home/git/checkouts='
  ]
  const config = (key: string) =>
    `${key}=[${flags()
      .map(f => JSON.stringify(f))
      .join(',')}]`

  it("is off by default: upstream's commands are unchanged", () => {
    const p = prepare(['qemu'], { env })
    expect(p.plan.remap).toBeNull()
    expect(cargo(p).flatMap(s => s.argv)).not.toContain('--config')
  })

  it('remap-paths puts the flags after --target of every kernel-target cargo command, in the target key the tree uses', () => {
    const p = prepare(['qemu'], { env, options: withRemap })
    expect(p.plan.remap).toEqual({
      by: 'remap-paths',
      config: 'target.x86_64-unknown-none.rustflags',
      flags: flags()
    })
    expect(p.plan.options.remapPaths).toBe(true)
    for (const s of cargo(p)) {
      const at = s.argv.indexOf('--target')
      if (kernelTarget(s))
        expect(s.argv.slice(at, at + 4)).toEqual([
          '--target',
          'x86_64-unknown-none',
          '--config',
          config('target.x86_64-unknown-none.rustflags')
        ])
      // Host tools are not in any image: left as upstream builds them.
      else expect(s.argv).not.toContain('--config')
    }
  })

  it('joins build.rustflags when the tree sets only those (a target key would make cargo drop them)', () => {
    const file = join(root, '.cargo', 'config.toml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '[target.x86_64-unknown-none]\nrustflags = ["-C", "force-frame-pointers"]',
        '[build]\nrustflags = ["-C", "force-frame-pointers"]'
      )
    )
    const p = prepare(['qemu'], { env, options: withRemap })
    expect(p.plan.remap?.config).toBe('build.rustflags')
    expect(cargo(p).find(kernelTarget)!.argv).toContain(config('build.rustflags'))
  })

  it('is refused when RUSTFLAGS would make cargo ignore it', () => {
    expect(() =>
      prepare(['qemu'], { env: { ...env, RUSTFLAGS: '-C opt-level=2' }, options: withRemap })
    ).toThrow(
      new PreflightError(
        "remap-paths: RUSTFLAGS is set, so cargo ignores target.x86_64-unknown-none.rustflags (the remapping and the tree's own rustflags); unset RUSTFLAGS, or pass the flags in it yourself without remap-paths"
      )
    )
  })

  it("follows a tree whose xbuild remaps as upstream's does, option or not, and knows that xbuild", () => {
    writeFileSync(join(root, 'xbuild', 'src', 'remap.rs'), UPSTREAM_REMAP_RS)
    const p = prepare(['qemu'], { env })
    expect(p.warnings.filter(w => w.startsWith('xbuild/src:'))).toEqual([])
    expect(p.plan.remap).toMatchObject({ by: 'xbuild', config: 'target.x86_64-unknown-none.rustflags' })
    expect(cargo(p).find(kernelTarget)!.argv).toContain(config('target.x86_64-unknown-none.rustflags'))
    // As that xbuild does: RUSTFLAGS wins, and it is said.
    expect(prepare(['qemu'], { env: { ...env, RUSTFLAGS: '-g' } }).warnings).toContain(
      "RUSTFLAGS is set: cargo ignores target.x86_64-unknown-none.rustflags, so the tree's xbuild remaps no build paths either"
    )
  })

  it('is planned for build.py trees too, after --target of the kernel parts', () => {
    rmSync(join(root, 'xbuild'), { recursive: true })
    cpSync(LEGACY_OVERLAY, root, { recursive: true })
    const p = prepare(['qemu'], { env, options: withRemap })
    const kernel = cargo(p).filter(kernelTarget)
    expect(kernel.length).toBeGreaterThan(0)
    for (const s of kernel)
      expect(s.argv.slice(-2)).toEqual(['--config', config('target.x86_64-unknown-none.rustflags')])
  })
})
