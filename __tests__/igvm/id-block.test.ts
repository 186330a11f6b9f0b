// The ID block of files really signed by upstream's igvmmeasure: every fact checked against
// what the keys and the unsigned file say, computed here independently of the decoder.
import { beforeAll, expect, it, jest } from '@jest/globals'
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inspectCommand } from '../../src/cli/commands/inspect.js'
import { idBlockFacts, idBlockSignatures, parseIgvmWithBytes } from '../../src/igvm/id-block.js'
import { measure, toHex } from '../../src/igvm/measure.js'
import { parseIgvm } from '../../src/igvm/parse.js'
import { fixture } from '../helpers/paths.js'
import { describeWith, refTool } from '../helpers/shared.js'
import { tempDir } from '../helpers/temp.js'

/** SHA-384 of the SNP ABI public key (curve 2, Qx, Qy little-endian, zero-padded to 0x404). */
function snpKeyDigest(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' })
  const le = (b64: string) => Buffer.from(b64, 'base64url').reverse()
  const k = Buffer.alloc(0x404)
  k.writeUInt32LE(2, 0)
  le(jwk.x!).copy(k, 4)
  le(jwk.y!).copy(k, 4 + 72)
  return createHash('sha384').update(k).digest('hex').toUpperCase()
}

const ec = () => generateKeyPairSync('ec', { namedCurve: 'P-384' })

describeWith([refTool('igvmmeasure')], 'ID block of files signed by igvmmeasure', () => {
  const dir = tempDir('id-block-')
  const input = fixture('igvm', 'dummy-qemu.igvm')
  const id = ec()
  const author = ec()
  const sign = (out: string, withAuthor: boolean) => {
    const pem = (k: KeyObject, name: string) => {
      const p = join(dir, name)
      writeFileSync(p, k.export({ format: 'pem', type: 'sec1' }), { mode: 0o600 })
      return p
    }
    const args = [input, 'sign', '--output', join(dir, out), '--id-key', pem(id.privateKey, 'id.pem')]
    if (withAuthor) args.push('--author-key', pem(author.privateKey, 'author.pem'))
    execFileSync(refTool('igvmmeasure'), args, { stdio: 'pipe' })
    return parseIgvmWithBytes(readFileSync(join(dir, out)), out)
  }
  let both: ReturnType<typeof sign>
  let idOnly: ReturnType<typeof sign>
  beforeAll(() => {
    both = sign('both.igvm', true)
    idOnly = sign('id-only.igvm', false)
  })

  it('decodes ld, ids, version, policy and both key digests', () => {
    const unsigned = parseIgvm(readFileSync(input))
    const f = idBlockFacts(both)!
    expect(f.ld).toBe(toHex(measure(unsigned).digest))
    expect(f.familyId).toBe('0'.repeat(32))
    expect(f.imageId).toBe('0'.repeat(32))
    expect(f.version).toBe(1)
    expect(f.guestSvn).toBe(0)
    expect(f.policy).toBe(`0x${unsigned.policies[0]!.policy.toString(16)}`)
    expect(f.idKeyDigest).toBe(snpKeyDigest(id.publicKey))
    expect(f.authorKeyDigest).toBe(snpKeyDigest(author.publicKey))
    expect(f.idKeyDigest).not.toBe(f.authorKeyDigest)
  })

  it('has no author key digest when signed without an author key', () => {
    const f = idBlockFacts(idOnly)!
    expect(f.idKeyDigest).toBe(snpKeyDigest(id.publicKey))
    expect(f.authorKeyDigest).toBeNull()
  })

  it('verifies the ID block and author signatures, and sees a changed byte', () => {
    expect(idBlockSignatures(both)).toEqual({ idBlock: true, author: true })
    expect(idBlockSignatures(idOnly)).toEqual({ idBlock: true, author: null })
    // Flip one bit of the image id inside the signed block: the ID signature must fail.
    const bytes = Buffer.from(both.bytes)
    const d = both.file.directives.find(x => x.kind === 'snp-id-block')!
    bytes.writeUInt8(bytes.readUInt8(d.offset + 8 + 0x48) ^ 1, d.offset + 8 + 0x48)
    expect(idBlockSignatures({ file: both.file, bytes })).toEqual({ idBlock: false, author: true })
  })

  it('inspect shows both key digests next to the launch digest, in text and JSON', async () => {
    let out = ''
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(s => ((out += String(s)), true))
    try {
      const f = idBlockFacts(both)!
      expect(await inspectCommand([join(dir, 'both.igvm')])).toBe(0)
      expect(out).toContain(`SEV-SNP launch digest:              ${f.ld}\n`)
      expect(out).toContain(
        `ID key digest:                      ${f.idKeyDigest} (ID block signature valid)\n`
      )
      expect(out).toContain(`author key digest:                  ${f.authorKeyDigest} (signature valid)\n`)
      out = ''
      expect(await inspectCommand([join(dir, 'id-only.igvm'), '--json'])).toBe(0)
      const j = JSON.parse(out) as { digests: { snp: string }; signed: Record<string, unknown> }
      expect(j.signed).toMatchObject({
        idKeyDigest: snpKeyDigest(id.publicKey),
        authorKeyDigest: null,
        signatures: { idBlock: true, author: null }
      })
      expect(j.signed.ld).toBe(j.digests.snp)
    } finally {
      spy.mockRestore()
    }
  })

  it('is null for a file without an ID block', () => {
    expect(idBlockFacts(parseIgvmWithBytes(readFileSync(input)))).toBeNull()
  })
})
