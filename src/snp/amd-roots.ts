// AMD's SEV-SNP roots, pinned: SHA-256 of the SubjectPublicKeyInfo (as each certificate encodes
// it) of the ARK of every product, and of the ASK (signs VCEKs) and ASVK (signs VLEKs) under it.
// They come from the certificates AMD's Key Distribution Service serves at
// https://kdsintf.amd.com/{vcek,vlek}/v1/{Milan,Genoa,Turin}/cert_chain (as copied in
// google/go-sev-guest's verify/trust/ask_ark_*.pem), and are tested against those files when the
// shared test data is there. `openssl x509 -noout -pubkey | openssl pkey -pubin -outform der |
// sha256sum` gives the same figures. A chain is AMD's only when its ARK has one of these keys.
import type { Product } from './product.js'

interface AmdRoot {
  product: Product
  /** The ARK: self-signed root of the product (CN=ARK-<product>). */
  ark: string
  /** The ASK: the intermediate that signs VCEKs (CN=SEV-<product>). */
  ask: string
  /** The ASVK: the intermediate that signs VLEKs (CN=SEV-VLEK-<product>). */
  asvk: string
}

export const AMD_ROOTS: readonly AmdRoot[] = [
  {
    product: 'Milan',
    ark: '9f056bee44377e29308cb5ffa895bdfb62d18881fa6bed8d6f075b0204089cb9',
    ask: '42491669ccb851d627ea9846cd24eccbeb7de7c2a62740120fff88001d38ebb6',
    asvk: '66450a123ea5876206df67f2514a4fea224c0f63b18313423078b0edc4535e33'
  },
  {
    product: 'Genoa',
    ark: '429a69c9422aa258ee4d8db5fcda9c6470ef15f8cd5a9cebd6cbc7d90b863831',
    ask: '0324d55bcd48ba877a8fd87c0e1b4934dec8448e3807a24384a34dc6a6c9ebb8',
    asvk: '7d1633252ebbadaa75f96e9b4e6f7d43a90ceb3f843937482630f8da2459264e'
  },
  {
    product: 'Turin',
    ark: '4f125410563a2ab9a50356f9243f6fe0b6f73de98603f53f90339c70e9d7ad08',
    ask: '0000ead352025f208bf55297c4192c34cd1b878002107366d8f2065a9ae7d3a9',
    asvk: 'bfc441408b2f806c5dbf180bd8920e6e60dd404d82141780d85dbf962954d386'
  }
]

/** The AMD root whose ARK has this key, if any. */
export const amdRootOfArk = (spkiSha256: string) => AMD_ROOTS.find(r => r.ark === spkiSha256)
