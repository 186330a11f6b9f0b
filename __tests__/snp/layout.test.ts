// The facts that differ by product: CPUID to product, the TCB_VERSION layouts (Milan and Genoa:
// bl, tee, 4 reserved, snp, ucode; Turin: fmc, bl, tee, snp, 3 reserved, ucode, as virtee/sev
// reads them), the --min-tcb spec, and the KDS URLs of each kind of report.
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { kdsLinks } from '../../src/snp/kds.js'
import { decodeTcb, encodeTcb, productOfCpuid, productOfName, tcbLayout } from '../../src/snp/product.js'
import { parseSnpReport } from '../../src/snp/report.js'
import { belowFloor, parseTcbFloor } from '../../src/snp/tcb-floor.js'
import { makeReport } from './helpers/report.js'

const key = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey

describe('products', () => {
  it('are named by CPUID family and model', () => {
    expect(productOfCpuid(0x19, 0x01)).toBe('Milan')
    expect(productOfCpuid(0x19, 0x11)).toBe('Genoa')
    expect(productOfCpuid(0x19, 0xa0)).toBe('Genoa') // Bergamo/Siena
    expect(productOfCpuid(0x1a, 0x02)).toBe('Turin')
    expect(productOfCpuid(0x1a, 0x11)).toBe('Turin')
    expect(productOfCpuid(0x1a, 0x50)).toBeNull()
    expect(productOfCpuid(0x17, 0x31)).toBeNull()
  })

  it('are named by a certificate productName without its stepping', () => {
    expect(productOfName('Milan-B0')).toBe('Milan')
    expect(productOfName('Turin-B1')).toBe('Turin')
    expect(productOfName('Venice-A0')).toBeNull()
  })
})

describe('TCB_VERSION', () => {
  it('reads Milan and Genoa bytes [bl, tee, 0, 0, 0, 0, snp, ucode]', () => {
    const t = Buffer.from([3, 1, 0, 0, 0, 0, 8, 115]).readBigUInt64LE()
    expect(decodeTcb(t, 'milan-genoa')).toEqual({ bl: 3, tee: 1, snp: 8, ucode: 115 })
  })

  it("reads Turin's bytes [fmc, bl, tee, snp, 0, 0, 0, ucode]", () => {
    const t = Buffer.from([1, 3, 0, 8, 0, 0, 0, 115]).readBigUInt64LE()
    expect(decodeTcb(t, 'turin')).toEqual({ fmc: 1, bl: 3, tee: 0, snp: 8, ucode: 115 })
    expect(encodeTcb({ fmc: 1, bl: 3, tee: 0, snp: 8, ucode: 115 }, 'turin')).toBe(t)
  })

  it('has the layout of the product, or of a version 2 report (Milan and Genoa only)', () => {
    expect(tcbLayout('Turin', 5)).toBe('turin')
    expect(tcbLayout('Genoa', 3)).toBe('milan-genoa')
    expect(tcbLayout(null, 2)).toBe('milan-genoa')
    expect(tcbLayout(null, 3)).toBeNull()
  })

  it('is read from a Turin report at every TCB field', () => {
    const r = parseSnpReport(
      makeReport(
        {
          measurement: '11'.repeat(48),
          product: 'Turin',
          tcb: { fmc: 4, bl: 5, tee: 6, snp: 7, ucode: 200 }
        },
        key
      )
    )
    expect(r.version).toBe(5)
    expect(r.product).toBe('Turin')
    for (const t of [r.currentTcb, r.reportedTcb, r.committedTcb, r.launchTcb])
      expect(decodeTcb(t, 'turin')).toEqual({ fmc: 4, bl: 5, tee: 6, snp: 7, ucode: 200 })
  })
})

describe('--min-tcb', () => {
  it('parses parts by name, and says what is wrong with a bad spec', () => {
    expect(parseTcbFloor('bl=3,tee=0,snp=8,ucode=115')).toEqual({ bl: 3, tee: 0, snp: 8, ucode: 115 })
    expect(parseTcbFloor(' fmc = 1 ')).toEqual({ fmc: 1 })
    expect(parseTcbFloor('')).toEqual({
      error: '"" is not <part>=<0-255> with a part among fmc, bl, tee, snp, ucode'
    })
    expect(parseTcbFloor('snp=8,')).toHaveProperty('error')
    expect(parseTcbFloor('ucode=256')).toEqual({ error: 'ucode=256: a security patch level is 0-255' })
  })

  it('names each part below, and fmc as absent from a Milan TCB', () => {
    expect(belowFloor({ bl: 3, tee: 0, snp: 8, ucode: 115 }, { snp: 9, ucode: 115, fmc: 1 })).toEqual({
      below: ['snp 8 < 9'],
      absent: ['fmc']
    })
  })
})

describe('KDS URLs', () => {
  const report = (f: Parameters<typeof makeReport>[0]) => parseSnpReport(makeReport(f, key))

  it('for a Genoa VCEK: the 64-byte chip id and four SPLs', () => {
    const r = report({ measurement: '11'.repeat(48), product: 'Genoa', version: 3, chipId: '01'.repeat(64) })
    expect(kdsLinks(r, 'Genoa')[0]).toEqual({
      what: 'VCEK',
      url: `https://kdsintf.amd.com/vcek/v1/Genoa/${'01'.repeat(64)}?blSPL=3&teeSPL=0&snpSPL=8&ucodeSPL=115`
    })
  })

  it('for a masked chip id: no VCEK URL, and why', () => {
    const r = report({ measurement: '11'.repeat(48), product: 'Turin', chipId: '00'.repeat(64) })
    expect(kdsLinks(r, 'Turin')[0]).toEqual({
      what: 'VCEK',
      url: null,
      note: 'the report masks its chip id: take the VCEK the host supplies'
    })
  })

  it('for a report whose product is not known: none', () => {
    const r = report({ measurement: '11'.repeat(48) })
    expect(kdsLinks(r, null)).toEqual([
      {
        what: 'VCEK',
        url: null,
        note: 'the product is not known (a version 2 report does not name its CPU); give the VCEK or its chain'
      }
    ])
  })
})
