// A record from elsewhere, read with untrustedNames: every name it holds stays inside the tree or
// the artifact, and an IGVM file beside it must be the file it describes.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkRecordNames, findRecordedFile, loadRecords, RecordError } from '../../src/record/load.js'
import type { Measurement } from '../../src/record/schema.js'
import { measurement } from '../helpers/measurement.js'
import { tempDir } from '../helpers/temp.js'

const dir = tempDir('svsm-record-names-')

const digest = 'C'.repeat(96)
const file = join(dir, 'measurements.json')
const refusal = (m: Measurement): string => {
  try {
    checkRecordNames([m], file)
    return 'accepted'
  } catch (e) {
    expect(e).toBeInstanceOf(RecordError)
    return (e as Error).message
  }
}

describe('checkRecordNames', () => {
  it('accepts what builds write: bin/ names, tree recipes, bundled names, firmware from anywhere', () => {
    expect(refusal(measurement('qemu', digest))).toBe('accepted')
    expect(refusal(measurement('qemu', digest, { recipe: 'qemu' }))).toBe('accepted')
    expect(refusal(measurement('qemu', digest, { igvm: 'bin/sub/x.igvm' }))).toBe('accepted')
    for (const path of ['/opt/edk2/OVMF.fd', '../edk2/Build/OVMF.fd', 'bin/firmware/OVMF.fd'])
      expect(refusal(measurement('qemu', digest, { firmware: { path, sha256: 'd'.repeat(64) } }))).toBe(
        'accepted'
      )
  })

  it.each([
    [{ igvm: '/etc/passwd' }, '[0].igvm: "/etc/passwd" is not under bin/'],
    [{ igvm: 'bin/../../etc/passwd' }, '[0].igvm: "bin/../../etc/passwd" has a ".." part'],
    [{ igvm: 'bin/.' }, '[0].igvm: "bin/." has a "." part'],
    [{ igvm: 'bin/a\nb' }, '[0].igvm: "bin/a\\nb" holds the control character U+000A'],
    [{ recipe: '../../../../etc/passwd' }, '[0].recipe: "../../../../etc/passwd" has a ".." part'],
    [{ recipe: '/etc/passwd' }, '[0].recipe: "/etc/passwd" is an absolute path'],
    [
      { firmware: { path: 'a\u0000b', sha256: 'd'.repeat(64) } },
      '[0].firmware.path: "a\\u0000b" cannot be a path'
    ]
  ] as [Partial<Measurement>, string][])('refuses %j: %s', (change, message) => {
    expect(refusal(measurement('qemu', digest, change))).toContain(`${file}: ${message}`)
  })

  it('refuses a signed copy named outside its folder', () => {
    const m = measurement('qemu', digest)
    const signed = { igvm: '../x.igvm', sha256: 'e'.repeat(64), launchDigest: digest, idKeyDigest: digest }
    expect(
      refusal({
        ...m,
        signed: { ...signed, authorKeyDigest: null, familyId: '0'.repeat(32), imageId: '0'.repeat(32) }
      })
    ).toContain('[0].signed.igvm: "../x.igvm" has a ".." part')
  })

  it('checks the IGVM file beside the record: size and sha256', () => {
    const bytes = Buffer.from('igvm bytes')
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    writeFileSync(join(dir, 'coconut-qemu.igvm'), bytes)
    const m = measurement('qemu', digest, { size: bytes.length, sha256 })
    writeFileSync(file, JSON.stringify([m]))
    expect(loadRecords(file, { untrustedNames: true }).records).toEqual([m])
    writeFileSync(file, JSON.stringify([{ ...m, size: 99 }]))
    expect(() => loadRecords(file, { untrustedNames: true })).toThrow(
      `beside the record has ${bytes.length} bytes, the record says 99: the record is not about this file`
    )
    writeFileSync(file, JSON.stringify([{ ...m, sha256: 'f'.repeat(64) }]))
    expect(() => loadRecords(file, { untrustedNames: true })).toThrow(
      `beside the record has sha256 ${sha256}, the record says ${'f'.repeat(64)}`
    )
    // Without the option (the report's own reading), names are not files to check.
    expect(loadRecords(file).records).toHaveLength(1)
  })
})

describe('findRecordedFile', () => {
  it('takes the first regular file with the recorded sha256, nothing else', () => {
    writeFileSync(join(dir, 'fw.fd'), 'firmware')
    const sha256 = createHash('sha256').update('firmware').digest('hex')
    expect(findRecordedFile(['/etc/passwd', '/dev/zero', dir, join(dir, 'fw.fd')], sha256, 1 << 20)).toBe(
      join(dir, 'fw.fd')
    )
    expect(findRecordedFile(['/etc/passwd', '/dev/zero'], sha256, 1 << 20)).toBeNull()
  })
})
