// Path remapping for the kernel target, as upstream's remapping xbuild does it (xbuild/src/remap.rs
// at coconut-svsm/svsm 359cc377): `--remap-path-prefix` for the checkout (→ `.`) and for the crate
// sources under CARGO_HOME (registry/src and git/checkouts → ``), handed to cargo as
// `--config <key>=[...]` right after `--target <triple>`. A `--config` value is merged with the
// tree's own `.cargo/config.toml` (arrays are joined), where RUSTFLAGS would replace it. Pure.
import { join } from 'node:path'
import type { Dialect } from '../recipe/types.js'
import { UPSTREAM_XBUILD, type XbuildFacts } from '../recipe/xbuild-facts.js'
import { KERNEL_TRIPLE } from './common.js'
import type { CargoFacts, RemapPlan } from './types.js'

/** The flags, in upstream's order: later flags win in rustc, so CARGO_HOME's come after the root's. */
function remapFlags(f: Pick<CargoFacts, 'root' | 'cargoHome'>): string[] {
  const flags = [`--remap-path-prefix=${f.root}=.`]
  if (f.cargoHome !== null)
    flags.push(
      `--remap-path-prefix=${join(f.cargoHome, 'registry', 'src')}=`,
      `--remap-path-prefix=${join(f.cargoHome, 'git', 'checkouts')}=`
    )
  return flags
}

/**
 * The remapping a build gets, or null: a tree whose xbuild remaps as upstream's does gets exactly
 * that (so the plan still matches the tree's own ./build); otherwise the option asks for it.
 */
export function remapOf(
  dialect: Dialect,
  o: { remapPaths?: boolean; cargo?: CargoFacts; xbuild?: XbuildFacts }
): RemapPlan | null {
  const treeRemaps = dialect === 'xbuild' && (o.xbuild ?? UPSTREAM_XBUILD).remap === 'target-rustflags'
  if (!o.cargo || (!treeRemaps && !o.remapPaths)) return null
  // Upstream's xbuild always uses the target key; the option keeps a tree's build.rustflags alive.
  const config =
    treeRemaps || o.cargo.rustflagsKey === 'target' ? `target.${KERNEL_TRIPLE}.rustflags` : 'build.rustflags'
  return { by: treeRemaps ? 'xbuild' : 'remap-paths', config, flags: remapFlags(o.cargo) }
}

/** `--config <key>=[...]`: each flag a JSON string, which is also a TOML basic string. */
export const remapArgs = (r: RemapPlan | null): string[] =>
  r ? ['--config', `${r.config}=[${r.flags.map(f => JSON.stringify(f)).join(',')}]`] : []
