// ID-block signing of the example's images with upstream's igvmmeasure and generated P-384 keys:
// the project's reader decodes and checks the block; the keys end up nowhere.
import { beforeAll, expect, it } from '@jest/globals'
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stageArtifact } from '../../src/artifacts/files.js'
import { builtinMeasure } from '../../src/engine/builtin-measure.js'
import { idBlockFacts, idBlockSignatures, parseIgvmWithBytes } from '../../src/igvm/id-block.js'
import { measurementsSchema, type Measurement } from '../../src/record/schema.js'
import { SignError, signArtifact, type SignResult } from '../../src/sign/sign.js'
import { describeWith, refTool } from '../helpers/shared.js'
import { makeTree } from '../helpers/tree.js'
import { buildIn } from '../helpers/recorded-build.js'
import { tempDir } from '../helpers/temp.js'

const igvmmeasure = refTool('igvmmeasure')
const p384 = () => generateKeyPairSync('ec', { namedCurve: 'P-384' })
const sha = (alg: string, b: Buffer) => createHash(alg).update(b).digest('hex')

/** ID_KEY_DIGEST as the SNP ABI defines it, computed here from the public key alone. */
function snpKeyDigest(pub: KeyObject): string {
  const jwk = pub.export({ format: 'jwk' })
  const le = (b64: string) => {
    const f = Buffer.alloc(72)
    Buffer.from(b64, 'base64url').reverse().copy(f)
    return f
  }
  const key = Buffer.alloc(0x404)
  key.writeUInt32LE(2, 0) // curve P-384
  le(jwk.x!).copy(key, 4)
  le(jwk.y!).copy(key, 4 + 72)
  return sha('sha384', key).toUpperCase()
}

describeWith([igvmmeasure], 'ID-block signing with upstream igvmmeasure', () => {
  const id = p384()
  const author = p384()
  // One key as PKCS#8, one as SEC1: both forms people keep keys in.
  const idPem = id.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const authorPem = author.privateKey.export({ type: 'sec1', format: 'pem' }).toString()
  let artifact: string
  let unsigned: Measurement[]
  let out: string
  let signed: SignResult
  let tempsBefore: string[]

  beforeAll(async () => {
    const root = makeTree()
    const { result } = await buildIn(root, ['configs/all-targets.json'])
    unsigned = result.measurements
    artifact = tempDir('svsm-artifact-')
    stageArtifact(result, artifact)
    out = tempDir('svsm-signed-')
    tempsBefore = readdirSync(tmpdir()).filter(f => f.startsWith('svsm-sign-'))
    signed = signArtifact(
      { artifactDir: artifact, outDir: out, igvmmeasure, keys: { idKey: idPem, authorKey: authorPem } },
      unsigned
    )
  })

  it('signs every SEV-SNP image; the record keeps the unsigned digest next to the signed one', () => {
    expect(signed.skipped).toEqual([])
    const written = measurementsSchema.parse(JSON.parse(readFileSync(join(out, 'measurements.json'), 'utf8')))
    expect(written).toEqual(signed.measurements)
    for (const [i, m] of written.entries()) {
      const before = unsigned[i]!
      expect(m.launchDigest).toBe(before.launchDigest)
      expect(m.sha256).toBe(before.sha256)
      const bytes = readFileSync(join(out, m.signed!.igvm))
      expect(m.signed!.igvm).toBe(m.igvm.replace(/^bin\//, '').replace(/\.igvm$/, '-signed.igvm'))
      expect(m.signed!.sha256).toBe(sha('sha256', bytes))
      expect(m.signed!.sha256).not.toBe(before.sha256)
      // The ID block is not measured: the launch digest stays, the block asserts it.
      expect(m.signed!.launchDigest).toBe(before.launchDigest)
      expect(existsSync(join(out, m.igvm.replace(/^bin\//, '')))).toBe(true)
      process.stdout.write(
        `${m.target}: ${m.signed!.igvm} sha256 ${m.signed!.sha256}\n  launch digest ${m.signed!.launchDigest} (unsigned ${before.launchDigest})\n  ID key digest ${m.signed!.idKeyDigest}\n  author key digest ${m.signed!.authorKeyDigest}\n`
      )
    }
  })

  it("gives ID block facts, read by the project's reader, that match the keys and the digest", () => {
    for (const m of signed.measurements) {
      const bytes = readFileSync(join(out, m.signed!.igvm))
      const parsed = parseIgvmWithBytes(bytes)
      expect(idBlockFacts(parsed)).toMatchObject({
        ld: m.launchDigest,
        idKeyDigest: snpKeyDigest(id.publicKey),
        authorKeyDigest: snpKeyDigest(author.publicKey),
        policy: m.policy
      })
      expect(idBlockSignatures(parsed)).toEqual({ idBlock: true, author: true })
      expect(m.signed).toMatchObject({
        idKeyDigest: snpKeyDigest(id.publicKey),
        authorKeyDigest: snpKeyDigest(author.publicKey)
      })
      // With or without --native-zero (vanadium), the block asserts the digest the target launches with.
      expect(builtinMeasure(bytes, m).details).toMatchObject({
        inventory: { idBlock: { present: true, matches: true } }
      })
    }
  })

  it('leaves the keys nowhere: no output file holds them, their temp folder is gone', () => {
    const secrets = [idPem, authorPem, id.privateKey.export({ type: 'sec1', format: 'pem' }).toString()].map(
      p => p.split('\n')[1]!
    )
    for (const f of readdirSync(out)) {
      const text = readFileSync(join(out, f)).toString('latin1')
      for (const s of secrets) expect(text).not.toContain(s)
    }
    expect(JSON.stringify(signed)).not.toContain(secrets[0])
    expect(readdirSync(tmpdir()).filter(f => f.startsWith('svsm-sign-'))).toEqual(tempsBefore)
  })

  it('refuses a key of another curve, naming the input and not the key', () => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    const o = tempDir('svsm-signed-')
    expect(() =>
      signArtifact({ artifactDir: artifact, outDir: o, igvmmeasure, keys: { idKey: p256 } }, unsigned)
    ).toThrow(new SignError('id-key: a ec prime256v1 key; SEV-SNP ID blocks need ECDSA P-384 (secp384r1)'))
    expect(() =>
      signArtifact({ artifactDir: artifact, outDir: o, igvmmeasure, keys: { idKey: 'nonsense' } }, unsigned)
    ).toThrow(/^id-key: not a PEM private key/)
    expect(readdirSync(o)).toEqual([])
  })
})
