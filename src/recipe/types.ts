// The recipe as the engine sees it after expansion: the upstream JSON shape (same key names), with
// every default written out, so `plan --json` shows a recipe a user could paste back.

export type Dialect = 'xbuild' | 'build.py'

export const IGVM_TARGETS = ['qemu', 'hyper-v', 'vanadium'] as const
export type IgvmTarget = (typeof IGVM_TARGETS)[number]

type Platform = 'native' | 'snp' | 'tdp' | 'vsm'

type BuildType = 'cargo' | 'make' | 'test'

/** One COCONUT Build Item (COBI): a kernel part or an fs module. */
export interface Component {
  type: BuildType
  output_file?: string
  manifest?: string
  /** Recipe features after the dialect's split; undefined when the key is absent. */
  features?: string[]
  no_default_features: boolean
  binary: boolean
  objcopy: string
  path?: string
  toolchain?: string
  env: Record<string, string>
}

export interface IgvmTargetConfig {
  output: string
  platforms: Platform[]
  policy: string
  comport?: string
  measure: 'print'
  'check-kvm': boolean
  'measure-native-zeroes': boolean
  'no-vtom': boolean
}

export interface FirmwareConfig {
  command?: string[]
  file?: string
  env?: string
}

export interface ExpandedRecipe {
  /** The recipe path as the user gave it (relative to the svsm tree or absolute). */
  file: string
  dialect: Dialect
  /** sha256 of the recipe file's bytes. */
  sha256: string
  /** Maps keep the recipe's key order (upstream xbuild iterates a HashMap: random order). */
  kernel: Record<string, Component>
  firmware: FirmwareConfig | null
  fs: { modules: Record<string, Component> }
  igvm: Partial<Record<IgvmTarget, IgvmTargetConfig>>
}

export interface LoadedRecipe {
  recipe: ExpandedRecipe
  warnings: string[]
}
