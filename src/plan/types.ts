// A build as data: an ordered list of steps, each a command (the exact argv upstream's tool would
// run) or an operation svsm-build does itself. One step type for every build svsm-build runs: the
// svsm plans here, and the EDK2, QEMU and Linux plans of firmware/, qemu/ and linux/.
import type { Dialect, ExpandedRecipe, IgvmTarget } from '../recipe/types.js'
import type { XbuildFacts } from '../recipe/xbuild-facts.js'

export type StepGroup =
  'prepare' | 'kernel' | 'firmware' | 'fs' | 'helpers' | 'igvm' | 'measure' | 'qemu' | 'linux'

interface StepBase {
  /** Unique in the plan: `<recipe>:kernel/svsm/cargo`, `edk2/build`. */
  id: string
  group: StepGroup
  /** What the log says while it runs ("Building svsm..."). */
  title: string
  /** The recipe file this step belongs to (absent for steps shared by all recipes). */
  recipe?: string
  target?: IgvmTarget
  /** Files read and written, relative to the run's root (for cache keys, artifacts, docs). */
  inputs: string[]
  outputs: string[]
}

export interface CommandStep extends StepBase {
  kind: 'command'
  argv: string[]
  /** Relative to the run's root (svsm plans: always '.', both tools run everything from the root) or absolute. */
  cwd: string
  /** Added to the inherited environment. */
  env: Record<string, string>
  /** What the runner reads from the command's stdout. */
  capture?: 'git-version' | 'cargo-test-executable' | 'igvmmeasure'
  /** When set, argv[index] is replaced with the file `step` produced (cargo test executable, build.py fallback). */
  argFrom?: { index: number; step: string }
  /** The file this step produces, when later steps need it (see argFrom). */
  produces?: { path: string; fallback?: string } | { cargoTestTarget: string }
  /** git-version only: the generated Rust file (xbuild writes it, build.py leaves it to release/build.rs). */
  writeVersionTo?: string
  /** Failure does not stop the build (git describe: upstream falls back to an empty version). */
  mayFail?: boolean
}

export type InternalOp =
  | { type: 'mkdir'; path: string }
  | { type: 'reset-dir'; path: string }
  | { type: 'pack-fs'; output: string; entries: { name: string; file: string }[] }
  | {
      type: 'measure'
      igvm: string
      checkKvm: boolean
      nativeZero: boolean
      /** The igvmmeasure step whose printed digest must equal ours; absent in builtin mode. */
      igvmmeasureStep?: string
    }
  /** `path` becomes a copy of the folder `from` (without `.git`); only a folder svsm-build owns is emptied. */
  | { type: 'sync-dir'; from: string; path: string }
  /** Files copied into the folder `path` (made when missing). */
  | { type: 'copy-files'; path: string; files: { from: string; to: string }[] }
  | { type: 'write-file'; path: string; content: string }

export interface InternalStep extends StepBase {
  kind: 'internal'
  op: InternalOp
}

export type Step = CommandStep | InternalStep

export interface FeatureRequest {
  /** As given on the command line, for warnings. */
  raw: string
  pkg: string
  feature: string
}

export interface PlanOptions {
  release: boolean
  allFeatures: boolean
  features: FeatureRequest[]
  verbose: boolean
  offline: boolean
  /** Build only these IGVM targets (kernel parts are still built once). */
  targets?: IgvmTarget[]
  /** igvmmeasure: build and run upstream's tool and cross-check; builtin: our reader only. */
  measure: 'igvmmeasure' | 'builtin'
  /** Environment used to resolve `firmware.env`. */
  env: Record<string, string | undefined>
  /** A firmware file that replaces the recipe's `firmware.file` / fills its `firmware.env`. */
  firmware?: string
  /** Prebuilt helpers (absolute paths) used instead of building the tree's own (--igvmbuilder). */
  tools?: Partial<Record<HelperTool, string>>
  /** What the tree's xbuild passes, read from its source (default: upstream's at f4bc4bcd). */
  xbuild?: XbuildFacts
  /**
   * Remap the checkout and CARGO_HOME out of the kernel's paths (upstream does not by default: it
   * changes its commands and digests). Set only when asked for, so other plans keep their JSON.
   */
  remapPaths?: boolean
  /** Where cargo runs (the engine reads it; remapping needs it). */
  cargo?: CargoFacts
}

export type HelperTool = 'igvmbuilder' | 'igvmmeasure'
export const HELPER_TOOLS: readonly HelperTool[] = ['igvmbuilder', 'igvmmeasure']

export interface TargetPlan {
  /** The step that measures this target's file (its result is keyed by this id). */
  measureStep: string
  recipe: string
  target: IgvmTarget
  igvm: string
  platforms: string[]
  policy: string
  checkKvm: boolean
  nativeZero: boolean
  firmware: string | null
}

export interface Plan {
  dialect: Dialect
  options: Omit<PlanOptions, 'env' | 'xbuild' | 'cargo'>
  /** The path remapping the kernel-target cargo commands carry, or null. */
  remap: RemapPlan | null
  recipes: ExpandedRecipe[]
  steps: Step[]
  targets: TargetPlan[]
  warnings: string[]
}

/** Where the build runs, as cargo sees it: the engine reads these (pure planning does not). */
export interface CargoFacts {
  /** The tree's root as the build's working directory (symbolic links resolved, as getcwd gives it). */
  root: string
  /** CARGO_HOME as cargo resolves it (CARGO_HOME, else $HOME/.cargo); null when neither is set. */
  cargoHome: string | null
  /**
   * The config key whose rustflags cargo uses for the kernel target: `target` when any config
   * file has target rustflags (cargo then ignores build.rustflags), `build` when only
   * build.rustflags is set (a target key would silently drop it).
   */
  rustflagsKey: 'target' | 'build'
}

export interface RemapPlan {
  /** Who asks for it: svsm-build's remap-paths option, or the tree's own xbuild (then it is always on). */
  by: 'remap-paths' | 'xbuild'
  /** The cargo config key that carries the flags. */
  config: string
  flags: string[]
}
