// A readable dump of a CoRIM in CBOR diagnostic notation, with `/ comments /` naming each key and
// the bstr-wrapped CoMIDs opened as `<< ... >>`. For people (the README, a PR note), not machines:
// byte strings over 48 bytes and long texts are shortened, and say so.
import { decodeCbor, Tagged, type Cbor } from './cbor.js'
import { MKEY_NAME, oidString, TAG } from './corim-profile.js'
import { toHex } from './hex.js'

/** How a part of the CoRIM is named: map keys, array positions or items, a tag's content. */
interface Node {
  name?: string
  keys?: Record<number, Node>
  items?: Node
  tuple?: Node[]
  /** The tag's content is a byte string holding CBOR (CoMIDs inside a CoRIM). */
  wrapped?: Node
}

const classNode: Node = {
  name: 'class',
  keys: { 0: { name: 'class-id' }, 1: { name: 'vendor' }, 2: { name: 'model' } }
}
const environment: Node = {
  name: 'environment',
  keys: { 0: classNode, 1: { name: 'instance' }, 2: { name: 'group' } }
}
// The mkey (key 0) is named on the map itself, with the report field it stands for.
const measurement: Node = {
  keys: {
    1: {
      name: 'values',
      keys: {
        0: { name: 'version', keys: { 0: { name: 'version' }, 1: { name: 'version-scheme' } } },
        1: { name: 'svn' },
        2: { name: 'digests' },
        3: { name: 'flags' },
        4: { name: 'raw-value' },
        5: { name: 'raw-value-mask' }
      }
    }
  }
}
const comid: Node = {
  name: 'CoMID',
  keys: {
    0: { name: 'language' },
    1: { name: 'tag-identity', keys: { 0: { name: 'tag-id' }, 1: { name: 'tag-version' } } },
    2: { name: 'entities' },
    4: {
      name: 'triples',
      keys: {
        0: {
          name: 'reference-values',
          items: { tuple: [environment, { name: 'measurements', items: measurement }] }
        },
        3: {
          name: 'attester-verification-keys',
          items: { tuple: [environment, { name: 'verification-keys' }] }
        }
      }
    }
  }
}
const corimNode: Node = {
  name: 'unsigned CoRIM',
  keys: {
    0: { name: 'id' },
    1: { name: 'tags', items: { wrapped: comid } },
    3: { name: 'profile' },
    5: { name: 'entities' }
  }
}

const TAG_NAME: Record<number, string> = {
  [TAG.URI]: 'URI',
  [TAG.UUID]: 'UUID',
  [TAG.SVN]: 'exact-value',
  [TAG.MIN_SVN]: 'min-value',
  [TAG.PKIX_BASE64_CERT]: 'PEM certificate',
  [TAG.PKIX_BASE64_CERT_PATH]: 'PEM certificate path'
}

const LONG_BYTES = 48
const LONG_TEXT = 72
const WIDTH = 100

const comment = (s: string | undefined) => (s ? `/ ${s} / ` : '')

function scalar(v: Cbor): string {
  if (v instanceof Uint8Array) {
    if (v.length <= LONG_BYTES) return `h'${toHex(v)}'`
    const h = toHex(v)
    return `h'${h.slice(0, 16)}...${h.slice(-16)}' / ${v.length} bytes /`
  }
  if (typeof v === 'string')
    return v.length <= LONG_TEXT
      ? JSON.stringify(v)
      : `${JSON.stringify(v.slice(0, 40)).slice(0, -1)}..." / ${v.length} characters /`
  if (v === undefined) return 'undefined'
  return String(v)
}

/** The key's name and, for a measurement map, the mkey's report field. */
function entryComment(node: Node | undefined, v: Cbor): string | undefined {
  if (node === measurement && v instanceof Map) {
    const k = v.get(0)
    return typeof k === 'number' ? `mkey ${k}: ${MKEY_NAME.get(k) ?? 'unknown'}` : undefined
  }
  return node?.name
}

function render(v: Cbor, node: Node | undefined, indent: string): string {
  if (v instanceof Tagged) {
    const inner = v.value as Cbor
    const note =
      v.tag === TAG.OID && inner instanceof Uint8Array
        ? `OID ${oidString(inner) ?? 'malformed'}`
        : TAG_NAME[v.tag]
    if (node?.wrapped && inner instanceof Uint8Array) {
      const body = render(decodeCbor(inner), node.wrapped, indent)
      return `${comment(node.wrapped.name)}${v.tag}(<< ${body} >>)`
    }
    return `${v.tag}(${render(inner, node, indent)})${note ? ` / ${note} /` : ''}`
  }
  if (Array.isArray(v)) {
    const child = (i: number) => node?.tuple?.[i] ?? node?.items
    const parts = v.map((x, i) => {
      const n = child(i)
      const name = entryComment(n, x)
      return `${n?.wrapped ? '' : comment(name)}${render(x, n, `${indent}  `)}`
    })
    return block('[', ']', parts, indent)
  }
  if (v instanceof Map) {
    const parts = [...v].map(([k, x]) => {
      const n = typeof k === 'number' ? node?.keys?.[k] : undefined
      return `${comment(entryComment(n, x))}${render(k, undefined, indent)}: ${render(x, n, `${indent}  `)}`
    })
    return block('{', '}', parts, indent)
  }
  return scalar(v)
}

function block(open: string, close: string, parts: string[], indent: string): string {
  const inline = `${open}${parts.join(', ')}${close}`
  if (!inline.includes('\n') && indent.length + inline.length <= WIDTH) return inline
  return `${open}\n${parts.map(p => `${indent}  ${p}`).join(',\n')}\n${indent}${close}`
}

/** The CoRIM (or any CBOR) as annotated diagnostic notation. */
export function dumpCorim(bytes: Uint8Array): string {
  const top = decodeCbor(bytes)
  const node = top instanceof Tagged && top.tag === TAG.CORIM_UNSIGNED ? corimNode : undefined
  return `${comment(node?.name)}${render(top, node, '')}\n`
}
