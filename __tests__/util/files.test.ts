// Files a user names are read only when regular and bounded; names that must stay inside a folder;
// an atomic write that fails (a full disk) leaves nothing behind and names the file it was writing.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BadInput } from '../../src/util/errors.js'
import { readRegularFile, regularFileProblem } from '../../src/util/input-file.js'
import { relativePathProblem } from '../../src/util/relative-path.js'
import { isSystemError, systemErrorMessage } from '../../src/util/system-error.js'
import { writeFileAtomic } from '../../src/util/write-atomic.js'
import { mountTmpfs, tmpfsReason, unmount } from '../helpers/mount.js'
import { tempDir } from '../helpers/temp.js'

const dir = tempDir('svsm-util-')
const mounts: string[] = []
afterAll(() => {
  for (const m of mounts) unmount(m)
})

describe('readRegularFile', () => {
  it('reads a regular file whole', () => {
    writeFileSync(join(dir, 'f'), 'abc')
    expect(readRegularFile(join(dir, 'f'), 3).toString()).toBe('abc')
  })

  it.each([
    ['/dev/zero', 'a character device, expected a regular file'],
    ['/', 'a directory, expected a regular file'],
    ['/nonexistent/file', 'no such file']
  ])('refuses %s without reading it: %s', (path, why) => {
    expect(() => readRegularFile(path, 1 << 20, 'label')).toThrow(new BadInput(`label: ${why}`))
    expect(regularFileProblem(path, 1 << 20)).toBe(why)
  })

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    expect(() => readRegularFile(fifo, 100)).toThrow(`${fifo}: a FIFO (named pipe), expected a regular file`)
  })

  it('refuses a file larger than the cap', () => {
    writeFileSync(join(dir, 'big'), Buffer.alloc(11))
    expect(() => readRegularFile(join(dir, 'big'), 10)).toThrow('11 bytes, more than the 10 allowed')
  })
})

describe('relativePathProblem', () => {
  it.each([
    ['coconut-qemu.igvm', null],
    ['sub/dir/x.igvm', null],
    ['', 'is empty'],
    ['/etc/passwd', 'is an absolute path'],
    ['.', 'has a "." part'],
    ['a/../../b', 'has a ".." part'],
    ['a//b', 'has an empty part (a doubled or trailing "/")'],
    ['a\u0000b', 'holds the control character U+0000'],
    ['a\nb', 'holds the control character U+000A'],
    ['x'.repeat(300), 'has a part of 300 bytes, more than the 255 a file name may have']
  ])('%j: %s', (p, problem) => {
    expect(relativePathProblem(p)).toBe(problem)
  })
})

describe('writeFileAtomic on a full disk', () => {
  it('removes its temporary file and names the file it was writing (fault-injected: /dev/full)', () => {
    const target = join(dir, 'measurements.json')
    // The temporary name leads to /dev/full, where every write fails with ENOSPC.
    symlinkSync('/dev/full', `${target}.tmp-${process.pid}`)
    let error: unknown
    try {
      writeFileAtomic(target, 'x'.repeat(100))
    } catch (e) {
      error = e
    }
    expect(isSystemError(error)).toBe(true)
    expect(systemErrorMessage(error as NodeJS.ErrnoException)).toBe(
      `${target}: no space left on the device (ENOSPC)`
    )
    expect(readdirSync(dir).filter(f => f.startsWith('measurements.json'))).toEqual([])
  })

  const onTmpfs = tmpfsReason ? it.skip : it
  onTmpfs(`on a real full tmpfs too${tmpfsReason ? ` (skipped: ${tmpfsReason})` : ''}`, () => {
    const small = join(dir, 'small')
    mkdirSync(small)
    expect(mountTmpfs(small, 'size=64k')).toBe(true)
    mounts.push(small)
    const target = join(small, 'measurements.json')
    expect(() => writeFileAtomic(target, Buffer.alloc(1 << 20))).toThrow(/ENOSPC/)
    expect(readdirSync(small)).toEqual([])
  })
})
