// Installs what the build needs with rustup: the pinned channel with its targets and, when a recipe
// asks for it (`"toolchain": "nightly"` in test items), that toolchain with x86_64-unknown-none.
// A custom toolchain (one `rustup toolchain link` made, such as the example's Debian compiler)
// cannot be installed or given targets by rustup: it is used as it is, or named as missing.
// Never touches RUSTFLAGS: it would replace the tree's .cargo/config.toml rustflags.
import type { Plan } from '../plan/types.js'
import type { PinnedToolchain } from './rust-toolchain.js'

const KERNEL_TARGET = 'x86_64-unknown-none'

export interface ToolchainNeed {
  toolchain: string
  targets: string[]
  components: string[]
  why: string
}

/** Pure: which toolchains the plan will call. */
export function toolchainNeeds(pinned: PinnedToolchain | null, plan: Plan): ToolchainNeed[] {
  const needs: ToolchainNeed[] = []
  if (pinned) {
    const targets = [...new Set([...pinned.targets, KERNEL_TARGET])]
    needs.push({ toolchain: pinned.channel, targets, components: pinned.components, why: pinned.file })
  }
  for (const r of plan.recipes) {
    for (const [name, c] of [...Object.entries(r.kernel), ...Object.entries(r.fs.modules)]) {
      if (c.toolchain === undefined || needs.some(n => n.toolchain === c.toolchain)) continue
      needs.push({
        toolchain: c.toolchain,
        targets: [KERNEL_TARGET],
        components: [],
        why: `${r.file}: ${name}`
      })
    }
  }
  return needs
}

export interface Rustup {
  /** Runs rustup with argv; returns stdout, throws on failure. */
  run(args: string[]): Promise<string>
}

/** Installed toolchain names from `rustup toolchain list` ("1.88.0-x86_64-unknown-linux-gnu (default)"). */
function installedToolchains(list: string): string[] {
  return list
    .split('\n')
    .map(l => l.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)
}

function isInstalled(installed: string[], toolchain: string): boolean {
  return installed.some(t => t === toolchain || t.startsWith(`${toolchain}-`))
}

/** rustup's own names: a channel, version or beta, an optional date, an optional host triple. */
const RUSTUP_RELEASE =
  /^(stable|beta|nightly|\d+\.\d+(\.\d+)?(-beta(\.\d+)?)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_.]+){1,3})?$/

/** A name rustup cannot install: a toolchain made with `rustup toolchain link`. */
export function isCustomToolchain(name: string): boolean {
  return !RUSTUP_RELEASE.test(name)
}

/** Returns the rustup commands it ran (none when everything was there). */
export async function ensureToolchains(needs: ToolchainNeed[], rustup: Rustup): Promise<string[][]> {
  const ran: string[][] = []
  const run = async (args: string[]) => {
    ran.push(args)
    await rustup.run(args)
  }
  const installed = installedToolchains(await rustup.run(['toolchain', 'list']))
  for (const n of needs) {
    if (isCustomToolchain(n.toolchain)) {
      if (!installed.includes(n.toolchain))
        throw new Error(
          `${n.why}: toolchain "${n.toolchain}" is not installed, and rustup cannot install it (not one of ` +
            `its releases): link it first (rustup toolchain link ${n.toolchain} <folder>), or set toolchain: skip`
        )
      continue
    }
    if (!isInstalled(installed, n.toolchain)) {
      const args = ['toolchain', 'install', n.toolchain, '--profile', 'minimal', '--no-self-update']
      for (const t of n.targets) args.push('-t', t)
      for (const c of n.components) args.push('-c', c)
      await run(args)
      continue
    }
    const have = (await rustup.run(['target', 'list', '--installed', '--toolchain', n.toolchain]))
      .split('\n')
      .map(s => s.trim())
    const missing = n.targets.filter(t => !have.includes(t))
    if (missing.length > 0) await run(['target', 'add', '--toolchain', n.toolchain, ...missing])
  }
  return ran
}
