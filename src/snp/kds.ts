// The AMD Key Distribution Service URLs that hold a report's certificates (AMD 57230): printed for
// the user to fetch, never fetched here. VCEKs are served per chip (the report's CHIP_ID, its first
// 8 bytes on Turin) and TCB (REPORTED_TCB; Turin adds fmcSPL); VLEKs only to registered cloud
// providers, so a VLEK comes from the host.
import { decodeTcb, tcbLayout, type Product } from './product.js'
import type { SnpReport } from './report.js'

const KDS = 'https://kdsintf.amd.com'

interface KdsLink {
  what: string
  url: string | null
  note?: string
}

export function kdsLinks(r: SnpReport, product: Product | null): KdsLink[] {
  const key = r.signingKey === 'vlek' ? 'vlek' : 'vcek'
  const KEY = key.toUpperCase()
  if (!product)
    return [
      {
        what: KEY,
        url: null,
        note: `the product is not known (a version ${r.version} report does not name its CPU); give the ${KEY} or its chain`
      }
    ]
  const base = `${KDS}/${key}/v1/${product}`
  const t = decodeTcb(r.reportedTcb, tcbLayout(product, r.version)!)
  const query = [
    ...(t.fmc !== undefined ? [`fmcSPL=${t.fmc}`] : []),
    `blSPL=${t.bl}`,
    `teeSPL=${t.tee}`,
    `snpSPL=${t.snp}`,
    `ucodeSPL=${t.ucode}`
  ].join('&')
  const chipId = Buffer.from(r.chipId, 'hex').subarray(0, product === 'Turin' ? 8 : 64)
  const leaf: KdsLink =
    key === 'vlek'
      ? {
          what: 'VLEK',
          url: `${base}/cert?${query}`,
          note: 'AMD serves VLEKs to registered cloud providers only; take the one the host supplies with the report'
        }
      : chipId.every(b => b === 0)
        ? { what: 'VCEK', url: null, note: 'the report masks its chip id: take the VCEK the host supplies' }
        : { what: 'VCEK', url: `${base}/${chipId.toString('hex')}?${query}` }
  return [
    leaf,
    { what: `${KEY} chain`, url: `${base}/cert_chain` },
    { what: `${KEY} CRL`, url: `${base}/crl` }
  ]
}
