// The toolchain an svsm tree pins: rust-toolchain.toml (or the older one-line rust-toolchain).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'smol-toml'
import { z } from 'zod'

export interface PinnedToolchain {
  file: string
  channel: string
  targets: string[]
  components: string[]
}

const schema = z.object({
  toolchain: z.object({
    channel: z.string({ error: 'a string such as "1.88.0"' }),
    targets: z.array(z.string()).optional(),
    components: z.array(z.string()).optional()
  })
})

export function readPinnedToolchain(root: string): PinnedToolchain | null {
  for (const file of ['rust-toolchain.toml', 'rust-toolchain']) {
    const p = join(root, file)
    if (!existsSync(p)) continue
    const text = readFileSync(p, 'utf8')
    if (file === 'rust-toolchain' && !text.trimStart().startsWith('[')) {
      return { file, channel: text.trim(), targets: [], components: [] }
    }
    let parsed
    try {
      parsed = schema.parse(parse(text))
    } catch (e) {
      throw new Error(`${file}: expected [toolchain] with a channel: ${(e as Error).message.split('\n')[0]}`)
    }
    return {
      file,
      channel: parsed.toolchain.channel,
      targets: parsed.toolchain.targets ?? [],
      components: parsed.toolchain.components ?? []
    }
  }
  return null
}
