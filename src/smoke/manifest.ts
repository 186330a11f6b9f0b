// Run profiles for the boot smoke test, in the style of Asterinas OSDK's manifest: a default [run]
// and overrides for an IGVM target and/or a scheme that inherit every key they do not set.
//
//   [run]                                  # the default
//   [target.hyper-v.run]                   # = 'cfg(target="hyper-v")'
//   [scheme.tcg.run]                       # = 'cfg(scheme="tcg")'
//   ['cfg(target="qemu", scheme="test")'.run]
//
// The more keys a cfg names, the later it applies: default < one key < two keys.
import { parse } from 'smol-toml'
import { z } from 'zod'

const runSchema = z.strictObject({
  qemu: z.string({ error: 'a QEMU program (path or name on PATH)' }).optional(),
  machine: z.string({ error: 'a machine type such as "q35" or "microvm"' }).optional(),
  'rom-dir': z.string({ error: 'a directory of firmware ROMs (QEMU -L)' }).optional(),
  cpu: z.string({ error: 'a CPU model such as "max"' }).optional(),
  memory: z.string({ error: 'a memory size such as "2G"' }).optional(),
  smp: z.number({ error: 'a number of vCPUs' }).int().min(1).optional(),
  accel: z.enum(['auto', 'kvm', 'tcg'], { error: 'auto, kvm or tcg' }).optional(),
  args: z.array(z.string(), { error: 'an array of extra QEMU arguments' }).optional(),
  timeout: z.number({ error: 'seconds' }).positive().optional(),
  success: z.string({ error: 'a regular expression the serial log must match' }).optional(),
  'success-exit-code': z
    .number({ error: 'the QEMU exit status that means success (0x21 for SVSM test images)' })
    .int()
    .optional()
})

export type RunOverrides = z.infer<typeof runSchema>

export interface RunProfile {
  qemu: string
  /** q35 (COCONUT's); microvm for upstream QEMU 11.1 with files that carry a device tree. */
  machine: string
  /** QEMU's -L: where it looks for firmware ROMs (unset: QEMU's own default). */
  'rom-dir'?: string
  cpu: string
  memory: string
  smp: number
  accel: 'auto' | 'kvm' | 'tcg'
  args: string[]
  timeout: number
  success: string
  'success-exit-code'?: number
}

export const DEFAULT_PROFILE: RunProfile = {
  qemu: 'qemu-system-x86_64',
  machine: 'q35',
  cpu: 'max',
  memory: '2G',
  smp: 1,
  accel: 'auto',
  args: [],
  timeout: 180,
  success: 'COCONUT Secure Virtual Machine Service Module'
}

export interface Selector {
  target?: string
  scheme?: string
}

interface Section {
  cfg: Selector
  run: RunOverrides
}

export interface SmokeManifest {
  sections: Section[]
}

const CFG = /^cfg\((.*)\)$/
const CFG_ITEM = /^\s*(target|scheme)\s*=\s*"([^"]*)"\s*$/

/** Parses `cfg(target="qemu", scheme="tcg")`. */
export function parseCfg(text: string): Selector {
  const m = CFG.exec(text.trim())
  if (!m) throw new Error(`${text}: expected cfg(target="...", scheme="...")`)
  const sel: Selector = {}
  for (const part of m[1]!.split(',').filter(p => p.trim() !== '')) {
    const item = CFG_ITEM.exec(part)
    if (!item) throw new Error(`${text}: expected target="..." or scheme="...", got ${part.trim()}`)
    sel[item[1] as 'target' | 'scheme'] = item[2]!
  }
  return sel
}

export function parseManifest(text: string, file = 'smoke.toml'): SmokeManifest {
  let doc: Record<string, unknown>
  try {
    doc = parse(text) as Record<string, unknown>
  } catch (e) {
    throw new Error(`${file}: not valid TOML: ${(e as Error).message.split('\n')[0]}`)
  }
  const sections: Section[] = []
  const add = (cfg: Selector, run: unknown, where: string) => {
    const r = runSchema.safeParse(run ?? {})
    if (!r.success) {
      const lines = r.error.issues.map(
        i =>
          `${file}: ${where}${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.code === 'unrecognized_keys' ? `unknown key ${i.keys.join(', ')}` : `expected ${i.message}`}`
      )
      throw new Error(lines.join('\n'))
    }
    sections.push({ cfg, run: r.data })
  }
  for (const [key, value] of Object.entries(doc)) {
    const table = value as Record<string, unknown>
    if (key === 'run') add({}, table, 'run')
    else if (key === 'target' || key === 'scheme') {
      for (const [name, sub] of Object.entries(table))
        add({ [key]: name }, (sub as Record<string, unknown>).run, `${key}.${name}.run`)
    } else if (CFG.test(key)) add(parseCfg(key), table.run, `'${key}'.run`)
    else
      throw new Error(
        `${file}: ${key}: unknown section (expected run, target.<name>.run, scheme.<name>.run or 'cfg(...)'.run)`
      )
  }
  return { sections }
}

/** The profile for a target and scheme: defaults, then every matching section, least specific first. */
export function resolveProfile(m: SmokeManifest, sel: Selector): RunProfile {
  const matching = m.sections
    .filter(
      s =>
        (s.cfg.target === undefined || s.cfg.target === sel.target) &&
        (s.cfg.scheme === undefined || s.cfg.scheme === sel.scheme)
    )
    .map((s, i) => ({ s, i, rank: Object.keys(s.cfg).length }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
  let p: RunProfile = { ...DEFAULT_PROFILE }
  for (const { s } of matching) p = { ...p, ...s.run }
  return p
}
