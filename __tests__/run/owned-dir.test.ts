// Folders svsm-build may empty: only those it made (marked), never a user's.
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyOwnedDir, isOwned, isWithin, OWNED_MARKER } from '../../src/run/owned-dir.js'
import { BadInput } from '../../src/util/errors.js'
import { tempDir } from '../helpers/temp.js'

const top = tempDir('owned-dir-')

describe('a folder svsm-build owns', () => {
  it('is made and marked when it does not exist, and taken (marked) when empty', () => {
    const made = join(top, 'new', 'build')
    emptyOwnedDir(made)
    expect(readdirSync(made)).toEqual([OWNED_MARKER])
    expect(isOwned(made)).toBe(true)
    const empty = join(top, 'empty')
    mkdirSync(empty)
    emptyOwnedDir(empty)
    expect(isOwned(empty)).toBe(true)
  })

  it('is emptied, and only it', () => {
    const dir = join(top, 'ours')
    emptyOwnedDir(dir)
    mkdirSync(join(dir, 'Build', 'FV'), { recursive: true })
    writeFileSync(join(dir, 'Build', 'FV', 'OVMF.fd'), 'old image')
    writeFileSync(join(dir, 'edksetup.sh'), 'old copy')
    emptyOwnedDir(dir)
    expect(readdirSync(dir)).toEqual([OWNED_MARKER])
  })

  it("refuses a user's folder, naming a file in it, and leaves every file where it was", () => {
    const dir = join(top, 'users')
    mkdirSync(join(dir, 'src'), { recursive: true })
    writeFileSync(join(dir, 'notes.txt'), 'mine')
    writeFileSync(join(dir, 'src', 'main.c'), 'mine too')
    const e = (() => {
      try {
        emptyOwnedDir(dir)
      } catch (x) {
        return x
      }
    })()
    expect(e).toBeInstanceOf(BadInput)
    expect((e as Error).message).toBe(
      `${dir}: holds notes.txt, which svsm-build did not put there: it empties only a folder it made (one with a ${OWNED_MARKER} file); pass a new or empty folder, or remove this one yourself`
    )
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine')
    expect(readFileSync(join(dir, 'src', 'main.c'), 'utf8')).toBe('mine too')
    expect(existsSync(join(dir, OWNED_MARKER))).toBe(false)
  })

  it('refuses a file where the folder belongs', () => {
    const file = join(top, 'a-file')
    writeFileSync(file, 'x')
    expect(() => emptyOwnedDir(file)).toThrow(`${file}: not a folder`)
    expect(readFileSync(file, 'utf8')).toBe('x')
  })

  it('knows when one folder lies inside another', () => {
    expect(isWithin('/a/b/c', '/a/b')).toBe(true)
    expect(isWithin('/a/b', '/a/b')).toBe(true)
    expect(isWithin('/a/b', '/a/b/c')).toBe(false)
    expect(isWithin('/a/..b', '/a')).toBe(true)
    expect(isWithin('/a/bc', '/a/b')).toBe(false)
  })
})
