// The SEV-SNP ID block of a signed IGVM file, decoded into the values an attestation report
// carries (ID key digest, author key digest, family and image id) so a verifier can pin them.
// The reader keeps only the ld of the block, so the body is read again from the file bytes.
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto'
import { PLATFORM_TYPE } from './format.js'
import { parseIgvm, type IgvmFile } from './parse.js'

/** A parsed file together with its bytes (the ID block's keys are not kept by the parser). */
export interface ParsedIgvm {
  file: IgvmFile
  bytes: Uint8Array
}

export function parseIgvmWithBytes(bytes: Uint8Array, name?: string): ParsedIgvm {
  return { file: parseIgvm(bytes, name), bytes }
}

export interface IdBlockFacts {
  /** Launch digest the block asserts (upper-case hex, like launch digests). */
  ld: string
  familyId: string
  imageId: string
  version: number
  guestSvn: number
  /** The file's SEV-SNP guest policy, as the recipe writes it ("0x30000"): part of what is signed. */
  policy: string
  /** SHA-384 of the ID public key in the SNP ABI layout: what a report's ID_KEY_DIGEST holds. */
  idKeyDigest: string
  /** Same for the author key; null when the block has no author key. */
  authorKeyDigest: string | null
}

// IGVM_VHS_SNP_ID_BLOCK body offsets (igvm-format.md).
const B = {
  AUTHOR_KEY_ENABLED: 0x4,
  LD: 0x8,
  FAMILY_ID: 0x38,
  IMAGE_ID: 0x48,
  VERSION: 0x58,
  GUEST_SVN: 0x5c,
  ID_SIGNATURE: 0x68,
  ID_KEY: 0xf8,
  AUTHOR_SIGNATURE: 0x190,
  AUTHOR_KEY: 0x220
} as const
const POINT = 72
/** The SNP ABI's ECDSA public key structure: curve u32, Qx, Qy, zero padding to 0x404 bytes. */
const SNP_PUBKEY_SIZE = 0x404

const upper = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase()

interface RawBlock {
  body: Buffer
  policy: bigint
}

function rawBlock(parsed: ParsedIgvm): RawBlock | null {
  const { file, bytes } = parsed
  const snp = file.platforms.find(p => p.platformType === PLATFORM_TYPE.SEV_SNP)
  if (!snp) return null
  // The last block that applies to SEV-SNP is the one igvmmeasure compares and a loader uses.
  const d = file.directives.filter(x => x.kind === 'snp-id-block' && (x.mask & snp.mask) !== 0).at(-1)
  if (!d) return null
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + d.offset + 8, 0x2b8)
  const policy = file.policies.find(p => (p.mask & snp.mask) !== 0)?.policy ?? 0n
  return { body, policy }
}

/** The IGVM key (curve u32, reserved u32, Qx, Qy) rewritten in the SNP ABI layout. */
function snpPublicKey(igvmKey: Uint8Array): Buffer {
  const k = Buffer.from(igvmKey.buffer, igvmKey.byteOffset, 8 + 2 * POINT)
  const out = Buffer.alloc(SNP_PUBKEY_SIZE)
  out.writeUInt32LE(k.readUInt32LE(0), 0)
  k.copy(out, 4, 8, 8 + 2 * POINT)
  return out
}

const sha384Upper = (b: Uint8Array) => createHash('sha384').update(b).digest('hex').toUpperCase()

export function idBlockFacts(parsed: ParsedIgvm): IdBlockFacts | null {
  const raw = rawBlock(parsed)
  if (!raw) return null
  const { body } = raw
  const key = (at: number) => body.subarray(at, at + 8 + 2 * POINT)
  return {
    ld: upper(body.subarray(B.LD, B.LD + 48)),
    familyId: upper(body.subarray(B.FAMILY_ID, B.FAMILY_ID + 16)),
    imageId: upper(body.subarray(B.IMAGE_ID, B.IMAGE_ID + 16)),
    version: body.readUInt32LE(B.VERSION),
    guestSvn: body.readUInt32LE(B.GUEST_SVN),
    policy: `0x${raw.policy.toString(16)}`,
    idKeyDigest: sha384Upper(snpPublicKey(key(B.ID_KEY))),
    authorKeyDigest: body[B.AUTHOR_KEY_ENABLED] ? sha384Upper(snpPublicKey(key(B.AUTHOR_KEY))) : null
  }
}

/** Little-endian 72-byte integer to the big-endian 48 bytes of a P-384 value. */
const p384Be = (le: Uint8Array) => Buffer.from(le.subarray(0, 48)).reverse()

/** An ECDSA P-384 public key from its SNP little-endian Qx/Qy fields. */
function p384Key(qxLe: Uint8Array, qyLe: Uint8Array): KeyObject {
  return createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-384',
      x: p384Be(qxLe).toString('base64url'),
      y: p384Be(qyLe).toString('base64url')
    },
    format: 'jwk'
  })
}

/** Verifies an SNP-layout signature (r, s little-endian, 72 bytes each) with SHA-384. */
export function verifySnpSignature(key: KeyObject, data: Uint8Array, sig: Uint8Array): boolean {
  const p1363 = Buffer.concat([p384Be(sig.subarray(0, POINT)), p384Be(sig.subarray(POINT, 2 * POINT))])
  return verify('sha384', data, { key, dsaEncoding: 'ieee-p1363' }, p1363)
}

interface IdBlockSignatures {
  /** The ID key signs ld, family id, image id, version, guest svn and the policy (0x60 bytes). */
  idBlock: boolean
  /** The author key signs the ID key (SNP layout); null when there is no author key. */
  author: boolean | null
}

export function idBlockSignatures(parsed: ParsedIgvm): IdBlockSignatures | null {
  const raw = rawBlock(parsed)
  if (!raw) return null
  const { body } = raw
  const signed = Buffer.alloc(0x60)
  body.copy(signed, 0, B.LD, B.GUEST_SVN + 4)
  signed.writeBigUInt64LE(raw.policy, 0x58)
  const keyOf = (at: number) => {
    try {
      return p384Key(body.subarray(at + 8, at + 8 + POINT), body.subarray(at + 8 + POINT, at + 8 + 2 * POINT))
    } catch {
      return null // not a point on P-384: no signature by it can hold
    }
  }
  const sigAt = (at: number) => body.subarray(at, at + 2 * POINT)
  const idKey = keyOf(B.ID_KEY)
  const idBlock = idKey !== null && verifySnpSignature(idKey, signed, sigAt(B.ID_SIGNATURE))
  let author: boolean | null = null
  if (body[B.AUTHOR_KEY_ENABLED]) {
    const authorKey = keyOf(B.AUTHOR_KEY)
    author =
      authorKey !== null &&
      verifySnpSignature(authorKey, snpPublicKey(body.subarray(B.ID_KEY)), sigAt(B.AUTHOR_SIGNATURE))
  }
  return { idBlock, author }
}
