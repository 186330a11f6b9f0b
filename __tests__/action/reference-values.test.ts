// The reference values the main and sign steps publish beside a measurements.json: the files the
// formats call for, their ID-block values for signed records, the repository from the environment
// when the folder is no checkout, and nothing (old files removed) when the repository is unknown.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { publishReferenceValues } from '../../src/action/reference-values.js'
import { decodeCorim } from '../../src/reference-values/corim-decode.js'
import { quietLogger } from '../helpers/logger.js'
import { measurement } from '../helpers/measurement.js'
import { tempDir } from '../helpers/temp.js'
import { sha384 } from '../reference-values/sample.js'

const SIGNED = {
  igvm: 'coconut-hyperv.signed.igvm',
  sha256: 'ab'.repeat(32),
  launchDigest: sha384('hyper-v'),
  idKeyDigest: sha384('id key'),
  authorKeyDigest: sha384('author key'),
  familyId: '11'.repeat(16),
  imageId: '22'.repeat(16)
}
const ENV = { GITHUB_REPOSITORY: 'octo/svsm', GITHUB_SERVER_URL: 'https://github.com' }

describe('publishReferenceValues', () => {
  it("writes a signed artifact's values, ID block included, into its flat folder", () => {
    const dir = tempDir('refvals-')
    const records = [measurement('hyper-v', sha384('hyper-v'), { signed: SIGNED })]
    const written = publishReferenceValues({ dir, measurements: records }, ENV, quietLogger())
    expect(Object.keys(written.files).sort()).toEqual(['corim', 'json', 'rvps'])
    for (const path of Object.values(written.files))
      expect(path.startsWith(`${dir}/reference-values.`)).toBe(true)
    const corim = decodeCorim(readFileSync(written.files.corim!), 'reference-values.corim')
    expect(corim.id).toContain('octo/svsm')
    expect(corim.targets).toHaveLength(1)
    expect(corim.targets[0]!.snp).toMatchObject({
      launchDigest: SIGNED.launchDigest.toUpperCase(),
      familyId: SIGNED.familyId.toUpperCase(),
      imageId: SIGNED.imageId.toUpperCase(),
      idKeyDigest: SIGNED.idKeyDigest.toUpperCase(),
      authorKeyDigest: SIGNED.authorKeyDigest.toUpperCase()
    })
  })

  it('without a repository to name, writes nothing and removes what an earlier run left', () => {
    const dir = tempDir('refvals-')
    writeFileSync(join(dir, 'reference-values.json'), '{}')
    const warned: string[] = []
    const log = { ...quietLogger(), warn: (m: string) => void warned.push(m) }
    const written = publishReferenceValues({ dir, measurements: [measurement('qemu', sha384('q'))] }, {}, log)
    expect(written.files).toEqual({})
    expect(existsSync(join(dir, 'reference-values.json'))).toBe(false)
    expect(warned.join('\n')).toMatch(/reference values not written: /)
  })
})
