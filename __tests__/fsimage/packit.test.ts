import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { encodePackIt, packItCliOrder, PackItError, writePackItFile } from '../../src/fsimage/packit.js'
import { fixture } from '../helpers/paths.js'
import { describeWith } from '../helpers/shared.js'
import { tempDir } from '../helpers/temp.js'

interface Vector {
  id: string
  inputs_in_order: { name: string; file: string }[]
  encode: { archive: string; sha256: string }
  cli?: { archive: string; identical_to_encode: boolean }
}
// packit's own archives (../shared/testdata/packit), read at test time.
describeWith([fixture('packit')], "PackIt encoder against packit's archives", () => {
  const index = JSON.parse(readFileSync(fixture('packit', 'index.json'), 'utf8')) as { vectors: Vector[] }

  it.each(index.vectors.map(v => [v.id, v] as const))(
    '%s: library order gives the packit library bytes',
    (_id, v) => {
      const entries = v.inputs_in_order.map(i => ({
        name: i.name,
        data: readFileSync(fixture('packit', i.file))
      }))
      expect(encodePackIt(entries).equals(readFileSync(fixture('packit', v.encode.archive)))).toBe(true)
    }
  )

  it.each(index.vectors.filter(v => v.cli).map(v => [v.id, v] as const))(
    '%s: CLI order gives `packit pack` bytes',
    (_id, v) => {
      const byName = new Map(v.inputs_in_order.map(i => [i.name, readFileSync(fixture('packit', i.file))]))
      const names = packItCliOrder([...byName.keys()])
      const archive = encodePackIt(names.map(name => ({ name, data: byName.get(name)! })))
      expect(archive.equals(readFileSync(fixture('packit', v.cli!.archive)))).toBe(true)
    }
  )
})

describe('PackIt encoder', () => {
  it('orders siblings component-wise, not as whole strings', () => {
    expect(packItCliOrder(['ab', 'a.c', 'a-b', 'a/x', '_x', 'B'])).toEqual([
      'B',
      '_x',
      'a/x',
      'a-b',
      'a.c',
      'ab'
    ])
  })

  it('counts name length in UTF-8 bytes', () => {
    const a = encodePackIt([{ name: 'dír/ñame-ü', data: Buffer.from('x') }])
    expect(a.readUInt16LE(8 + 2)).toBe(13)
  })

  it('refuses names every decoder would reject or the format cannot hold', () => {
    expect(() => encodePackIt([{ name: '', data: Buffer.alloc(1) }])).toThrow(PackItError)
    expect(() => encodePackIt([{ name: 'x'.repeat(65536), data: Buffer.alloc(1) }])).toThrow(
      /65536 bytes is longer than 65535/
    )
    expect(encodePackIt([{ name: 'x'.repeat(65535), data: Buffer.alloc(0) }]).length).toBe(8 + 12 + 65535)
  })

  it('writes the file in one piece and leaves nothing behind on failure', () => {
    const dir = tempDir('packit-')
    mkdirSync(join(dir, 'fs'))
    writeFileSync(join(dir, 'fs', 'init'), 'hello')
    const out = join(dir, 'svsm-fs.bin')
    expect(writePackItFile(out, [{ name: 'init', file: join(dir, 'fs', 'init') }])).toBe(8 + 12 + 4 + 5)
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('PKIT')
    expect(() =>
      writePackItFile(join(dir, 'other.bin'), [{ name: 'gone', file: join(dir, 'missing') }])
    ).toThrow(/ENOENT/)
    expect(() => readFileSync(join(dir, 'other.bin'))).toThrow()
  })
})
