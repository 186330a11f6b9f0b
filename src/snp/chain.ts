// AMD's certificate chain for a report: ARK (self-signed) -> ASK -> VCEK, or ARK -> ASVK -> VLEK,
// the first two links RSA-PSS with SHA-384 as AMD issues them. node:crypto verifies the
// signatures; the root is trusted only when its public key is AMD's ARK for the product
// (amd-roots.ts) or the one the user named with --trusted-ark.
import { amdRootOfArk, AMD_ROOTS } from './amd-roots.js'
import { CertificateError, type Certificate } from './certificate.js'
import type { Product } from './product.js'

export type SigningKey = 'VCEK' | 'VLEK'

/** ARK and intermediates from a chain file in any order: the ARK is the one self-signed certificate. */
export function splitChain(
  certs: Certificate[],
  name: string
): { ark: Certificate; intermediates: Certificate[] } {
  const selfSigned = certs.filter(c => c.x509.checkIssued(c.x509) && c.x509.verify(c.x509.publicKey))
  if (certs.length < 2 || certs.length > 3 || selfSigned.length !== 1)
    throw new CertificateError(
      `${name}: holds ${certs.length} certificate(s), ${selfSigned.length} of them self-signed; expected AMD's ARK (self-signed) and the ASK or ASVK (or both) under it`
    )
  const ark = selfSigned[0]!
  return { ark, intermediates: certs.filter(c => c !== ark) }
}

interface ChainInputs {
  leaf: Certificate
  leafKind: SigningKey
  ark: Certificate
  intermediates: Certificate[]
  /** The report's product, when known: AMD's ARK of that product is the only AMD root accepted. */
  product: Product | null
  trustedArk?: { cert: Certificate; file: string }
  now: Date
}

export interface ChainResult {
  ok: boolean
  detail: string
  /** Who the root is: AMD's (for which product), the user's, or neither. */
  root: { by: 'amd'; product: Product } | { by: 'user'; file: string } | null
  intermediate: Certificate | null
}

const INTERMEDIATE: Record<SigningKey, string> = { VCEK: 'ASK', VLEK: 'ASVK' }
const short = (h: string) => `${h.slice(0, 16)}...`

/** One link: `cert` issued and signed by `issuer`, valid at `now`. */
function link(cert: Certificate, issuer: Certificate, wantPss: boolean, now: Date): string[] {
  const problems: string[] = []
  if (!cert.x509.checkIssued(issuer.x509)) problems.push(`its issuer is not ${issuer.cn}`)
  else if (!cert.x509.verify(issuer.x509.publicKey))
    problems.push(`the signature by ${issuer.cn} does not verify`)
  if (wantPss && cert.signatureAlgorithm !== 'RSA-PSS')
    problems.push(`signed with ${cert.signatureAlgorithm}, expected RSA-PSS as AMD signs`)
  const from = new Date(cert.x509.validFrom)
  const to = new Date(cert.x509.validTo)
  if (now < from || now > to)
    problems.push(`not valid on ${now.toISOString()} (valid ${from.toISOString()} to ${to.toISOString()})`)
  return problems.map(p => `${cert.cn}: ${p}`)
}

export function verifyChain(i: ChainInputs): ChainResult {
  const { leaf, ark } = i
  const mid = INTERMEDIATE[i.leafKind]
  const intermediate = i.intermediates.find(c => leaf.x509.checkIssued(c.x509)) ?? null
  const fail = (detail: string): ChainResult => ({ ok: false, detail, root: null, intermediate })
  if (!intermediate)
    return fail(
      `no certificate of the chain issued the ${i.leafKind} (its issuer is ${/CN=([^\n]+)/.exec(leaf.x509.issuer)?.[1] ?? leaf.x509.issuer}; the chain holds ${i.intermediates.map(c => c.cn).join(', ')})`
    )
  const problems = [
    ...link(ark, ark, true, i.now),
    ...link(intermediate, ark, true, i.now),
    ...link(leaf, intermediate, true, i.now)
  ]
  const key = leaf.x509.publicKey
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'secp384r1')
    problems.push(
      `the ${i.leafKind}'s key is ${key.asymmetricKeyType} ${key.asymmetricKeyDetails?.namedCurve ?? ''}, expected EC P-384`
    )

  // The root: AMD's ARK of the report's product, or the one the user trusts explicitly.
  const amd = amdRootOfArk(ark.spkiSha256)
  let root: ChainResult['root'] = null
  let rootText = ''
  if (amd && (!i.product || amd.product === i.product)) {
    root = { by: 'amd', product: amd.product }
    rootText = `AMD's ${amd.product} ARK (SPKI sha256 ${short(ark.spkiSha256)})`
    const pinned = i.leafKind === 'VCEK' ? amd.ask : amd.asvk
    rootText +=
      intermediate.spkiSha256 === pinned
        ? `, ${intermediate.cn} its pinned ${mid}`
        : `, ${intermediate.cn} an ${mid} it signed (not the one pinned here)`
  } else if (i.trustedArk && i.trustedArk.cert.spkiSha256 === ark.spkiSha256) {
    root = { by: 'user', file: i.trustedArk.file }
    rootText = `user-supplied: ${ark.cn} from --trusted-ark ${i.trustedArk.file} (SPKI sha256 ${short(ark.spkiSha256)}), not AMD's`
  } else {
    const want = AMD_ROOTS.filter(r => !i.product || r.product === i.product)
    problems.push(
      amd
        ? `the ARK is AMD's ${amd.product} ARK, but the report is from ${i.product}`
        : `the ARK ${ark.cn} (SPKI sha256 ${ark.spkiSha256}) is not AMD's ${want.map(r => `${r.product} ARK (${short(r.ark)})`).join(' or ')}${i.trustedArk ? ` nor --trusted-ark ${i.trustedArk.file} (${short(i.trustedArk.cert.spkiSha256)})` : ''}; a chain under another root needs --trusted-ark`
    )
  }
  if (problems.length > 0) return { ok: false, detail: problems.join('; '), root, intermediate }
  const until = (c: Certificate) => new Date(c.x509.validTo).toISOString().slice(0, 10)
  return {
    ok: true,
    root,
    intermediate,
    detail: `ARK -> ${mid} -> ${i.leafKind}: ${intermediate.cn} and ${leaf.cn} signed by ${ark.cn} and ${intermediate.cn} (RSA-PSS), valid until ${until(intermediate)} and ${until(leaf)}; root ${rootText}`
  }
}
