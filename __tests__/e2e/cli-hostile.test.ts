// The bundled CLI against hostile input (issue 20): every subcommand answers --help; predicate
// never deletes what it did not write; a hand-edited record stays inside its clone; a directory
// where a file belongs, a recipe nested 100,000 deep, output names that cannot be files, a full
// disk and a read-only bin/ each end in one error line with the documented exit code and nothing
// left behind.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Measurement } from '../../src/record/schema.js'
import { mountTmpfs, tmpfsReason, unmount } from '../helpers/mount.js'
import { CLI, runCli, runNode, type Ran } from '../helpers/run.js'
import { makeTree } from '../helpers/tree.js'
import { tempDir } from '../helpers/temp.js'
import { COMMAND_LIST } from '../../src/cli/command-list.js'

const work = tempDir('svsm-hostile-')
const mounts: string[] = []
let root: string
let record: string
let records: Measurement[]

beforeAll(() => {
  root = makeTree({ dir: join(work, 'a') })
  const b = runCli(['build', '--svsm', root, '--targets', 'qemu', 'configs/qemu-target.json'])
  if (b.code !== 0) throw new Error(b.stderr)
  record = join(root, 'bin', 'measurements.json')
  records = JSON.parse(readFileSync(record, 'utf8')) as Measurement[]
})

afterAll(() => {
  for (const m of mounts) unmount(m)
})

/** One `error:` line on stderr, nothing else (no stack trace). */
function oneError(r: Ran, code: number, text: string): void {
  expect(r.stderr).toBe(`error: ${text}\n`)
  expect(r.code).toBe(code)
}

/** A build's stderr (cargo's output, warnings) ending in one `error:` line, without a stack trace. */
function endsInOneError(r: Ran, code: number, text: string | RegExp): void {
  const errors = r.stderr.split('\n').filter(l => l.startsWith('error: '))
  expect(errors).toHaveLength(1)
  if (typeof text === 'string') expect(errors[0]).toBe(`error: ${text}`)
  else expect(errors[0]).toMatch(text)
  expect(r.stderr.endsWith(`${errors[0]}\n`)).toBe(true)
  expect(r.stderr).not.toMatch(/\n {4}at /)
  expect(r.code).toBe(code)
}

const COMMANDS = Object.keys(COMMAND_LIST)

describe('--help', () => {
  it.each(COMMANDS)('svsm-build %s --help exits 0 and prints its usage', name => {
    const r = runCli([name, '--help'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      new RegExp(
        `^Usage: svsm-build ${name === 'build' ? '\\[build\\]' : name} [^\\n]*\\n[^]*\\n {2}-h, --help `
      )
    )
    expect(runCli([name, '-h']).stdout).toBe(r.stdout)
  })

  it('svsm-build --help lists every subcommand', () => {
    const r = runCli(['--help'])
    expect(r.code).toBe(0)
    for (const name of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n {2}${name} +\\S`))
  })

  it('a bad flag names the flag and what is expected, with the usage, exit 2', () => {
    const r = runCli(['inspect', 'x.igvm', '--jsn'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /^error: --jsn: unknown option; expected one of --json \(or -h\/--help\)\n\nUsage: svsm-build inspect /
    )
    const q = runCli(['qemu', '--qemu-src', 'q', '--igvm-src', 'i', '--prefix', 'p', '--jobs', 'lots'])
    expect(q.code).toBe(2)
    expect(q.stderr).toMatch(/^error: --jobs lots: expected a whole number from 1\n/)
  })
})

describe('predicate --out', () => {
  it("keeps a user's file in the folder: refuses it, writes nothing, exit 2", () => {
    const out = join(work, 'pred-user')
    mkdirSync(out)
    writeFileSync(join(out, 'notes.txt'), 'mine')
    const r = runCli(['predicate', record, '--out', out])
    oneError(
      r,
      2,
      `--out ${out}: holds notes.txt, which svsm-build did not write; nothing was written (predicates go into a new folder or one holding only earlier predicates)`
    )
    expect(readdirSync(out)).toEqual(['notes.txt'])
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine')
  })

  it('--out . in a folder with files keeps every one of them', () => {
    const cwd = join(work, 'pred-cwd')
    mkdirSync(join(cwd, 'sub'), { recursive: true })
    writeFileSync(join(cwd, 'a.txt'), 'a')
    writeFileSync(join(cwd, 'sub', 'b.txt'), 'b')
    const r = runCli(['predicate', record, '--out', '.'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^error: --out \.: holds (a\.txt|sub), which svsm-build did not write/)
    expect(readdirSync(cwd).sort()).toEqual(['a.txt', 'sub'])
    expect(readFileSync(join(cwd, 'sub', 'b.txt'), 'utf8')).toBe('b')
  })

  it('writes into a folder of its own earlier predicates, replacing them and removing stale ones', () => {
    const out = join(work, 'pred-own')
    expect(runCli(['predicate', record, '--out', out]).code).toBe(0)
    // An earlier build's predicate of another IGVM file (ours, so it may go).
    const stale = join(out, 'old.igvm.predicate.json')
    cpSync(join(out, 'coconut-qemu.igvm.predicate.json'), stale)
    const r = runCli(['predicate', record, '--out', out])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(readdirSync(out)).toEqual(['coconut-qemu.igvm.predicate.json'])
  })
})

describe('a record from elsewhere', () => {
  /** A copy of the record with one change, in a folder of its own. */
  function edited(name: string, change: (m: Measurement) => void): string {
    const dir = join(work, `record-${name}`)
    mkdirSync(dir, { recursive: true })
    const copy = structuredClone(records)
    change(copy[0]!)
    writeFileSync(join(dir, 'measurements.json'), JSON.stringify(copy))
    return join(dir, 'measurements.json')
  }

  it('reproduce refuses a recipe outside the clone before reading it', () => {
    const file = edited('recipe', m => {
      m.recipe = '../../../../etc/passwd'
      m.inputs!.options.recipes = ['../../../../etc/passwd']
    })
    oneError(
      runCli(['reproduce', file, '--svsm', root]),
      2,
      `${file}: [0].recipe: "../../../../etc/passwd" has a ".." part; expected a recipe path inside the svsm tree (like configs/qemu-target.json) or a bundled recipe name`
    )
    const abs = edited('recipes', m => {
      m.inputs!.options.recipes = ['/etc/passwd']
    })
    oneError(
      runCli(['reproduce', abs, '--svsm', root]),
      2,
      `${abs}: [0].inputs.options.recipes[0]: "/etc/passwd" is an absolute path; expected a recipe path inside the svsm tree (like configs/qemu-target.json) or a bundled recipe name`
    )
  })

  it('reproduce, diff and predicate refuse an IGVM name outside bin/', () => {
    const file = edited('igvm', m => {
      m.igvm = '/etc/passwd'
    })
    const message = `${file}: [0].igvm: "/etc/passwd" is not under bin/; expected bin/<file name>, the file its build wrote`
    oneError(runCli(['reproduce', file, '--svsm', root]), 2, message)
    oneError(runCli(['predicate', file, '--out', join(work, 'pred-igvm')]), 2, message)
    const climbing = edited('igvm-dotdot', m => {
      m.igvm = 'bin/../../x.igvm'
    })
    expect(runCli(['reproduce', climbing, '--svsm', root]).stderr).toContain(
      '[0].igvm: "bin/../../x.igvm" has a ".." part'
    )
  })

  it('refuses a record whose IGVM file beside it has other bytes', () => {
    const dir = join(work, 'artifact')
    mkdirSync(dir)
    cpSync(record, join(dir, 'measurements.json'))
    writeFileSync(join(dir, 'coconut-qemu.igvm'), Buffer.alloc(records[0]!.size))
    const r = runCli(['predicate', dir, '--out', join(work, 'pred-artifact')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /^error: .*measurements\.json: \[0\]\.igvm: bin\/coconut-qemu\.igvm: .*coconut-qemu\.igvm beside the record has sha256 [0-9a-f]{64}, the record says [0-9a-f]{64}: the record is not about this file\n$/
    )
  })

  it('reproduce gives igvmbuilder no firmware but the file the record pins by sha256', () => {
    const file = edited('firmware', m => {
      m.firmware = { path: '/etc/passwd', sha256: 'a'.repeat(64), manifest: null }
    })
    oneError(
      runCli(['reproduce', file, '--svsm', root]),
      2,
      `the record's firmware /etc/passwd (sha256 ${'a'.repeat(64)}) is not at /etc/passwd (no regular file with that sha256); pass --firmware FILE`
    )
    oneError(
      runCli(['reproduce', file, '--svsm', root, '--firmware', '/dev/zero']),
      2,
      '--firmware /dev/zero: a character device, expected a regular file'
    )
  })

  it('reproduce --svsm on a subfolder of the repository: one error', () => {
    oneError(
      runCli(['reproduce', record, '--svsm', join(root, 'kernel')]),
      2,
      `--svsm ${join(root, 'kernel')}: a folder inside the repository ${root}, not its root; pass --svsm ${root}`
    )
  })
})

describe('diff --inputs', () => {
  it('a directory where a file belongs: one error, exit 2 (not 1, "they differ")', () => {
    const igvm = join(root, 'bin', 'coconut-qemu.igvm')
    const a = join(work, 'inputs-a')
    mkdirSync(join(a, 'firmware.fd'), { recursive: true })
    cpSync(join(root, 'bin', 'svsm'), join(a, 'svsm'))
    oneError(
      runCli(['diff', igvm, igvm, '--inputs', a, join(root, 'bin')]),
      2,
      `--inputs ${a}: firmware ${join(a, 'firmware.fd')}: a directory, expected a regular file`
    )
    const b = join(work, 'inputs-b')
    mkdirSync(join(b, 'svsm'), { recursive: true })
    oneError(
      runCli(['diff', igvm, igvm, '--inputs', b, join(root, 'bin')]),
      2,
      `--inputs ${join(b, 'svsm')}: a directory, expected a regular file`
    )
    // A file where a directory belongs.
    oneError(
      runCli(['diff', igvm, igvm, '--inputs', igvm, join(root, 'bin')]),
      2,
      `--inputs ${igvm}: not a directory (expected a build's bin/)`
    )
  })
})

describe('recipes and output names', () => {
  it('a recipe nested 100,000 deep: one error naming the file and the JSON path', () => {
    writeFileSync(
      join(root, 'configs', 'deep.json'),
      `{"kernel": ${'['.repeat(100000)}${']'.repeat(100000)}}`
    )
    const r = runCli(['plan', '--svsm', root, 'configs/deep.json'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /^error: configs\/deep\.json: kernel: expected an object mapping kernel component names to build items, got array \[{57}\.\.\.\n/
    )
    expect(r.stderr).not.toContain('Maximum call stack')
  })

  it.each([
    ['.', 'has a "." part', 'string "."'],
    ['a\u0000b.igvm', 'holds the control character U+0000', 'string "a\\u0000b.igvm"'],
    ['a\nb.igvm', 'holds the control character U+000A', 'string "a\\nb.igvm"'],
    [
      `${'x'.repeat(300)}.igvm`,
      'has a part of 305 bytes, more than the 255 a file name may have',
      `string "${'x'.repeat(56)}...`
    ]
  ])('output %j is refused when planning: %s', (output, why, found) => {
    const recipe = JSON.parse(readFileSync(join(root, 'configs', 'qemu-target.json'), 'utf8')) as {
      igvm: { qemu: { output: string } }
    }
    recipe.igvm.qemu.output = output
    writeFileSync(join(root, 'configs', 'named.json'), JSON.stringify(recipe))
    for (const command of ['plan', 'build']) {
      const r = runCli([command, '--svsm', root, 'configs/named.json'])
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(
        `error: configs/named.json: igvm.qemu.output: expected a file name under bin/, like "coconut-qemu.igvm", got ${found}, which ${why}\n`
      )
    }
  })
})

describe('the disk and the folder the build writes into', () => {
  it('a full disk when the record is written: one error naming it, no temporary file, no IGVM file', () => {
    const tree = makeTree({ dir: join(work, 'full') })
    mkdirSync(join(tree, 'bin'))
    // Fault injection: the CLI's own process makes its temporary record name lead to /dev/full,
    // where every write fails with ENOSPC, then runs as `svsm-build` would.
    const wrapper = join(work, 'full-disk.mjs')
    writeFileSync(
      wrapper,
      [
        "import { symlinkSync } from 'node:fs'",
        `symlinkSync('/dev/full', ${JSON.stringify(join(tree, 'bin', 'measurements.json'))} + '.tmp-' + process.pid)`,
        `await import(${JSON.stringify(pathToFileURL(CLI).href)})`
      ].join('\n')
    )
    const r = runNode(wrapper, ['build', '--svsm', tree, '--targets', 'qemu', 'configs/qemu-target.json'])
    endsInOneError(r, 1, `${join(tree, 'bin', 'measurements.json')}: no space left on the device (ENOSPC)`)
    expect(readdirSync(join(tree, 'bin')).filter(f => f.includes('.tmp') || f.endsWith('.igvm'))).toEqual([])
    expect(existsSync(join(tree, 'bin', 'measurements.json'))).toBe(false)
  })

  it('bin/ that is a file: one error naming the folder, before any step', () => {
    const tree = makeTree({ dir: join(work, 'binfile') })
    writeFileSync(join(tree, 'bin'), 'not a folder')
    const r = runCli(['build', '--svsm', tree, '--targets', 'qemu', 'configs/qemu-target.json'])
    endsInOneError(
      r,
      1,
      new RegExp(
        `^error: ${join(tree, 'bin')}: cannot create the build lock bin/\\.svsm-build\\.lock there: [^\\n]+ \\((EEXIST|ENOTDIR)\\); the build writes its results in bin/, so it must be a writable folder$`
      )
    )
    expect(existsSync(join(tree, 'target'))).toBe(false)
  })

  const onTmpfs = tmpfsReason ? it.skip : it
  onTmpfs(
    `a read-only bin/: one error naming the folder${tmpfsReason ? ` (skipped: ${tmpfsReason})` : ''}`,
    () => {
      const tree = makeTree({ dir: join(work, 'readonly') })
      expect(mountTmpfs(join(tree, 'bin'), 'ro,size=64k')).toBe(true)
      mounts.push(join(tree, 'bin'))
      const r = runCli(['build', '--svsm', tree, '--targets', 'qemu', 'configs/qemu-target.json'])
      endsInOneError(
        r,
        1,
        `${join(tree, 'bin')}: cannot create the build lock bin/.svsm-build.lock there: read-only file system (EROFS); the build writes its results in bin/, so it must be a writable folder`
      )
      expect(existsSync(join(tree, 'target'))).toBe(false)
    }
  )
})
