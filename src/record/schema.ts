// One record per built IGVM file: what bin/measurements.json holds and every report shows.
// Its JSON Schema (schemas/measurements.schema.json) is generated from this file.
import { z } from 'zod'
import { firmwareManifestSchema } from '../firmware/manifest.js'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const launchDigest = z.string().regex(/^[0-9A-F]{96}$/)

/** A helper tool the build compiled and ran (igvmbuilder, igvmmeasure). */
const toolBuildSchema = z.object({
  /** Relative to the svsm tree, as the plan ran it (absolute for a prebuilt one). */
  path: z.string(),
  sha256,
  /** Cargo profile directory it was built in (debug, release), or `prebuilt` (--igvmbuilder FILE). */
  profile: z.string(),
  /** Its package version in Cargo.lock (null when the lock file does not list it). */
  version: z.string().nullable()
})

/** `rustc -vV` of the toolchain the tree's build used (rustup picks it from rust-toolchain.toml). */
const rustcSchema = z.object({
  /** The first line: `rustc 1.96.0 (ac68faa20 2026-05-25)`. */
  version: z.string(),
  release: z.string().nullable(),
  commitHash: z.string().nullable(),
  commitDate: z.string().nullable(),
  host: z.string().nullable(),
  llvmVersion: z.string().nullable(),
  /** `rustc --print sysroot`: where its core and alloc (and rust-lld) come from. */
  sysroot: z.string().nullable()
})

/** The linker of the kernel target: the target's default (rust-lld) or target.<triple>.linker. */
const linkerSchema = z.object({
  name: z.string(),
  /** The file it resolves to, symbolic links followed (null: not found). */
  path: z.string().nullable(),
  /** Its `--version` line. */
  version: z.string().nullable()
})

/** One path remapping in force for the kernel target. */
const remapSchema = z.object({
  /**
   * Who set it: svsm-build's remap-paths option, the tree's own xbuild, the tree's cargo
   * configuration, or an environment variable (which then replaces every other rustflags).
   */
  by: z.enum(['remap-paths', 'xbuild', 'cargo config', 'RUSTFLAGS', 'CARGO_ENCODED_RUSTFLAGS']),
  /** The cargo config key, or the config file, that carried the flags. */
  where: z.string(),
  flags: z.array(z.string())
})

/** Occurrences of one recorded prefix in the built parts the IGVM file was made from. */
const embeddedPathSchema = z.object({
  what: z.enum(['checkout', 'CARGO_HOME', 'sysroot']),
  prefix: z.string(),
  /** File (relative to the tree) → occurrences in it. */
  files: z.record(z.string(), z.number().int().positive())
})

/** Where and with what the bytes were made: what decides whether a rebuild elsewhere gives them again. */
const buildPlaceSchema = z.object({
  /** The tree's absolute path, as cargo saw it (symbolic links resolved). */
  checkout: z.string().regex(/^\//, { error: 'an absolute path' }),
  /** CARGO_HOME as cargo resolved it (null: neither CARGO_HOME nor HOME was set). */
  cargoHome: z.string().regex(/^\//, { error: 'an absolute path' }).nullable(),
  rustc: rustcSchema.nullable(),
  linker: linkerSchema.nullable(),
  /** Every path remapping in force (empty: none; build paths compile in as they are). */
  remap: z.array(remapSchema),
  /** The files searched for the prefixes: this IGVM file's kernel parts and fs image. */
  searched: z.array(z.string()),
  /** The prefixes found in them (empty: no absolute build path is compiled in). */
  embeddedPaths: z.array(embeddedPathSchema)
})

export type BuildPlace = z.infer<typeof buildPlaceSchema>
export type EmbeddedPath = z.infer<typeof embeddedPathSchema>

/** Everything a rebuild needs that the rest of the record does not already say. */
const recordedInputsSchema = z.object({
  source: z.object({
    /** HEAD of the svsm tree (null: not a git checkout). */
    commit: z
      .string()
      .regex(/^[0-9a-f]{40,64}$/)
      .nullable(),
    /** The tree differed from HEAD when the build started (changed, new or untracked files, submodules). */
    dirty: z.boolean(),
    /** The first of those paths (at most 20), so a verifier sees what was not committed. */
    dirtyFiles: z.array(z.string()),
    /** Cargo.lock at the tree's root (null: none). */
    cargoLockSha256: sha256.nullable()
  }),
  /** How svsm-build was asked to build (the command line / action inputs). */
  options: z.object({
    dialect: z.enum(['xbuild', 'build.py']),
    release: z.boolean(),
    allFeatures: z.boolean(),
    /** -f values, one `pkg:feat` each, in order. */
    features: z.array(z.string()),
    offline: z.boolean(),
    targets: z.array(z.enum(['qemu', 'hyper-v', 'vanadium'])).nullable(),
    measure: z.enum(['igvmmeasure', 'builtin']),
    /** --firmware (null: the recipe's own firmware.file / firmware.env). */
    firmware: z.string().nullable(),
    /** Every recipe of the build, in order (one build makes all their records). */
    recipes: z.array(z.string()),
    /** --remap-paths / remap-paths: true (absent: not asked for). */
    remapPaths: z.boolean().optional()
  }),
  tools: z.object({ igvmbuilder: toolBuildSchema.nullable(), igvmmeasure: toolBuildSchema.nullable() }),
  /** Where and with what it was built (absent in records written before svsm-build recorded it). */
  build: buildPlaceSchema.optional()
})

export type ToolBuild = z.infer<typeof toolBuildSchema>
export type RecordedInputs = z.infer<typeof recordedInputsSchema>

/** The ID-block-signed copy of the file (sign.yml); the unsigned fields stay as built. */
const signedSchema = z.object({
  igvm: z.string(),
  sha256,
  launchDigest,
  /** SHA-384 of the ID public key, as the attestation report's ID_KEY_DIGEST shows it (upper-case hex). */
  idKeyDigest: launchDigest,
  authorKeyDigest: launchDigest.nullable(),
  /** Upper-case hex, as the attestation report's FAMILY_ID / IMAGE_ID. */
  familyId: z.string().regex(/^[0-9A-F]{32}$/),
  imageId: z.string().regex(/^[0-9A-F]{32}$/)
})

export const measurementSchema = z.object({
  target: z.enum(['qemu', 'hyper-v', 'vanadium']),
  recipe: z.string(),
  /** Recipe file sha256: the same name with other content is another build. */
  recipeSha256: z.string(),
  igvm: z.string(),
  size: z.number().int().nonnegative(),
  sha256,
  /** SEV-SNP launch digest, upper-case hex as igvmmeasure prints it. */
  launchDigest,
  /** Who computed launchDigest: igvmmeasure (cross-checked by svsm-build) or svsm-build alone. */
  measuredBy: z.enum(['igvmmeasure', 'builtin']),
  platforms: z.array(z.string()),
  policy: z.string(),
  checkKvm: z.boolean(),
  nativeZero: z.boolean(),
  gitVersion: z.string(),
  profile: z.enum(['debug', 'release']),
  /** Features per component, as passed to cargo (recipe + command line). */
  features: z.record(z.string(), z.array(z.string())),
  allFeatures: z.boolean(),
  firmware: z
    .object({
      path: z.string(),
      sha256: z.string(),
      /** manifest.json beside the firmware file (`svsm-build firmware` writes it), when it lists that file. */
      manifest: firmwareManifestSchema.nullable().optional()
    })
    .nullable(),
  toolchain: z.string().optional(),
  /** What a rebuild needs (absent in records written before svsm-build recorded it). */
  inputs: recordedInputsSchema.optional(),
  signed: signedSchema.optional(),
  /** Extra facts from our own IGVM reader (inventory, TDX MRTD), when available. */
  details: z.record(z.string(), z.unknown()).optional()
})

export type Measurement = z.infer<typeof measurementSchema>
export const measurementsSchema = z.array(measurementSchema)

export const MEASUREMENTS_FILE = 'bin/measurements.json'
