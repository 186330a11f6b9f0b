// The checks of a report against AMD's keys: the signature by the key the report names (VCEK or
// VLEK), that key's certificate against the report (chip, TCB, product), the chain to a pinned
// root, the revocation list, and the TCB floor. Pure: everything is parsed by the caller.
import { verifySnpSignature } from '../igvm/id-block.js'
import { verifyChain, type ChainResult, type SigningKey } from './chain.js'
import type { Certificate } from './certificate.js'
import { crlProblem, revocation, type Crl } from './crl.js'
import { decodeTcb, formatTcb, productOfName, tcbLayout, TCB_PARTS, type Product } from './product.js'
import { SIGNATURE_ALGO_ECDSA_P384_SHA384, type SnpReport } from './report.js'
import { belowFloor, formatFloor, type TcbFloor } from './tcb-floor.js'

export interface AmdInputs {
  report: SnpReport
  vcek?: Certificate
  vlek?: Certificate
  chain?: { ark: Certificate; intermediates: Certificate[] }
  trustedArk?: { cert: Certificate; file: string }
  crl?: Crl
  minTcb?: TcbFloor
  now?: Date
}

type Add = (name: string, ok: boolean | null, detail: string) => void

const short = (h: string) => `${h.slice(0, 16)}...`

/** The key the report says signed it, and the certificate given for it. */
export function signer(i: AmdInputs): { kind: SigningKey | null; cert: Certificate | undefined } {
  const kind = i.report.signingKey === 'vcek' ? 'VCEK' : i.report.signingKey === 'vlek' ? 'VLEK' : null
  return { kind, cert: kind === 'VCEK' ? i.vcek : kind === 'VLEK' ? i.vlek : undefined }
}

/**
 * The report's product: its CPUID (version 3 and later), else its key certificate's productName,
 * else the AMD root its chain ends in.
 */
export function reportProduct(i: AmdInputs): { product: Product | null; from: string } {
  const r = i.report
  if (r.product)
    return {
      product: r.product,
      from: `CPUID family 0x${r.cpuid!.family.toString(16)} model 0x${r.cpuid!.model.toString(16)}`
    }
  const { kind, cert } = signer(i)
  const named = cert?.amd.productName ? productOfName(cert.amd.productName) : null
  if (named) return { product: named, from: `the ${kind}'s productName ${cert!.amd.productName}` }
  return {
    product: null,
    from: r.cpuid ? 'a CPUID not known here' : `a version ${r.version} report names no CPU`
  }
}

export function checkAmd(i: AmdInputs, add: Add): void {
  const r = i.report
  const now = i.now ?? new Date()
  const { kind, cert } = signer(i)
  const product = reportProduct(i).product
  const flag = kind === 'VLEK' ? '--vlek' : '--vcek'

  // Signature, by the key the report's signing-key field names.
  if (!i.vcek && !i.vlek) add('signature', null, 'no --vcek or --vlek given')
  else if (r.signatureAlgo !== SIGNATURE_ALGO_ECDSA_P384_SHA384)
    add('signature', false, `signature algorithm ${r.signatureAlgo}, expected 1 (ECDSA P-384 with SHA-384)`)
  else if (!kind)
    add(
      'signature',
      false,
      `the report's signing-key field says ${r.signingKey}, expected a VCEK (0) or a VLEK (1)`
    )
  else if (!cert)
    add(
      'signature',
      false,
      `the report is signed by its ${kind} (signing-key field), but no ${flag} was given`
    )
  else {
    let ok: boolean
    try {
      ok = verifySnpSignature(cert.x509.publicKey, r.signed, Buffer.concat([r.r, r.s]))
    } catch {
      ok = false // not an EC key: nothing it signs can be this signature
    }
    add(
      'signature',
      ok,
      ok ? `ECDSA P-384 over bytes 0..0x2A0 verifies with the ${kind}` : `does not verify with the ${kind}`
    )
  }

  // The key's certificate against the report.
  const keyCheck = kind === 'VLEK' ? 'VLEK for this TCB' : 'VCEK for this chip'
  if (!cert || !kind) add(keyCheck, null, `no ${kind ? flag : '--vcek'} for the report's key`)
  else keyMatches(r, cert, kind, product, (ok, detail) => add(keyCheck, ok, detail))

  // The chain, to AMD's root of the product or to the root given with --trusted-ark.
  let chain: ChainResult | null = null
  if (!i.chain) add('chain', null, 'no --chain given')
  else if (!cert || !kind)
    add('chain', false, `--chain needs ${kind ? flag : '--vcek or --vlek'}: the chain ends at it`)
  else {
    chain = verifyChain({
      leaf: cert,
      leafKind: kind,
      ark: i.chain.ark,
      intermediates: i.chain.intermediates,
      product,
      ...(i.trustedArk ? { trustedArk: i.trustedArk } : {}),
      now
    })
    add('chain', chain.ok, chain.detail)
  }

  // Revocation: the ARK's list, for the intermediate and the key.
  if (!i.crl) add('revocation', null, 'no --crl given')
  else if (!i.chain || !cert || !chain?.intermediate)
    add('revocation', false, '--crl needs a chain that reaches the key: the list is checked against its ARK')
  else {
    const problem = crlProblem(i.crl, i.chain.ark, now)
    const revoked = [chain.intermediate, cert]
      .map(c => ({ c, e: revocation(i.crl!, c) }))
      .filter(x => x.e !== null)
    if (problem) add('revocation', false, problem)
    else if (revoked.length > 0)
      add(
        'revocation',
        false,
        revoked
          .map(
            ({ c, e }) =>
              `${c === cert ? `the ${kind}` : c.cn} (serial ${c.serial}) is revoked since ${e!.date.toISOString()}${e!.reason ? ` (${e!.reason})` : ''}`
          )
          .join('; ')
      )
    else
      add(
        'revocation',
        true,
        `the CRL of ${i.chain.ark.cn} (${i.crl.thisUpdate.toISOString().slice(0, 10)}, ${i.crl.entries.length} entr${i.crl.entries.length === 1 ? 'y' : 'ies'}) revokes neither ${chain.intermediate.cn} (serial ${chain.intermediate.serial}) nor the ${kind} (serial ${cert.serial})`
      )
  }

  // The TCB floor, against REPORTED_TCB (the TCB the key vouches for).
  const layout = tcbLayout(product, r.version)
  if (!i.minTcb) add('minimum TCB', null, 'no --min-tcb given')
  else if (!layout) add('minimum TCB', false, 'the product is not known, so neither is the layout of its TCB')
  else {
    const tcb = decodeTcb(r.reportedTcb, layout)
    const { below, absent } = belowFloor(tcb, i.minTcb)
    const na = absent.length > 0 ? ` (${absent.join(', ')} not in ${product ?? 'this product'}'s TCB)` : ''
    add(
      'minimum TCB',
      below.length === 0,
      below.length === 0
        ? `reported TCB ${formatTcb(tcb)} meets ${formatFloor(i.minTcb)}${na}`
        : `reported TCB ${formatTcb(tcb)} is below --min-tcb ${formatFloor(i.minTcb)}: ${below.join(', ')}`
    )
  }
}

/** The certificate's product, chip (VCEK) and TCB extensions against the report. */
function keyMatches(
  r: SnpReport,
  cert: Certificate,
  kind: SigningKey,
  product: Product | null,
  done: (ok: boolean, detail: string) => void
): void {
  const a = cert.amd
  const wrong = [...a.problems]
  const seen: string[] = []
  const named = a.productName ? productOfName(a.productName) : null
  if (!a.productName) wrong.push(`the ${kind} has no productName extension`)
  else if (!named)
    wrong.push(`the ${kind}'s productName ${JSON.stringify(a.productName)} is no SEV-SNP product known here`)
  else if (r.product && named !== r.product)
    wrong.push(`the ${kind} is for ${a.productName}, the report's CPUID is ${r.product}'s`)
  else seen.push(a.productName)

  if (kind === 'VCEK') {
    if (!a.hwId) wrong.push('the VCEK has no hwID extension')
    else {
      const hwId = Buffer.concat([a.hwId, Buffer.alloc(64 - a.hwId.length)])
        .toString('hex')
        .toUpperCase()
      if (r.maskChipKey || /^0+$/.test(r.chipId)) seen.push('chip id masked in the report: not compared')
      else if (hwId === r.chipId) seen.push(`hwID ${short(hwId)} is the report's chip id`)
      else wrong.push(`hwID ${short(hwId)} is not the report's chip id ${short(r.chipId)}`)
    }
  } else {
    if (a.hwId) wrong.push('the VLEK has a hwID extension (only a VCEK names a chip)')
    if (a.cspId) seen.push(`issued to ${a.cspId}`)
  }

  const layout = tcbLayout(product, r.version)
  if (!layout) wrong.push('the product is not known, so neither is the layout of its TCB')
  else {
    const tcb = decodeTcb(r.reportedTcb, layout)
    const parts = TCB_PARTS.filter(p => tcb[p] !== undefined)
    const missing = parts.filter(p => a.spl[p] === undefined)
    const off = parts.filter(p => a.spl[p] !== undefined && a.spl[p] !== tcb[p])
    if (missing.length > 0)
      wrong.push(`the ${kind} has no ${missing.map(p => `${p}SPL`).join(', ')} extension`)
    if (off.length > 0)
      wrong.push(
        `TCB differs from the report's: ${off.map(p => `${p}SPL ${kind} ${a.spl[p]}, report ${tcb[p]}`).join(', ')}`
      )
    else if (missing.length === 0)
      seen.push(`TCB ${parts.map(p => `${p}SPL=${tcb[p]}`).join(' ')} as in the report`)
  }
  done(wrong.length === 0, [...wrong, ...seen].join('; '))
}
