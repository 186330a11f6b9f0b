// The example tree's igvmbuilder and igvmmeasure (Rust, independent of src/igvm): they accept
// and refuse what the real tools do, and the two digest implementations agree everywhere. Each
// refusal is also checked against upstream's real igvmbuilder when SVSM_REF_BIN_DIR has it; the
// igvmmeasure vectors and their real answers come from ../shared/testdata/igvm.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runIgvmmeasure } from '../../src/igvm/igvmmeasure-cli.js'
import { fixture } from '../helpers/paths.js'
import { describeWith, missing, refTool } from '../helpers/shared.js'
import { makeTree } from '../helpers/tree.js'
import { sampleFile } from '../igvm/samples.js'
import { KERNEL_BASE, kernelElf } from './mini-elf.js'

let root: string
const run = (tool: string, args: string[]) => {
  const r = spawnSync(join(root, 'target', 'debug', tool), args, { cwd: root, encoding: 'utf8' })
  return { stdout: r.stdout, stderr: r.stderr, code: r.status }
}
const REAL = refTool('igvmbuilder')
const realMissing = missing([REAL])
const runReal = (args: string[]) => {
  const r = spawnSync(REAL, args, { cwd: root, encoding: 'utf8' })
  return { stderr: r.stderr, code: r.status }
}
const fromTs = (args: string[]) => runIgvmmeasure(args, { readFile: p => readFileSync(join(root, p)) })

beforeAll(() => {
  root = makeTree()
  const b = spawnSync('cargo', ['build', '-q', '--package', 'igvmbuilder', '--package', 'igvmmeasure'], {
    cwd: root,
    encoding: 'utf8'
  })
  if (b.status !== 0) throw new Error(b.stderr)
  mkdirSync(join(root, 'in'))
  // Inputs shaped as upstream's igvmbuilder wants them (see ../shared/reference/native-boot.md),
  // and the malformed kernels and stage 1 images it refuses.
  writeFileSync(join(root, 'in', 'kernel'), kernelElf())
  writeFileSync(join(root, 'in', 'pie'), kernelElf({ type: 3 }))
  writeFileSync(join(root, 'in', 'no-shentsize'), kernelElf({ shentsize: 0 }))
  writeFileSync(join(root, 'in', 'dynamic'), kernelElf({ dynamic: true }))
  writeFileSync(
    join(root, 'in', 'unaligned'),
    kernelElf({ segments: [{ vaddr: KERNEL_BASE + 0x10n, data: Buffer.alloc(100, 1) }] })
  )
  writeFileSync(
    join(root, 'in', 'overlap'),
    kernelElf({
      segments: [
        { vaddr: KERNEL_BASE, data: Buffer.alloc(0x2000, 1) },
        { vaddr: KERNEL_BASE + 0x1000n, data: Buffer.alloc(100, 2) }
      ]
    })
  )
  writeFileSync(join(root, 'in', 'bldr'), Buffer.alloc(5000, 8))
  writeFileSync(join(root, 'in', 'stage1'), Buffer.alloc(4096, 9))
  writeFileSync(join(root, 'in', 'stage1-short'), Buffer.alloc(3000, 9))
  writeFileSync(join(root, 'in', 'stage1-long'), Buffer.alloc(8192, 9))
  writeFileSync(join(root, 'in', 'fs'), Buffer.alloc(100, 1))
  if (existsSync(fixture('igvm')))
    for (const f of [
      'dummy-qemu.igvm',
      'dummy-hyperv.igvm',
      'dummy-vanadium.igvm',
      'dummy-qemu-snp-tdp.igvm'
    ])
      writeFileSync(join(root, 'in', f), readFileSync(fixture('igvm', f)))
  writeFileSync(join(root, 'in', 'sample.igvm'), sampleFile())
})

const base = [
  '--sort',
  '--policy',
  '0x30000',
  '--kernel',
  'in/kernel',
  '--tdx-stage1',
  'in/stage1',
  '--bldr',
  'in/bldr',
  '--filesystem',
  'in/fs'
]

describeWith([fixture('igvm')], 'stand-in igvmmeasure against the real one (recorded)', () => {
  const vectors = JSON.parse(readFileSync(fixture('igvm', 'expected.json'), 'utf8')) as Record<
    string,
    { igvmmeasure: Record<string, { rc: number; stdout: string; stderr: string }> }
  >
  const flags: Record<string, string[]> = {
    default: [],
    'native-zero': ['-n'],
    'check-kvm': ['-c'],
    'check-kvm+native-zero': ['-c', '-n'],
    'platform sev-es': ['-p', 'sev-es']
  }
  const cases = Object.entries(vectors).flatMap(([f, v]) =>
    Object.entries(v.igvmmeasure).map(([k, r]) => [f, k, r] as const)
  )

  it.each(cases)('reproduces the real igvmmeasure on %s with %s', (file, k, r) => {
    const got = run('igvmmeasure', [...flags[k]!, `in/${file}`, 'measure', '--bare'])
    expect(got).toEqual({
      stdout: r.stdout ? `${r.stdout}\n` : '',
      stderr: r.stderr ? `${r.stderr}\n` : '',
      code: r.rc
    })
  })

  it.each([[[]], [['-n']], [['-c']], [['-p', 'sev-snp', '-v']]])(
    'agrees with svsm-build on the synthetic sample with %j, full output',
    extra => {
      const args = [...extra, 'in/sample.igvm', 'measure']
      expect(run('igvmmeasure', args)).toEqual(fromTs(args))
    }
  )
})

describe('stand-in igvmbuilder', () => {
  it('writes a file both implementations measure alike, which passes --check-kvm for qemu', () => {
    expect(
      run('igvmbuilder', [...base, '--output', 'q.igvm', '--snp', '--tdp', '--native', 'qemu']).code
    ).toBe(0)
    for (const flags of [['-c'], ['-n'], ['-c', '-n']]) {
      const args = [...flags, 'q.igvm', 'measure']
      const rust = run('igvmmeasure', args)
      expect(rust.code).toBe(0)
      expect(rust).toEqual(fromTs(args))
    }
  })

  it('puts the hyper-v VMSA at the top of the kernel range, which --check-kvm refuses', () => {
    expect(
      run('igvmbuilder', [
        ...base,
        '--output',
        'h.igvm',
        '--comport',
        '3',
        '--snp',
        '--tdp',
        '--vsm',
        'hyper-v'
      ]).code
    ).toBe(0)
    const r = run('igvmmeasure', ['-c', 'h.igvm', 'measure'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'The GPA for the VMSA (0x0000000008FFF000) does not match the address hardcoded in KVM.'
    )
    expect(run('igvmmeasure', ['h.igvm', 'measure'])).toEqual(fromTs(['h.igvm', 'measure']))
  })

  it('is deterministic and derived from every input and flag', () => {
    const digest = (args: string[], name: string) => {
      expect(run('igvmbuilder', [...args, '--output', name]).code).toBe(0)
      return run('igvmmeasure', [name, 'measure', '-b']).stdout
    }
    const a = digest([...base, '--snp', '--tdp', 'vanadium'], 'a.igvm')
    expect(digest([...base, '--snp', '--tdp', 'vanadium'], 'b.igvm')).toBe(a)
    expect(readFileSync(join(root, 'a.igvm')).equals(readFileSync(join(root, 'b.igvm')))).toBe(true)
    expect(digest([...base, '--snp', '--tdp', 'qemu'], 'c.igvm')).not.toBe(a)
    expect(digest([...base, '--comport', '2', '--snp', '--tdp', 'vanadium'], 'd.igvm')).not.toBe(a)
    expect(
      digest([...base.map(x => (x === '0x30000' ? '0x30001' : x)), '--snp', '--tdp', 'vanadium'], 'e.igvm')
    ).not.toBe(a)
    writeFileSync(join(root, 'in', 'fs2'), Buffer.alloc(100, 2))
    expect(
      digest([...base.map(x => (x === 'in/fs' ? 'in/fs2' : x)), '--snp', '--tdp', 'vanadium'], 'f.igvm')
    ).not.toBe(a)
  })

  it.each<[string[], number, string]>([
    [['--kernel', 'in/kernel', '--output', 'x.igvm', 'qemu'], 1, 'Error: "No platform specified"\n'],
    [
      ['--kernel', 'in/kernel', '--bldr', 'in/bldr', '--output', 'x.igvm', '--tdp', 'qemu'],
      1,
      'Error: "TDP platform requires --tdx-stage1"\n'
    ],
    [
      [
        '--kernel',
        'in/kernel',
        '--bldr',
        'in/bldr',
        '--tdx-stage1',
        'in/stage1',
        '--output',
        'x.igvm',
        '--snp',
        'qemu'
      ],
      1,
      'Error: "TDP platform must be specified when using --tdx-stage1"\n'
    ],
    [
      ['--kernel', 'in/kernel', '--policy', '0x30000', '--output', 'x.igvm', '--vsm', 'hyper-v'],
      1,
      'Error: "Policy not supported by the specified platform(s)"\n'
    ],
    [
      ['--kernel', 'in/kernel', '--output', 'x.igvm', '--snp', 'qemu'],
      1,
      'Error: "--bldr required but not specified"\n'
    ],
    [
      ['--kernel', 'in/nope', '--bldr', 'in/bldr', '--output', 'x.igvm', '--snp', 'qemu'],
      1,
      'Failed to read kernel image in/nope\nError: "No such file or directory (os error 2)"\n'
    ],
    [
      [
        '--kernel',
        'in/kernel',
        '--bldr',
        'in/bldr',
        '--firmware',
        'in/nope',
        '--output',
        'x.igvm',
        '--snp',
        'qemu'
      ],
      1,
      'Failed to open firmware file in/nope\nError: "No such file or directory (os error 2)"\n'
    ],
    ...(
      [
        ['pie', 'Failed to parse kernel ELF file'],
        ['no-shentsize', 'Failed to parse kernel ELF file'],
        ['overlap', 'Failed to parse kernel ELF file'],
        ['dynamic', 'Failed to parse kernel ELF file'],
        ['unaligned', 'Kernel ELF segment is not aligned']
      ] as [string, string][]
    ).map(([kernel, msg]): [string[], number, string] => [
      ['--kernel', `in/${kernel}`, '--bldr', 'in/bldr', '--output', 'x.igvm', '--native', 'qemu'],
      1,
      `Error: "${msg}"\n`
    ]),
    ...(
      [
        ['stage1-short', 'Range is not page aligned'],
        ['stage1-long', 'Stage1 image is too big']
      ] as [string, string][]
    ).map(([stage1, msg]): [string[], number, string] => [
      [
        '--kernel',
        'in/kernel',
        '--bldr',
        'in/bldr',
        '--tdx-stage1',
        `in/${stage1}`,
        '--output',
        'x.igvm',
        '--tdp',
        'qemu'
      ],
      1,
      `Error: "${msg}"\n`
    ]),
    [
      ['--kernel', 'in/kernel', '--bldr', 'in/nope', '--output', 'x.igvm', '--snp', 'qemu'],
      1,
      'Failed to access in/nope\nError: "No such file or directory (os error 2)"\n'
    ],
    [
      ['--kernel', 'in/kernel', '--output', 'x.igvm', '--comport', '5', '--snp', 'hyper-v'],
      2,
      "error: invalid value '5' for '--comport <COMPORT>': 5 is not in 1..=4"
    ],
    [
      ['--kernel', 'in/kernel', '--output', 'x.igvm', '--snp', 'azure'],
      2,
      "error: invalid value 'azure' for '<HYPERVISOR>'"
    ],
    [
      ['--output', 'x.igvm', '--snp', 'qemu'],
      2,
      'error: the following required arguments were not provided:\n  --kernel <KERNEL>'
    ],
    [
      ['--kernel', 'in/kernel', '--stage2', 'in/bldr', '--output', 'x.igvm', '--snp', 'qemu'],
      2,
      "error: unexpected argument '--stage2' found"
    ]
  ])('refuses %j like the real one', (args, code, message) => {
    const r = run('igvmbuilder', args)
    expect(r.code).toBe(code)
    expect(r.stderr.slice(0, message.length)).toBe(message)
    if (realMissing === null) {
      const real = runReal(args)
      expect(real.code).toBe(code)
      expect(real.stderr.slice(0, message.length)).toBe(message)
    }
  })
})
