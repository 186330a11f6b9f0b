import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RecipeError } from '../../src/recipe/errors.js'
import { loadRecipe, parseRecipe } from '../../src/recipe/load.js'
import type { Dialect } from '../../src/recipe/types.js'
import { UPSTREAM_XBUILD, type XbuildFacts } from '../../src/recipe/xbuild-facts.js'
import { fixture, REPO } from '../helpers/paths.js'
import { describeWith } from '../helpers/shared.js'

/** Upstream's own recipes (../shared/testdata/upstream-configs), read at test time. */
const CONFIGS = fixture('upstream-configs')
const EXAMPLE = join(REPO, 'examples', 'mini-svsm')
const LEGACY = join(REPO, 'examples', 'mini-svsm-legacy')
const recipesIn = (dir: string) => [
  ...readdirSync(join(dir, 'configs')).filter(f => f.endsWith('.json')),
  ...readdirSync(join(dir, 'configs', 'test')).map(f => `test/${f}`)
]

// Recipes are mutated freely in the rejection table below: plain JSON, typed loosely on purpose.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Json => JSON.parse(readFileSync(join(EXAMPLE, 'configs', 'all-targets.json'), 'utf8'))
const legacyBase = (): Json => JSON.parse(readFileSync(join(LEGACY, 'configs', 'all-targets.json'), 'utf8'))

function errorOf(recipe: unknown, dialect: Dialect = 'xbuild'): string {
  try {
    parseRecipe(
      Buffer.from(typeof recipe === 'string' ? recipe : JSON.stringify(recipe)),
      'configs/x.json',
      dialect
    )
  } catch (e) {
    expect(e).toBeInstanceOf(RecipeError)
    return (e as Error).message
  }
  throw new Error('recipe was accepted')
}

describeWith([CONFIGS], "upstream's recipes", () => {
  const current = [
    ...readdirSync(CONFIGS).filter(f => f.endsWith('.json')),
    ...readdirSync(join(CONFIGS, 'test')).map(f => `test/${f}`)
  ]
  const legacy = readdirSync(join(CONFIGS, 'legacy-buildpy')).map(f => `legacy-buildpy/${f}`)

  it.each(current)('xbuild recipe %s parses without warnings', file => {
    const { recipe, warnings } = loadRecipe(file, 'xbuild', CONFIGS)
    expect(warnings).toEqual([])
    expect(recipe.kernel.svsm).toBeDefined()
    expect(Object.keys(recipe.igvm).length).toBeGreaterThan(0)
    expect(recipe.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it.each(legacy)('build.py recipe %s parses without warnings', file => {
    const { recipe, warnings } = loadRecipe(file, 'build.py', CONFIGS)
    expect(warnings).toEqual([])
    expect(recipe.kernel.stage2).toBeDefined()
  })

  it('fills every default explicitly', () => {
    const { recipe } = loadRecipe('test/qemu-test-target.json', 'xbuild', CONFIGS)
    expect(recipe.igvm.qemu).toEqual({
      output: 'coconut-test-qemu.igvm',
      platforms: ['snp', 'tdp', 'native'],
      policy: '0x30000',
      measure: 'print',
      'check-kvm': false,
      'measure-native-zeroes': false,
      'no-vtom': false
    })
    expect(recipe.kernel.svsm).toEqual({
      type: 'test',
      toolchain: 'nightly',
      no_default_features: true,
      binary: false,
      objcopy: 'elf64-x86-64',
      env: { RUSTDOC: 'true', LINK_TEST: '1' }
    })
    expect(recipe.firmware).toEqual({})
  })
})

describe("the example's own recipes", () => {
  it.each(recipesIn(EXAMPLE))('xbuild recipe %s parses without warnings', file => {
    const { recipe, warnings } = loadRecipe(join('configs', file), 'xbuild', EXAMPLE)
    expect(warnings).toEqual([])
    expect(Object.keys(recipe.kernel)).toEqual(['svsm', 'bldr', 'tdx-stage1'])
  })

  it.each(readdirSync(join(LEGACY, 'configs')))('build.py recipe %s parses without warnings', file => {
    const { recipe, warnings } = loadRecipe(join('configs', file), 'build.py', LEGACY)
    expect(warnings).toEqual([])
    expect(recipe.kernel.stage2).toBeDefined()
  })
})

describe("a tree's xbuild decides which keys are read", () => {
  const facts = (target: string[]): XbuildFacts => ({
    ...UPSTREAM_XBUILD,
    keys: { ...UPSTREAM_XBUILD.keys, target },
    where: { target: 'xbuild/src/igvm.rs' }
  })
  const withoutComport = facts(UPSTREAM_XBUILD.keys.target.filter(k => k !== 'comport'))

  it('drops a key the tree no longer reads, and says so with the key and the flag it made', () => {
    const { recipe, warnings } = parseRecipe(
      Buffer.from(JSON.stringify(base())),
      'configs/all-targets.json',
      'xbuild',
      withoutComport
    )
    expect(recipe.igvm['hyper-v']!.comport).toBeUndefined()
    expect(warnings).toEqual([
      "configs/all-targets.json: igvm.hyper-v.comport: not read by this tree's xbuild (IgvmTargetConfig in xbuild/src/igvm.rs has no such field), so ignored: igvmbuilder gets no --comport"
    ])
  })

  it("does not check a value the tree's xbuild never reads", () => {
    const r = base()
    r.igvm['hyper-v'].comport = 9
    expect(() => parseRecipe(Buffer.from(JSON.stringify(r)), 'x', 'xbuild', withoutComport)).not.toThrow()
    expect(errorOf(r)).toContain('igvm.hyper-v.comport: expected a string like "3", got number 9')
  })

  it('names a key the tree reads but svsm-build does not know', () => {
    const r = base()
    r.igvm.qemu.cmdline = 'console=ttyS0'
    const { warnings } = parseRecipe(
      Buffer.from(JSON.stringify(r)),
      'x',
      'xbuild',
      facts([...UPSTREAM_XBUILD.keys.target, 'cmdline'])
    )
    expect(warnings).toEqual([
      "x: igvm.qemu.cmdline: read by this tree's xbuild (IgvmTargetConfig in xbuild/src/igvm.rs) but unknown to svsm-build, so ignored: the plan may differ from upstream's"
    ])
  })
})

describe('recipes', () => {
  it('keeps recipe order of targets and components', () => {
    const { recipe } = loadRecipe('configs/all-targets.json', 'xbuild', EXAMPLE)
    expect(Object.keys(recipe.igvm)).toEqual(['qemu', 'hyper-v', 'vanadium'])
    expect(Object.keys(recipe.kernel)).toEqual(['svsm', 'bldr', 'tdx-stage1'])
    const r = base()
    r.igvm = { vanadium: r.igvm.vanadium, qemu: r.igvm.qemu }
    expect(Object.keys(parseRecipe(Buffer.from(JSON.stringify(r)), 'x', 'xbuild').recipe.igvm)).toEqual([
      'vanadium',
      'qemu'
    ])
  })

  it('splits features the way each dialect does', () => {
    const r = base()
    r.kernel.svsm.features = ' vtpm , enable-gdb'
    expect(parseRecipe(Buffer.from(JSON.stringify(r)), 'x', 'xbuild').recipe.kernel.svsm!.features).toEqual([
      'vtpm',
      'enable-gdb'
    ])
    r.kernel.svsm.features = ''
    expect(parseRecipe(Buffer.from(JSON.stringify(r)), 'x', 'xbuild').recipe.kernel.svsm!.features).toEqual([
      ''
    ])
    const l = legacyBase()
    l.kernel.svsm.features = 'vtpm,enable-gdb  extra'
    expect(parseRecipe(Buffer.from(JSON.stringify(l)), 'x', 'build.py').recipe.kernel.svsm!.features).toEqual(
      ['vtpm,enable-gdb', 'extra']
    )
  })

  it('warns about unknown keys with their JSON path, as upstream ignores them', () => {
    const r = base()
    r.kernel.svsm.featurs = 'x'
    r.igvm.qemu.polcy = '0x1'
    r.extra = 1
    const { warnings } = parseRecipe(Buffer.from(JSON.stringify(r)), 'configs/x.json', 'xbuild')
    expect(warnings).toEqual([
      expect.stringMatching(/^configs\/x\.json: extra: unknown key, ignored/),
      expect.stringMatching(/^configs\/x\.json: kernel\.svsm\.featurs: unknown key, ignored/),
      expect.stringMatching(/^configs\/x\.json: igvm\.qemu\.polcy: unknown key, ignored/)
    ])
  })

  it('warns when build.py would ignore an xbuild-only key', () => {
    const l = legacyBase()
    l.igvm.qemu['no-vtom'] = true
    l.kernel.svsm.no_default_features = true
    const { warnings } = parseRecipe(Buffer.from(JSON.stringify(l)), 'x', 'build.py')
    expect(warnings.join('\n')).toMatch(
      /kernel\.svsm\.no_default_features: unknown key, ignored \(build\.py reads only/
    )
    expect(warnings.join('\n')).toMatch(/igvm\.qemu\.no-vtom: unknown key/)
  })
})

// Every rejection upstream makes (serde errors, xbuild/igvmbuilder runtime errors, build.py
// ValueErrors and crashes), each checked for the JSON path and what was found and expected.
type Case = [name: string, mutate: (r: Json) => unknown, message: string | RegExp, dialect?: Dialect]
const cases: Case[] = [
  [
    'comport as a number',
    r => ((r.igvm.qemu.comport = 3), r),
    'configs/x.json: igvm.qemu.comport: expected a string like "3", got number 3'
  ],
  [
    'comport out of range',
    r => ((r.igvm['hyper-v'].comport = '5'), r),
    'igvm.hyper-v.comport: expected a COM port number from "1" to "4", got string "5"'
  ],
  [
    'missing fs',
    r => (delete r.fs, r),
    'configs/x.json: fs: expected an object with "modules" (xbuild requires it, even when empty), got nothing (the key is missing)'
  ],
  [
    'missing fs.modules',
    r => ((r.fs = {}), r),
    /fs\.modules: expected an object mapping module names to build items, got nothing/
  ],
  [
    'missing kernel',
    r => (delete r.kernel, r),
    /kernel: expected an object mapping kernel component names to build items, got nothing/
  ],
  ['missing igvm', r => (delete r.igvm, r), /igvm: expected an object keyed by IGVM target/],
  [
    'unknown target',
    r => ((r.igvm.foo = {}), r),
    'configs/x.json: igvm.foo: expected an IGVM target: "qemu", "hyper-v" or "vanadium", got unknown target "foo"'
  ],
  [
    'unknown platform',
    r => ((r.igvm.qemu.platforms = ['snp', 'sev']), r),
    'igvm.qemu.platforms[1]: expected one of "native", "snp", "tdp", "vsm", got string "sev"'
  ],
  [
    'measure other than print',
    r => ((r.igvm.qemu.measure = 'sign'), r),
    'igvm.qemu.measure: expected "print" (the only measure mode), got string "sign"'
  ],
  [
    'policy as a number',
    r => ((r.igvm.qemu.policy = 196608), r),
    'igvm.qemu.policy: expected a string with a hex SEV-SNP policy like "0x30000", got number 196608'
  ],
  [
    'policy not hex',
    r => ((r.igvm.qemu.policy = '0x3g'), r),
    /igvm\.qemu\.policy: expected a hex SEV-SNP policy of at most 64 bits/
  ],
  [
    'binary as a string',
    r => ((r.kernel.bldr.binary = 'true'), r),
    'kernel.bldr.binary: expected true or false, got string "true"'
  ],
  [
    'unknown build type',
    r => ((r.kernel.svsm.type = 'meson'), r),
    'kernel.svsm.type: expected one of "cargo", "make", "test", got string "meson"'
  ],
  [
    'check-kvm as a string',
    r => ((r.igvm.qemu['check-kvm'] = 'yes'), r),
    'igvm.qemu.check-kvm: expected true or false, got string "yes"'
  ],
  [
    'features as an array',
    r => ((r.kernel.svsm.features = ['vtpm']), r),
    /kernel\.svsm\.features: expected a string of comma-separated cargo features.*got array \["vtpm"\]/
  ],
  [
    'env value not a string',
    r => ((r.kernel.svsm.env = { A: 1 }), r),
    'kernel.svsm.env.A: expected a string, got number 1'
  ],
  [
    'firmware command not an array',
    r => ((r.firmware = { command: 'make ovmf' }), r),
    'firmware.command: expected a JSON array of strings (program and arguments), got string "make ovmf"'
  ],
  [
    'firmware command empty',
    r => ((r.firmware = { command: [] }), r),
    'firmware.command: expected a non-empty array: program and arguments, got array []'
  ],
  [
    'an empty firmware file (xbuild passes --firmware "")',
    r => ((r.firmware = { file: '' }), r),
    'firmware.file: expected a firmware path: xbuild would pass --firmware "" and igvmbuilder fails ("Failed to open firmware file"), got string ""'
  ],
  [
    'toolchain on a cargo item',
    r => ((r.kernel.svsm.toolchain = 'nightly'), r),
    /kernel\.svsm\.toolchain: expected no toolchain: a non-default toolchain is only allowed for "type": "test" items, got string "nightly"/
  ],
  [
    'make without output_file',
    r => ((r.kernel['tdx-stage1'] = { type: 'make' }), r),
    'kernel.tdx-stage1.output_file: expected a make target: a "make" build item needs "output_file", got nothing (the key is missing)'
  ],
  [
    'no main kernel',
    r => (delete r.kernel.svsm, r),
    'kernel.svsm: expected the main kernel: igvmbuilder needs --kernel, got nothing (the key is missing)'
  ],
  [
    'no platforms',
    r => ((r.igvm.qemu.platforms = []), r),
    /igvm\.qemu\.platforms: expected at least one platform \(igvmbuilder: "No platform specified"\)/
  ],
  [
    'tdp without tdx-stage1',
    r => (delete r.kernel['tdx-stage1'], r),
    /igvm\.qemu\.platforms: expected no "tdp" unless kernel has "tdx-stage1"/
  ],
  [
    'tdx-stage1 without tdp',
    r => ((r.igvm.qemu.platforms = ['snp']), r),
    /igvm\.qemu\.platforms: expected "tdp" because kernel has "tdx-stage1"/
  ],
  [
    'no snp but a policy',
    r => ((r.igvm['hyper-v'].platforms = ['tdp', 'vsm']), r),
    /igvm\.hyper-v\.platforms: expected "snp": the policy is always passed/
  ],
  [
    'no bldr for qemu',
    r => (delete r.kernel.bldr, r),
    /kernel\.bldr: expected the boot loader: igvmbuilder requires --bldr for igvm\.qemu/
  ],
  [
    'fs path climbing out',
    r => ((r.fs.modules.userinit.path = '/../../etc/passwd'), r),
    'fs.modules.userinit.path: expected a file path inside the fs image such as "/init", without ".." components, got string "/../../etc/passwd"'
  ],
  [
    'fs path of the root',
    r => ((r.fs.modules.userinit.path = '/'), r),
    /fs\.modules\.userinit\.path: expected a file path inside the fs image/
  ],
  [
    'output outside bin/',
    r => ((r.igvm.qemu.output = '../x.igvm'), r),
    'igvm.qemu.output: expected a file name under bin/, like "coconut-qemu.igvm", got string "../x.igvm"'
  ],
  [
    'component name with a slash',
    r => ((r.kernel['../x'] = {}), r),
    'kernel."../x": expected a cargo package or binary name (letters, digits, "_", "-", "."), got name "../x"'
  ],
  [
    'not JSON',
    () => '{"kernel": ',
    /^configs\/x\.json:1:12: not valid JSON: expected a value \(.*\), found the end of the file$/
  ],
  [
    'not an object',
    () => [],
    'configs/x.json: expected a JSON object with "kernel", "fs" and "igvm", got array []'
  ],
  [
    'build.py: missing stage2',
    r => (delete r.kernel.stage2, r),
    'kernel.stage2: expected the stage2 loader: build.py always passes --stage2 bin/stage2, got nothing (the key is missing)',
    'build.py'
  ],
  [
    'build.py: test type',
    r => ((r.kernel.svsm.type = 'test'), r),
    'kernel.svsm.type: expected one of "cargo", "make" (build.py knows no other build type), got string "test"',
    'build.py'
  ],
  [
    'build.py: unknown target',
    r => ((r.igvm.azure = {}), r),
    /igvm\.azure: expected an IGVM target/,
    'build.py'
  ],
  [
    'build.py: comport as a number (TypeError in subprocess)',
    r => ((r.igvm['hyper-v'].comport = 3), r),
    /igvm\.hyper-v\.comport: expected a string like "3", got number 3/,
    'build.py'
  ],
  [
    'build.py: firmware command not a list',
    r => ((r.firmware = { command: 'x' }), r),
    /firmware\.command: expected a JSON array/,
    'build.py'
  ],
  [
    'build.py: make without output_file',
    r => ((r.kernel['tdx-stage1'] = { type: 'make' }), r),
    /kernel\.tdx-stage1\.output_file: expected a make target/,
    'build.py'
  ]
]

describe('rejections', () => {
  it.each(cases)('%s', (_name, mutate, message, dialect = 'xbuild') => {
    const msg = errorOf(mutate(dialect === 'xbuild' ? base() : legacyBase()), dialect)
    if (typeof message === 'string') expect(msg).toContain(message)
    else expect(msg).toMatch(message)
  })

  it('reports every problem of a recipe at once, one line each', () => {
    const r = base()
    r.igvm.qemu.comport = 3
    r.kernel.bldr.binary = 'yes'
    const lines = errorOf(r).split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.every(l => l.startsWith('configs/x.json: '))).toBe(true)
  })

  it('names a missing recipe file', () => {
    expect(() => loadRecipe('configs/nope.json', 'xbuild', EXAMPLE)).toThrow(
      'configs/nope.json: cannot read the recipe: no such file'
    )
  })
})
