import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseFeatureArgs } from '../../src/plan/features.js'
import { makePlan } from '../../src/plan/plan.js'
import type { CommandStep, PlanOptions } from '../../src/plan/types.js'
import { loadRecipe } from '../../src/recipe/load.js'
import type { Dialect } from '../../src/recipe/types.js'
import { UPSTREAM_XBUILD, type XbuildFacts } from '../../src/recipe/xbuild-facts.js'
import { fixture, REPO } from '../helpers/paths.js'
import { planOptions } from '../helpers/plan.js'
import { describeWith } from '../helpers/shared.js'

/** Upstream's own recipes (../shared/testdata/upstream-configs): their plan is upstream's commands. */
const CONFIGS = fixture('upstream-configs')
const EXAMPLE = join(REPO, 'examples', 'mini-svsm')
const plan = (files: string[], o: Partial<PlanOptions> = {}, dialect: Dialect = 'xbuild') =>
  makePlan(
    files.map(f => loadRecipe(f, dialect, CONFIGS).recipe),
    dialect,
    planOptions(o)
  )
const commands = (p: ReturnType<typeof plan>) =>
  p.steps.filter((s): s is CommandStep => s.kind === 'command').map(s => s.argv.join(' '))

describeWith([CONFIGS], "xbuild plan of upstream's recipes", () => {
  it('runs exactly upstream commands for all-targets.json (debug)', () => {
    expect(commands(plan(['all-targets.json']))).toEqual([
      'git describe --always --dirty=+',
      'cargo build --package svsm --target x86_64-unknown-none --features vtpm,enable-gdb,enable-console-log',
      'objcopy -O elf64-x86-64 --strip-debug target/x86_64-unknown-none/debug/svsm bin/svsm',
      'cargo build --bin bldr --target x86_64-unknown-none --manifest-path boot/bldr/Cargo.toml',
      'objcopy -O binary --strip-debug target/x86_64-unknown-none/debug/bldr bin/bldr',
      'cargo build --bin tdx-stage1 --target x86_64-unknown-none --manifest-path stage1/Cargo.toml',
      'objcopy -O binary --strip-debug target/x86_64-unknown-none/debug/tdx-stage1 bin/tdx-stage1',
      'cargo build --package userinit --target x86_64-unknown-none',
      'objcopy -O elf64-x86-64 --strip-debug target/x86_64-unknown-none/debug/userinit bin/fs/init',
      'cargo build --package igvmbuilder',
      'target/debug/igvmbuilder --sort --output bin/coconut-qemu.igvm --policy 0x30000 --kernel bin/svsm --tdx-stage1 bin/tdx-stage1 --bldr bin/bldr --filesystem bin/svsm-fs.bin --snp --tdp qemu',
      'cargo build --package igvmmeasure',
      'target/debug/igvmmeasure --check-kvm bin/coconut-qemu.igvm measure',
      'target/debug/igvmbuilder --sort --output bin/coconut-hyperv.igvm --policy 0x30000 --kernel bin/svsm --tdx-stage1 bin/tdx-stage1 --bldr bin/bldr --filesystem bin/svsm-fs.bin --comport 3 --snp --tdp --vsm hyper-v',
      'target/debug/igvmmeasure bin/coconut-hyperv.igvm measure',
      'target/debug/igvmbuilder --sort --output bin/coconut-vanadium.igvm --policy 0x30000 --kernel bin/svsm --tdx-stage1 bin/tdx-stage1 --bldr bin/bldr --filesystem bin/svsm-fs.bin --snp --tdp vanadium',
      'target/debug/igvmmeasure --check-kvm --native-zero bin/coconut-vanadium.igvm measure'
    ])
  })

  it('orders kernel → firmware → fs → targets, with the fs image written by svsm-build', () => {
    const p = plan(['qemu-target.json'], { env: { FW_FILE: '/fw/OVMF.fd' } })
    expect(p.steps.map(s => s.id)).toEqual([
      'git-version',
      'qemu-target:kernel/mkdir',
      'qemu-target:kernel/svsm/cargo',
      'qemu-target:kernel/svsm/objcopy',
      'qemu-target:kernel/bldr/cargo',
      'qemu-target:kernel/bldr/objcopy',
      'qemu-target:kernel/tdx-stage1/cargo',
      'qemu-target:kernel/tdx-stage1/objcopy',
      'qemu-target:fs/reset',
      'qemu-target:fs/userinit/cargo',
      'qemu-target:fs/userinit/objcopy',
      'qemu-target:fs/pack',
      'helpers/igvmbuilder',
      'qemu-target:igvm/qemu/build',
      'helpers/igvmmeasure',
      'qemu-target:igvm/qemu/igvmmeasure',
      'qemu-target:igvm/qemu/measure'
    ])
    const build = p.steps.find(s => s.id === 'qemu-target:igvm/qemu/build') as CommandStep
    expect(build.argv.join(' ')).toBe(
      'target/debug/igvmbuilder --sort --output bin/coconut-qemu.igvm --policy 0x30000 --kernel bin/svsm --tdx-stage1 bin/tdx-stage1 --bldr bin/bldr --firmware /fw/OVMF.fd --filesystem bin/svsm-fs.bin --snp --tdp --native qemu'
    )
    const git = p.steps[0] as CommandStep
    expect(git.writeVersionTo).toBe('release/src/git_version.rs')
    expect(p.steps.find(s => s.id === 'qemu-target:fs/pack')).toMatchObject({
      op: { type: 'pack-fs', output: 'bin/svsm-fs.bin', entries: [{ name: 'init', file: 'bin/fs/init' }] }
    })
  })

  it('uses release paths and --strip-unneeded with -r, and every flag in xbuild order', () => {
    const p = plan(['hyperv-target.json'], {
      release: true,
      offline: true,
      verbose: true,
      env: { HV_FW_FILE: 'fw/hv.bin' }
    })
    const c = commands(p)
    expect(c).toContain(
      'cargo build --package svsm --target x86_64-unknown-none --features vtpm,enable-console-log --release --offline --locked -vv'
    )
    expect(c).toContain('objcopy -O binary --strip-unneeded target/x86_64-unknown-none/release/bldr bin/bldr')
    expect(c).toContain('cargo build --package igvmbuilder --release --offline --locked -vv')
    expect(c).toContain(
      'target/release/igvmbuilder --sort --output bin/coconut-hyperv.igvm --policy 0x30000 --kernel bin/svsm --tdx-stage1 bin/tdx-stage1 --bldr bin/bldr --firmware fw/hv.bin --filesystem bin/svsm-fs.bin --comport 3 --verbose --snp --tdp --vsm hyper-v'
    )
    expect(c).toContain('target/release/igvmmeasure bin/coconut-hyperv.igvm measure')
  })

  it('builds test recipes with cargo +nightly test and objcopies the executable cargo reports', () => {
    const p = plan(['test/qemu-test-target.json'])
    const svsm = p.steps.find(s => s.id === 'qemu-test-target:kernel/svsm/cargo') as CommandStep
    expect(svsm.argv.join(' ')).toBe(
      'cargo +nightly test --no-run --message-format=json-render-diagnostics --package svsm --target x86_64-unknown-none --no-default-features'
    )
    expect(svsm.env).toEqual({ RUSTDOC: 'true', LINK_TEST: '1' })
    expect(svsm.capture).toBe('cargo-test-executable')
    const copy = p.steps.find(s => s.id === 'qemu-test-target:fs/uapi_tester/objcopy') as CommandStep
    expect(copy.argv).toEqual([
      'objcopy',
      '-O',
      'elf64-x86-64',
      '--strip-debug',
      '<test executable of uapi_tester>',
      'bin/fs/test/uapi_tester'
    ])
    expect(copy.argFrom).toEqual({ index: 4, step: 'qemu-test-target:fs/uapi_tester/cargo' })
    // firmware: {} gives no firmware, silently, as upstream.
    expect(commands(p).some(c => c.includes('--firmware'))).toBe(false)
  })

  it('merges -f features into the matching component and helpers, and warns about unused ones', () => {
    const { features, warnings } = parseFeatureArgs(['vtpm2,bldr:x', 'igvmbuilder:y, userinit: z', 'nope:q,'])
    expect(warnings).toEqual(["WARNING: Empty feature specified: ''"])
    const p = plan(['qemu-target.json'], { features })
    const c = commands(p)
    expect(c).toContain(
      'cargo build --package svsm --target x86_64-unknown-none --features vtpm,uefivars,enable-console-log,vtpm2'
    )
    expect(c).toContain(
      'cargo build --bin bldr --target x86_64-unknown-none --features x --manifest-path boot/bldr/Cargo.toml'
    )
    expect(c).toContain('cargo build --package userinit --target x86_64-unknown-none --features z')
    expect(c).toContain('cargo build --package igvmbuilder --features y')
    expect(p.warnings).toContain("WARNING: Command line feature not used: 'nope:q'")
  })

  it('passes --all-features alone, replacing recipe features and --no-default-features', () => {
    const c = commands(plan(['test/hyperv-test-target.json'], { allFeatures: true }))
    expect(c).toContain(
      'cargo +nightly test --no-run --message-format=json-render-diagnostics --package svsm --target x86_64-unknown-none --all-features'
    )
    expect(c).toContain('cargo build --package igvmmeasure --all-features')
  })

  it('builds helpers once across recipes, and only the selected targets', () => {
    const p = plan(['qemu-target.json', 'all-targets.json'], { targets: ['qemu'] })
    expect(p.steps.filter(s => s.id.startsWith('helpers/')).map(s => s.id)).toEqual([
      'helpers/igvmbuilder',
      'helpers/igvmmeasure'
    ])
    expect(p.targets.map(t => `${t.recipe}:${t.target}`)).toEqual([
      'qemu-target.json:qemu',
      'all-targets.json:qemu'
    ])
    expect(plan(['hyperv-target.json'], { targets: ['qemu'] }).warnings).toContain(
      'target qemu: no recipe builds it'
    )
  })

  it('skips igvmmeasure in builtin mode but still measures every target', () => {
    const p = plan(['vanadium-target.json'], { measure: 'builtin' })
    expect(commands(p).some(c => c.includes('igvmmeasure'))).toBe(false)
    expect(p.steps.at(-1)).toMatchObject({
      kind: 'internal',
      op: { type: 'measure', igvm: 'bin/coconut-vanadium.igvm', checkKvm: true, nativeZero: true }
    })
  })

  it('lets the firmware option replace file/env, and ignores it for recipes without firmware', () => {
    expect(plan(['qemu-target.json'], { firmware: 'ovmf.fd' }).targets[0]!.firmware).toBe('ovmf.fd')
    const p = plan(['all-targets.json'], { firmware: 'ovmf.fd' })
    expect(p.targets.every(t => t.firmware === null)).toBe(true)
    expect(p.warnings).toContain(
      'all-targets.json: has no "firmware" section, so the firmware file ovmf.fd is not used'
    )
    expect(plan(['qemu-target.json']).warnings[0]).toMatch(/firmware\.env: FW_FILE is not set/)
  })

  it.each([false, true])('plans every upstream recipe consistently (release=%s)', release => {
    const files = [
      ...readdirSync(CONFIGS).filter(f => f.endsWith('.json')),
      ...readdirSync(join(CONFIGS, 'test')).map(f => `test/${f}`)
    ]
    const prof = release ? 'release' : 'debug'
    for (const f of files) {
      const p = plan([f], { release })
      for (const s of p.steps) {
        if (s.kind !== 'command') continue
        if (s.argv[0] === 'objcopy') expect(s.argv[3]).toBe(release ? '--strip-unneeded' : '--strip-debug')
        if ((s.group === 'kernel' || s.group === 'fs') && s.argv[0] === 'cargo')
          expect(s.argv.slice(s.argv.indexOf('--target'), s.argv.indexOf('--target') + 2)).toEqual([
            '--target',
            'x86_64-unknown-none'
          ])
        if (s.group === 'igvm')
          expect(s.argv.slice(0, 6)).toEqual([
            `target/${prof}/igvmbuilder`,
            '--sort',
            '--output',
            expect.stringMatching(/^bin\/coconut-.*\.igvm$/),
            '--policy',
            '0x30000'
          ])
      }
      expect(p.targets.length).toBe(Object.keys(p.recipes[0]!.igvm).length)
    }
  })
})

describeWith([CONFIGS], "build.py plan of upstream's recipes", () => {
  it('runs exactly the legacy commands for all-targets.json (debug)', () => {
    expect(commands(plan(['legacy-buildpy/all-targets.json'], {}, 'build.py'))).toEqual([
      'git describe --always --dirty=+',
      'cargo build --package igvmbuilder --target x86_64-unknown-linux-gnu',
      'cargo build --package igvmmeasure --target x86_64-unknown-linux-gnu',
      'cargo build --package packit --features cli --target x86_64-unknown-linux-gnu',
      'cargo build --bin svsm --features vtpm,enable-gdb --target x86_64-unknown-none',
      'cargo build --bin stage2 --manifest-path kernel/Cargo.toml --target x86_64-unknown-none',
      'make bin/stage1-trampoline',
      'objcopy -O elf64-x86-64 --strip-unneeded target/x86_64-unknown-none/debug/svsm bin/svsm',
      'objcopy -O binary --strip-unneeded target/x86_64-unknown-none/debug/stage2 bin/stage2',
      'objcopy -O binary --strip-unneeded bin/stage1-trampoline bin/tdx-stage1',
      'cargo build --package userinit --target x86_64-unknown-none',
      'objcopy -O elf64-x86-64 --strip-unneeded target/x86_64-unknown-none/debug/userinit bin/fs//init',
      'target/x86_64-unknown-linux-gnu/debug/packit pack --input bin/fs --output bin/svsm-fs.bin',
      'target/x86_64-unknown-linux-gnu/debug/igvmbuilder --sort --output bin/coconut-qemu.igvm --policy 0x30000 --stage2 bin/stage2 --kernel bin/svsm --tdx-stage1 bin/tdx-stage1 --snp --tdp --filesystem bin/svsm-fs.bin qemu',
      'target/x86_64-unknown-linux-gnu/debug/igvmmeasure --check-kvm bin/coconut-qemu.igvm measure',
      'target/x86_64-unknown-linux-gnu/debug/igvmbuilder --sort --output bin/coconut-hyperv.igvm --policy 0x30000 --stage2 bin/stage2 --kernel bin/svsm --tdx-stage1 bin/tdx-stage1 --comport 3 --snp --tdp --vsm --filesystem bin/svsm-fs.bin hyper-v',
      'target/x86_64-unknown-linux-gnu/debug/igvmmeasure bin/coconut-hyperv.igvm measure',
      'target/x86_64-unknown-linux-gnu/debug/igvmbuilder --sort --output bin/coconut-vanadium.igvm --policy 0x30000 --stage2 bin/stage2 --kernel bin/svsm --tdx-stage1 bin/tdx-stage1 --snp --tdp --filesystem bin/svsm-fs.bin vanadium',
      'target/x86_64-unknown-linux-gnu/debug/igvmmeasure --check-kvm --native-zero bin/coconut-vanadium.igvm measure'
    ])
  })

  it('puts its flags where build.py put them', () => {
    const c = commands(
      plan(
        ['legacy-buildpy/qemu-target.json'],
        { release: true, verbose: true, offline: true, env: { FW_FILE: 'OVMF.fd' } },
        'build.py'
      )
    )
    expect(c).toContain(
      'cargo build -vv --bin svsm --locked --offline --features vtpm --release --target x86_64-unknown-none'
    )
    expect(c).toContain('make bin/stage1-trampoline RELEASE=1 V=2')
    expect(c).toContain(
      'cargo build -vv --package packit --locked --offline --features cli --release --target x86_64-unknown-linux-gnu'
    )
    expect(c).toContain(
      'target/x86_64-unknown-linux-gnu/release/igvmbuilder --sort --output bin/coconut-qemu.igvm --policy 0x30000 --stage2 bin/stage2 --kernel bin/svsm --tdx-stage1 bin/tdx-stage1 --snp --tdp --native --firmware OVMF.fd --filesystem bin/svsm-fs.bin qemu'
    )
    expect(c).toContain(
      'objcopy -O binary --strip-unneeded target/x86_64-unknown-none/release/stage2 bin/stage2'
    )
  })

  it('falls back to the bare name when the cargo output is missing, as build.py does', () => {
    const p = plan(['legacy-buildpy/qemu-target.json'], {}, 'build.py')
    expect(p.steps.find(s => s.id === 'qemu-target:kernel/svsm/cargo')).toMatchObject({
      produces: { path: 'target/x86_64-unknown-none/debug/svsm', fallback: 'svsm' }
    })
  })
})

describe("the plan follows what the tree's xbuild passes", () => {
  const hyperv = (xbuild?: XbuildFacts) =>
    makePlan(
      [loadRecipe('configs/hyperv-target.json', 'xbuild', EXAMPLE, undefined, xbuild).recipe],
      'xbuild',
      planOptions(xbuild ? { xbuild } : {})
    )
  const igvmbuilder = (p: ReturnType<typeof hyperv>) =>
    p.steps.find((s): s is CommandStep => s.kind === 'command' && s.group === 'igvm')!.argv

  it("passes --comport as upstream's xbuild at f4bc4bcd does", () => {
    expect(igvmbuilder(hyperv())).toEqual(expect.arrayContaining(['--comport', '3']))
    expect(igvmbuilder(hyperv(UPSTREAM_XBUILD))).toEqual(expect.arrayContaining(['--comport', '3']))
  })

  it('passes no --comport when the tree never passes it, even if its struct still reads the key', () => {
    const argv = igvmbuilder(
      hyperv({ ...UPSTREAM_XBUILD, flags: UPSTREAM_XBUILD.flags.filter(f => f !== '--comport') })
    )
    expect(argv).not.toContain('--comport')
    expect(argv.slice(-4)).toEqual(['--snp', '--tdp', '--vsm', 'hyper-v'])
  })

  it('passes no --no-vtom to a tree that does not know it', () => {
    const r = loadRecipe('configs/vanadium-target.json', 'xbuild', EXAMPLE).recipe
    r.igvm.vanadium!['no-vtom'] = true
    const argv = (xbuild: XbuildFacts) =>
      (makePlan([r], 'xbuild', planOptions({ xbuild })).steps.find(s => s.group === 'igvm') as CommandStep)
        .argv
    expect(argv(UPSTREAM_XBUILD)).toContain('--no-vtom')
    expect(
      argv({ ...UPSTREAM_XBUILD, flags: UPSTREAM_XBUILD.flags.filter(f => f !== '--no-vtom') })
    ).not.toContain('--no-vtom')
  })

  it('keeps the facts out of the plan options it shows', () => {
    expect(Object.keys(hyperv(UPSTREAM_XBUILD).options)).not.toContain('xbuild')
  })
})
