// Reads SEV-SNP reference values out of an unsigned CoRIM (this project's or one shaped like
// Veraison's test data). It first checks every triple the way Veraison's SEV-SNP scheme does
// (scheme/sevsnp/corim.go: class id and instance of reference values, vendor and model of trust
// anchors, a uint mkey on every measurement), then reads the mkeys a build determines.
import { decodeCbor, Tagged, type Cbor, type CborMap } from './cbor.js'
import {
  ARK_PROFILE,
  BUILD_MKEYS,
  CLASS_KEY,
  CLASS_OID_BY_CHIP,
  CLASS_OID_BY_CSP,
  COMID_KEY,
  CORIM_KEY,
  ENV_KEY,
  MEASUREMENT_KEY,
  MKEY,
  MKEY_NAME,
  MVAL_KEY,
  oidString,
  PROFILE,
  SHA384_ALG,
  TAG,
  TAG_IDENTITY_KEY,
  TRIPLES_KEY
} from './corim-profile.js'
import { ReferenceValuesError } from './errors.js'
import { policyFromBytes, toUpperHex } from './hex.js'
import type { ReferenceValues, SnpReference, TargetReference } from './values.js'

const TRIPLE_NAME: Record<number, string> = {
  [TRIPLES_KEY.REFERENCE]: 'reference-values',
  [TRIPLES_KEY.ENDORSED]: 'endorsed-values',
  [TRIPLES_KEY.IDENTITY]: 'identity-triples',
  [TRIPLES_KEY.ATTEST_KEY]: 'attester-verification-keys'
}

const isMap = (v: Cbor): v is CborMap => v instanceof Map
const isBytes = (v: Cbor): v is Uint8Array => v instanceof Uint8Array
const isUint = (v: Cbor): v is number | bigint =>
  (typeof v === 'number' && Number.isInteger(v) && v >= 0) || (typeof v === 'bigint' && v >= 0n)
const tagged = (v: Cbor, tag: number): v is Tagged => v instanceof Tagged && v.tag === tag

/** A short description of a CBOR value for messages ("found ..."). */
function describeCbor(v: Cbor): string {
  if (v === undefined) return 'nothing'
  if (v === null) return 'null'
  if (typeof v === 'boolean') return `${v}`
  if (isUint(v)) return `the unsigned integer ${v}`
  if (typeof v === 'number' || typeof v === 'bigint') return `the number ${v}`
  if (typeof v === 'string')
    return `the text string ${JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v)}`
  if (isBytes(v)) return `a byte string of ${v.length} bytes`
  if (Array.isArray(v)) return `an array of ${v.length}`
  if (isMap(v)) return `a map with keys ${[...v.keys()].map(k => String(k)).join(', ') || '(none)'}`
  if (v.tag === TAG.OID && isBytes(v.value as Cbor))
    return `an OID, tag 111 (${oidString(v.value) ?? 'malformed'})`
  return `tag ${v.tag} holding ${describeCbor(v.value as Cbor)}`
}

class Reader {
  readonly warnings: string[] = []
  constructor(readonly source: string) {}
  fail(where: string, detail: string): never {
    throw new ReferenceValuesError(this.source, where, detail)
  }
  /** The value of `key`, or a failure naming the key when it is absent. */
  need(m: CborMap, key: number, where: string, what: string, expected: string): Cbor {
    if (!m.has(key)) this.fail(where, `no ${what} (key ${key}), expected ${expected}`)
    return m.get(key)
  }
  map(v: Cbor, where: string, expected: string): CborMap {
    if (!isMap(v)) this.fail(where, `found ${describeCbor(v)}, expected ${expected}`)
    return v
  }
  array(v: Cbor, where: string, expected: string): Cbor[] {
    if (!Array.isArray(v)) this.fail(where, `found ${describeCbor(v)}, expected ${expected}`)
    return v
  }
}

// ---- checks of every triple, as Veraison's SEV-SNP scheme makes them ----

function checkReferenceEnvironment(r: Reader, env: CborMap, where: string): void {
  const cls = r.map(
    r.need(env, ENV_KEY.CLASS, where, 'class', `a class with the class id ${CLASS_OID_BY_CHIP}`),
    `${where}.class`,
    'a class map'
  )
  const id = r.need(
    cls,
    CLASS_KEY.CLASS_ID,
    `${where}.class`,
    'class id',
    `the OID ${CLASS_OID_BY_CHIP} (tag 111)`
  )
  if (!tagged(id, TAG.OID) || !isBytes(id.value as Cbor))
    r.fail(
      `${where}.class.class-id`,
      `found ${describeCbor(id)}, expected an OID (tag 111), ${CLASS_OID_BY_CHIP}`
    )
  const instance = r.need(env, ENV_KEY.INSTANCE, where, 'instance', 'the launch digest as bytes (tag 560)')
  if (!tagged(instance, TAG.BYTES) || !isBytes(instance.value as Cbor))
    r.fail(`${where}.instance`, `found ${describeCbor(instance)}, expected bytes (tag 560)`)
}

function checkMeasurements(r: Reader, list: Cbor[], where: string): void {
  list.forEach((m, i) => {
    const at = `${where}[${i}]`
    const map = r.map(m, at, 'a measurement map {0: mkey, 1: values}')
    if (!map.has(MEASUREMENT_KEY.MKEY))
      r.fail(
        at,
        'no mkey (key 0), expected an unsigned integer mkey naming the report field (641 = MEASUREMENT)'
      )
    const key = map.get(MEASUREMENT_KEY.MKEY)
    if (!isUint(key))
      r.fail(`${at}.mkey`, `found ${describeCbor(key)}, expected an unsigned integer (AMD's SEV-SNP mkeys)`)
    r.map(r.need(map, MEASUREMENT_KEY.MVAL, at, 'measurement values', 'a map'), `${at}.values`, 'a map')
  })
}

function checkTrustAnchor(r: Reader, env: CborMap, keys: Cbor[], where: string): void {
  const cls = r.map(
    r.need(env, ENV_KEY.CLASS, `${where}.environment`, 'class', 'a class with vendor and model'),
    `${where}.environment.class`,
    'a class map'
  )
  const text = (key: number, what: string, expected: string) => {
    const v = r.need(cls, key, `${where}.environment.class`, what, expected)
    if (typeof v !== 'string')
      r.fail(`${where}.environment.class.${what}`, `found ${describeCbor(v)}, expected ${expected}`)
  }
  text(CLASS_KEY.VENDOR, 'vendor', 'the text "Advanced Micro Devices"')
  text(CLASS_KEY.MODEL, 'model', 'the AMD product of the root key, e.g. "ARK-Genoa"')
  keys.forEach((k, i) => {
    if (!tagged(k, TAG.PKIX_BASE64_CERT) && !tagged(k, TAG.PKIX_BASE64_CERT_PATH))
      r.fail(
        `${where}.verification-keys[${i}]`,
        `found ${describeCbor(k)}, expected a PEM certificate (tag 555) or certificate path (tag 556)`
      )
  })
}

/** Reads the reference triples (not yet interpreted) after checking every triple of the CoMID. */
function checkComid(r: Reader, comid: CborMap, where: string): { env: CborMap; ms: CborMap[]; at: string }[] {
  const identity = r.map(
    r.need(comid, COMID_KEY.TAG_IDENTITY, where, 'tag-identity', 'a map with the tag id'),
    `${where}.tag-identity`,
    'a map with the tag id'
  )
  if (!identity.has(TAG_IDENTITY_KEY.TAG_ID))
    r.fail(`${where}.tag-identity`, 'no tag id (key 0), expected a UUID or text')
  const triples = r.map(
    r.need(comid, COMID_KEY.TRIPLES, where, 'triples', 'a triples map'),
    `${where}.triples`,
    'a map'
  )
  const refs: { env: CborMap; ms: CborMap[]; at: string }[] = []
  for (const [key, list] of triples) {
    const name = typeof key === 'number' ? TRIPLE_NAME[key] : undefined
    const at = `${where}.triples.${name ?? `key ${String(key)}`}`
    if (key === TRIPLES_KEY.REFERENCE) {
      r.array(list, at, 'an array of [environment, measurements]').forEach((t, i) => {
        const [env, ms] = r.array(t, `${at}[${i}]`, 'a triple [environment, measurements]')
        const envMap = r.map(env, `${at}[${i}].environment`, 'an environment map')
        checkReferenceEnvironment(r, envMap, `${at}[${i}].environment`)
        const list = r.array(ms, `${at}[${i}].measurements`, 'an array of measurement maps')
        checkMeasurements(r, list, `${at}[${i}].measurements`)
        refs.push({ env: envMap, ms: list as CborMap[], at: `${at}[${i}]` })
      })
    } else if (key === TRIPLES_KEY.ATTEST_KEY) {
      r.array(list, at, 'an array of [environment, keys]').forEach((t, i) => {
        const [env, keys] = r.array(t, `${at}[${i}]`, 'a triple [environment, keys]')
        checkTrustAnchor(
          r,
          r.map(env, `${at}[${i}].environment`, 'an environment map'),
          r.array(keys, `${at}[${i}].verification-keys`, 'an array of keys'),
          `${at}[${i}]`
        )
      })
    } else r.warnings.push(`${at}: ignored (svsm-build reads reference values only)`)
  }
  return refs
}

// ---- the values a build determines ----

function rawBytes(r: Reader, mval: CborMap, at: string, size: number): Uint8Array {
  if (mval.has(MVAL_KEY.RAW_VALUE_MASK))
    r.fail(
      at,
      `a raw-value-mask (key ${MVAL_KEY.RAW_VALUE_MASK}): masked values are not supported, expected the whole value`
    )
  const v = r.need(mval, MVAL_KEY.RAW_VALUE, at, 'raw-value', `${size} bytes (tag 560)`)
  if (!tagged(v, TAG.BYTES) || !isBytes(v.value as Cbor) || v.value.length !== size)
    r.fail(`${at}.raw-value`, `found ${describeCbor(v)}, expected ${size} bytes (tag 560)`)
  return v.value as Uint8Array
}

function sha384Digest(r: Reader, mval: CborMap, at: string): Uint8Array {
  const list = r.array(
    r.need(mval, MVAL_KEY.DIGESTS, at, 'digests', `[[${SHA384_ALG}, <48 bytes>]]`),
    `${at}.digests`,
    'an array of [algorithm, digest]'
  )
  const sha384 = list.filter(
    d => Array.isArray(d) && (d[0] === SHA384_ALG || d[0] === 'sha-384') && isBytes(d[1] as Cbor)
  ) as [number, Uint8Array][]
  if (sha384.length !== 1 || sha384[0]![1].length !== 48)
    r.fail(
      `${at}.digests`,
      `found ${sha384.length} sha-384 digests${sha384.length === 1 ? ` of ${sha384[0]![1].length} bytes` : ''} among ${list.length}, expected one [${SHA384_ALG}, <48 bytes>]`
    )
  return sha384[0]![1]
}

/** ID and author key digests: raw bytes as Veraison's evidence has them, or digests as AMD's draft has them. */
const keyDigest = (r: Reader, mval: CborMap, at: string) =>
  mval.has(MVAL_KEY.DIGESTS) ? sha384Digest(r, mval, at) : rawBytes(r, mval, at, 48)

function guestSvn(r: Reader, mval: CborMap, at: string): NonNullable<SnpReference['guestSvn']> {
  const v = r.need(mval, MVAL_KEY.SVN, at, 'svn', 'min-value (tag 553) or exact value (tag 552)')
  const inner = v instanceof Tagged && (v.tag === TAG.MIN_SVN || v.tag === TAG.SVN) ? (v.value as Cbor) : v
  if (
    !isUint(inner) ||
    inner > 0xffffffff ||
    (v instanceof Tagged && v.tag !== TAG.MIN_SVN && v.tag !== TAG.SVN)
  )
    r.fail(
      `${at}.svn`,
      `found ${describeCbor(v)}, expected a 32-bit guest SVN as min-value (tag 553) or exact (tag 552)`
    )
  return { value: Number(inner), match: tagged(v, TAG.MIN_SVN) ? 'min' : 'exact' }
}

function readTriple(
  r: Reader,
  t: { env: CborMap; ms: CborMap[]; at: string },
  ignored: Set<number>
): TargetReference {
  const id = (t.env.get(ENV_KEY.CLASS) as CborMap).get(CLASS_KEY.CLASS_ID) as Tagged
  const oid = oidString(id.value as Uint8Array)
  if (oid !== CLASS_OID_BY_CHIP && oid !== CLASS_OID_BY_CSP)
    r.fail(
      `${t.at}.environment.class.class-id`,
      `found the OID ${oid ?? 'malformed'}, expected ${CLASS_OID_BY_CHIP} (by chip) or ${CLASS_OID_BY_CSP} (by CSP)`
    )
  const byKey = new Map<number, { mval: CborMap; at: string }>()
  t.ms.forEach((m, i) => {
    const key = Number(m.get(MEASUREMENT_KEY.MKEY))
    const at = `${t.at}.measurements[${i}] (mkey ${key} ${MKEY_NAME.get(key) ?? 'unknown'})`
    if (byKey.has(key)) r.fail(at, `mkey ${key} a second time, expected each mkey once per triple`)
    byKey.set(key, { mval: m.get(MEASUREMENT_KEY.MVAL) as CborMap, at })
  })
  const get = (key: number) => byKey.get(key)
  const launch = get(MKEY.MEASUREMENT)
  if (!launch)
    r.fail(
      `${t.at}.measurements`,
      `no launch digest: found mkeys ${[...byKey.keys()].join(', ') || '(none)'}, expected mkey ${MKEY.MEASUREMENT} (MEASUREMENT) with [[${SHA384_ALG}, <48 bytes>]]`
    )
  const snp: SnpReference = { launchDigest: toUpperHex(sha384Digest(r, launch.mval, launch.at)) }
  const policy = get(MKEY.POLICY)
  if (policy) snp.policy = policyFromBytes(rawBytes(r, policy.mval, policy.at, 8))
  const svn = get(MKEY.GUEST_SVN)
  if (svn) snp.guestSvn = guestSvn(r, svn.mval, svn.at)
  const family = get(MKEY.FAMILY_ID)
  if (family) snp.familyId = toUpperHex(rawBytes(r, family.mval, family.at, 16))
  const image = get(MKEY.IMAGE_ID)
  if (image) snp.imageId = toUpperHex(rawBytes(r, image.mval, image.at, 16))
  const idKey = get(MKEY.ID_KEY_DIGEST)
  if (idKey) snp.idKeyDigest = toUpperHex(keyDigest(r, idKey.mval, idKey.at))
  const author = get(MKEY.AUTHOR_KEY_DIGEST)
  if (author) snp.authorKeyDigest = toUpperHex(keyDigest(r, author.mval, author.at))
  for (const key of byKey.keys()) if (!BUILD_MKEYS.has(key)) ignored.add(key)
  const instance = (t.env.get(ENV_KEY.INSTANCE) as Tagged).value as Uint8Array
  if (toUpperHex(instance) !== snp.launchDigest)
    r.warnings.push(
      `${t.at}.environment.instance is ${instance.length} bytes other than the launch digest: Veraison looks reference values up by the launch digest, so it would not find this triple`
    )
  return { snp }
}

/** The SEV-SNP reference values of a CoRIM, or one ReferenceValuesError naming what is missing or wrong. */
export function decodeCorim(bytes: Uint8Array, source = 'CoRIM'): ReferenceValues {
  const r: Reader = new Reader(source)
  let top: Cbor
  try {
    top = decodeCbor(bytes)
  } catch (e) {
    r.fail('', `not CBOR (${(e as Error).message}), expected an unsigned CoRIM (tag 501)`)
  }
  if (top instanceof Tagged && (top.tag === TAG.COSE_SIGN1 || top.tag === TAG.CORIM_SIGNED))
    r.fail(
      '',
      `a signed CoRIM (tag ${top.tag}); its signature is not checked here, expected the unsigned CoRIM (tag 501) it carries`
    )
  if (!tagged(top, TAG.CORIM_UNSIGNED))
    r.fail('', `found ${describeCbor(top)}, expected an unsigned CoRIM (tag 501)`)
  const corim = r.map(top.value as Cbor, 'corim', 'the CoRIM map')
  const id = r.need(corim, CORIM_KEY.ID, 'corim', 'id', 'a text or UUID id')
  const profile = r.need(corim, CORIM_KEY.PROFILE, 'corim', 'profile', `the URI ${PROFILE} (tag 32)`)
  if (!tagged(profile, TAG.URI) || (profile.value !== PROFILE && profile.value !== ARK_PROFILE))
    r.fail('corim.profile', `found ${describeCbor(profile)}, expected the URI ${PROFILE} (tag 32)`)
  const tags = r.array(
    r.need(corim, CORIM_KEY.TAGS, 'corim', 'tags', 'an array of CoMIDs (tag 506)'),
    'corim.tags',
    'an array'
  )
  const refs: { env: CborMap; ms: CborMap[]; at: string }[] = []
  tags.forEach((t, i) => {
    const at = `tags[${i}]`
    if (!(t instanceof Tagged)) r.fail(at, `found ${describeCbor(t)}, expected a CoMID (tag 506)`)
    if (t.tag !== TAG.COMID) {
      r.warnings.push(`${at}: tag ${t.tag} ignored (svsm-build reads CoMIDs, tag 506)`)
      return
    }
    if (!isBytes(t.value as Cbor))
      r.fail(`${at} (CoMID)`, `found ${describeCbor(t.value as Cbor)}, expected the CoMID as a byte string`)
    let comid: Cbor
    try {
      comid = decodeCbor(t.value as Uint8Array)
    } catch (e) {
      r.fail(`${at} (CoMID)`, `not CBOR (${(e as Error).message}), expected a CoMID map`)
    }
    refs.push(...checkComid(r, r.map(comid, `${at} (CoMID)`, 'a CoMID map'), `${at} (CoMID)`))
  })
  if (refs.length === 0)
    r.fail(
      '',
      `no reference-value triple in ${tags.length} tag${tags.length === 1 ? '' : 's'}, expected at least one with the launch digest (mkey ${MKEY.MEASUREMENT})`
    )
  const ignored = new Set<number>()
  const targets = refs.map(t => readTriple(r, t, ignored))
  if (ignored.size)
    r.warnings.push(
      `mkeys svsm-build does not compare (a machine or one report decides them, not the build): ${[...ignored]
        .sort((a, b) => a - b)
        .map(k => `${k} ${MKEY_NAME.get(k) ?? 'unknown'}`)
        .join(', ')}`
    )
  // This project's id is `owner/name@version`; any other id is only reported.
  const named = typeof id === 'string' ? /^([^\s@/]+\/[^\s@/]+)(?:@(\S+))?$/.exec(id) : null
  return {
    format: 'corim',
    id: typeof id === 'string' ? id : describeCbor(id),
    ...(named ? { repository: named[1], ...(named[2] ? { version: named[2] } : {}) } : {}),
    targets,
    warnings: r.warnings
  }
}
