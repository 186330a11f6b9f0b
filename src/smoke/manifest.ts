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
import { BadInput } from '../util/errors.js'

const runSchema = z.strictObject({
  qemu: z.string({ error: 'a QEMU program (path or name on PATH)' }).optional(),
  machine: z.string({ error: 'a machine type such as "q35" or "microvm"' }).optional(),
  'rom-dir': z.string({ error: 'a directory of firmware ROMs (QEMU -L)' }).optional(),
  cpu: z.string({ error: 'a CPU model such as "max"' }).optional(),
  memory: z.string({ error: 'a memory size such as "2G"' }).optional(),
  smp: z.number({ error: 'a whole number of vCPUs (1 or more)' }).int().min(1).optional(),
  accel: z.enum(['auto', 'kvm', 'tcg'], { error: 'auto, kvm or tcg' }).optional(),
  args: z
    .array(z.string({ error: 'a QEMU argument (a string)' }), { error: 'an array of extra QEMU arguments' })
    .optional(),
  timeout: z.number({ error: 'seconds (a number above 0)' }).positive().optional(),
  success: z.string({ error: 'a regular expression the serial log must match' }).optional(),
  'success-exit-code': z
    .number({ error: 'the QEMU exit status that means success (0x21 for SVSM test images)' })
    .int()
    .optional()
})

type RunOverrides = z.infer<typeof runSchema>

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

interface Selector {
  target?: string
  scheme?: string
}

interface Section {
  cfg: Selector
  run: RunOverrides
}

interface SmokeManifest {
  sections: Section[]
}

const CFG = /^cfg\((.*)\)$/
const CFG_ITEM = /^\s*(target|scheme)\s*=\s*"([^"]*)"\s*$/

/** Parses `cfg(target="qemu", scheme="tcg")`. */
export function parseCfg(text: string): Selector {
  const m = CFG.exec(text.trim())
  if (!m) throw new Error(`expected cfg(target="...", scheme="..."), got ${text}`)
  const sel: Selector = {}
  for (const part of m[1]!.split(',').filter(p => p.trim() !== '')) {
    const item = CFG_ITEM.exec(part)
    if (!item) throw new Error(`expected target="..." or scheme="...", got ${part.trim()}`)
    sel[item[1] as 'target' | 'scheme'] = item[2]!
  }
  return sel
}

type Table = Record<string, unknown>
const isTable = (v: unknown): v is Table =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)

/** What a TOML value is, for messages: `number 5`, `string "x"`, `array`, `table`. */
function found(v: unknown): string {
  if (isTable(v)) return 'a table'
  if (Array.isArray(v)) return 'an array'
  if (v instanceof Date) return `a date ${v.toISOString()}`
  return `${typeof v} ${JSON.stringify(v)}`
}

const SECTIONS = "run, target.<name>.run, scheme.<name>.run or 'cfg(...)'.run"

export function parseManifest(text: string, file = 'smoke.toml'): SmokeManifest {
  const fail = (where: string, what: string): never => {
    throw new BadInput(`${file}: ${where}: ${what}`)
  }
  let doc: Table
  try {
    doc = parse(text) as Table
  } catch (e) {
    throw new BadInput(`${file}: not valid TOML: ${(e as Error).message.split('\n')[0]}`)
  }
  const sections: Section[] = []
  const add = (cfg: Selector, run: unknown, where: string) => {
    if (!isTable(run)) fail(where, `expected a table of run settings, got ${found(run)}`)
    const r = runSchema.safeParse(run)
    if (!r.success) {
      const lines = r.error.issues.map(i => {
        const at = `${file}: ${where}${i.path.length ? `.${i.path.join('.')}` : ''}`
        if (i.code === 'unrecognized_keys') return `${at}: unknown key ${i.keys.join(', ')}`
        const value = i.path.reduce<unknown>(
          (v, k) => (isTable(v) || Array.isArray(v) ? (v as Table)[k as string] : undefined),
          run
        )
        return `${at}: expected ${i.message}, got ${found(value)}`
      })
      throw new BadInput(lines.join('\n'))
    }
    sections.push({ cfg, run: r.data })
  }
  /** A table whose one key is `run`: `[target.qemu.run]`, `['cfg(...)'.run]`. */
  const runOf = (table: unknown, where: string): unknown => {
    if (!isTable(table)) return fail(where, `expected a table holding [${where}.run], got ${found(table)}`)
    for (const k of Object.keys(table)) if (k !== 'run') fail(`${where}.${k}`, 'unknown key (expected run)')
    return table.run ?? {}
  }
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'run') add({}, value, 'run')
    else if (key === 'target' || key === 'scheme') {
      if (!isTable(value)) fail(key, `expected a table of ${key} names, got ${found(value)}`)
      for (const [name, sub] of Object.entries(value as Table))
        add({ [key]: name }, runOf(sub, `${key}.${name}`), `${key}.${name}.run`)
    } else if (CFG.test(key)) {
      let cfg: Selector
      try {
        cfg = parseCfg(key)
      } catch (e) {
        return fail(`'${key}'`, (e as Error).message)
      }
      add(cfg, runOf(value, `'${key}'`), `'${key}'.run`)
    } else fail(key, `unknown section (expected ${SECTIONS})`)
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
