// writePredicates (the action's bin/attestations and the CLI's --out): the folder is written into,
// never emptied; a file svsm-build did not write stops it before anything is written.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { measurementPredicate } from '../../src/attest/predicate.js'
import { writePredicates } from '../../src/attest/write-predicates.js'
import { BadInput } from '../../src/util/errors.js'
import { measurement } from '../helpers/measurement.js'
import { tempDir } from '../helpers/temp.js'

const dir = tempDir('svsm-write-predicates-')

const qemu = measurement('qemu', 'A'.repeat(96))
const hyperv = measurement('hyper-v', 'B'.repeat(96))

describe('writePredicates', () => {
  it('makes a missing folder and writes one predicate per record', () => {
    const out = join(dir, 'new', 'attestations')
    const written = writePredicates(out, [qemu, hyperv])
    expect(written.map(w => w.predicate)).toEqual([
      join(out, 'coconut-qemu.igvm.predicate.json'),
      join(out, 'coconut-hyper-v.igvm.predicate.json')
    ])
    expect(JSON.parse(readFileSync(written[0]!.predicate, 'utf8'))).toEqual(measurementPredicate(qemu))
  })

  it.each([
    ['a user file', (out: string) => writeFileSync(join(out, 'notes.txt'), 'mine'), 'notes.txt'],
    ['a folder', (out: string) => mkdirSync(join(out, 'keep')), 'keep'],
    [
      'a file named like a predicate that is not one',
      (out: string) => writeFileSync(join(out, 'x.igvm.predicate.json'), '{"mine": true}'),
      'x.igvm.predicate.json'
    ],
    [
      'a symbolic link',
      (out: string) => symlinkSync('/etc/passwd', join(out, 'link.predicate.json')),
      'link.predicate.json'
    ]
  ])('refuses a folder holding %s, naming it, and leaves the folder as it was', (_what, put, name) => {
    const out = mkdtempSync(join(dir, 'foreign-'))
    put(out)
    const before = readdirSync(out)
    expect(() => writePredicates(out, [qemu], '--out D')).toThrow(
      new BadInput(
        `--out D: holds ${name}, which svsm-build did not write; nothing was written (predicates go into a new folder or one holding only earlier predicates)`
      )
    )
    expect(readdirSync(out)).toEqual(before)
  })

  it('replaces its own earlier predicates and removes those of files this build did not make', () => {
    const out = join(dir, 'own')
    writePredicates(out, [qemu, hyperv])
    const again = writePredicates(out, [{ ...qemu, sha256: 'c'.repeat(64) }])
    expect(readdirSync(out)).toEqual(['coconut-qemu.igvm.predicate.json'])
    expect(JSON.parse(readFileSync(again[0]!.predicate, 'utf8'))).toMatchObject({
      file: { sha256: 'c'.repeat(64) }
    })
  })

  it('refuses a file where the folder should be', () => {
    const file = join(dir, 'a-file')
    writeFileSync(file, 'x')
    expect(() => writePredicates(file, [qemu])).toThrow(`${file}: not a directory`)
    expect(readFileSync(file, 'utf8')).toBe('x')
  })
})
