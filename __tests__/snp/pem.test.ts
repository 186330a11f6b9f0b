// The PEM/DER reader alone: strict framing, one pass over the input.
import { describe, expect, it } from '@jest/globals'
import { CertificateError, derBlocks } from '../../src/snp/pem.js'

const der = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]) // SEQUENCE { INTEGER 5 }
const pemOf = (b: Buffer, label = 'CERTIFICATE') =>
  `-----BEGIN ${label}-----\n${b.toString('base64')}\n-----END ${label}-----\n`

describe('derBlocks', () => {
  it('reads DER as it is and PEM block by block, CRLF or LF', () => {
    expect(derBlocks(der, 'f', 'CERTIFICATE', 4)).toEqual([der])
    const two = `\n${pemOf(der)}\n${pemOf(der)}`.replace(/\n/g, '\r\n')
    expect(derBlocks(Buffer.from(two), 'f', 'CERTIFICATE', 4)).toEqual([der, der])
    expect(derBlocks(Buffer.from(pemOf(der, 'CRL')), 'f', 'X509 CRL', 1)).toEqual([der])
  })

  const refused: [string, Buffer | string, string][] = [
    [
      'BER indefinite length',
      Buffer.from([0x30, 0x80, 0x00, 0x00]),
      'f: has an indefinite length (BER, not DER); expected one DER X.509 certificate'
    ],
    [
      'a long length form for a short length',
      Buffer.from([0x30, 0x81, 0x03, 2, 1, 5]),
      'f: has a length in more bytes than DER allows; expected one DER X.509 certificate'
    ],
    [
      'a cut DER',
      der.subarray(0, 4),
      'f: is cut short: it declares 5 bytes, 4 are there; expected one DER X.509 certificate'
    ],
    [
      'not a SEQUENCE',
      Buffer.from('hello'),
      'f: does not start with a DER SEQUENCE; expected one DER X.509 certificate'
    ],
    [
      'a CRL label where a certificate belongs',
      pemOf(der, 'X509 CRL'),
      'f: line 1: expected "-----BEGIN CERTIFICATE-----" or a blank line, found "-----BEGIN X509 CRL-----"'
    ],
    [
      'a block without an end',
      pemOf(der).split('\n').slice(0, 2).join('\n'),
      'f: the block begun on line 1 has no "-----END CERTIFICATE-----" line'
    ],
    [
      'non-canonical base64',
      `-----BEGIN CERTIFICATE-----\nMAMCAQV=\n-----END CERTIFICATE-----\n`,
      'f: the block begun on line 1 is not canonical base64'
    ],
    [
      'more blocks than allowed',
      pemOf(der).repeat(3),
      'f: line 7: more than 2 CERTIFICATE block(s); expected at most 2'
    ]
  ]
  for (const [what, input, message] of refused)
    it(`refuses ${what}`, () => {
      expect(() => derBlocks(Buffer.from(input), 'f', 'CERTIFICATE', 2)).toThrow(
        new CertificateError(message)
      )
    })
})
