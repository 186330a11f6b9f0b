export const id = 866;
export const ids = [866];
export const modules = {

/***/ 1452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash)
/* harmony export */ });
/* unused harmony exports cargoHomeKeys, targetKeys, firmwareKeys, KEY_LIMITS, MAX_KEY_PREFIX_LENGTH, keyProblem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Cache keys, pure: every input that changes what a cache holds is in its key, nothing else is.

const CACHE_VERSION = 'v1';
const shortHash = (...parts) => {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const p of parts)
        h.update(typeof p === 'string' ? Buffer.from(p) : p).update('\0');
    return h.digest('hex').slice(0, 16);
};
const base = (c, name) => `${c.prefix}-${name}-${CACHE_VERSION}-${c.os}-${c.arch}`;
/** ~/.cargo registry and git checkouts: what the lock file pins. */
function cargoHomeKeys(c, lockFile) {
    const b = base(c, 'cargo-home');
    return { key: `${b}-${shortHash(lockFile ?? 'no-lock')}`, restoreKeys: [`${b}-`] };
}
/** target/: toolchain → profile → lock and config → build flags, dropped from the right for restore keys. */
function targetKeys(c, i) {
    const toolchain = shortHash(...i.rustcVersions);
    const lock = shortHash(i.lockFile ?? 'no-lock', i.cargoConfig ?? 'no-config', i.rustToolchain ?? 'no-toolchain-file');
    const flags = shortHash(JSON.stringify(i.buildFlags));
    const b = `${base(c, 'target')}-${toolchain}-${i.profile}`;
    return { key: `${b}-${lock}-${flags}`, restoreKeys: [`${b}-${lock}-`, `${b}-`] };
}
/** What a recipe's firmware.command produces: keyed on the command, its output path and the user's key. */
function firmwareKeys(c, command, output, userKey) {
    return {
        key: `${base(c, 'firmware')}-${shortHash(JSON.stringify(command), output, userKey)}`,
        restoreKeys: []
    };
}
/** GitHub's cache service: a key of at most 512 characters, no comma, at most 10 keys per lookup. */
const KEY_LIMITS = { length: 512, keys: 10 };
/**
 * The longest `cache-key-prefix`. The target key, the longest one this project builds, adds 71
 * characters and RUNNER_OS and RUNNER_ARCH to it, so even a 256-character prefix leaves room
 * (the keys test builds every key with it).
 */
const MAX_KEY_PREFIX_LENGTH = 256;
/** Why GitHub would refuse these keys (naming the cache), or null when it takes them. */
function keyProblem(name, key, restoreKeys) {
    const all = [key, ...restoreKeys];
    if (all.length > KEY_LIMITS.keys)
        return `${name} cache: ${all.length} keys (primary and restore keys), GitHub takes at most ${KEY_LIMITS.keys}`;
    for (const k of all) {
        if (k.length > KEY_LIMITS.length)
            return `${name} cache: key ${k.slice(0, 40)}... is ${k.length} characters, GitHub takes at most ${KEY_LIMITS.length}`;
        if (k.includes(','))
            return `${name} cache: key ${k} contains a comma, which GitHub does not take`;
    }
    return null;
}


/***/ }),

/***/ 6801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand),
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/build.ts + 1 modules
var build = __webpack_require__(8120);
// EXTERNAL MODULE: ./src/engine/prepare.ts + 18 modules
var prepare = __webpack_require__(3369);
// EXTERNAL MODULE: ./src/engine/builtin-measure.ts
var builtin_measure = __webpack_require__(6092);
;// CONCATENATED MODULE: ./src/recipe/to-json.ts
function recipeToJson(r) {
    const sep = r.dialect === 'xbuild' ? ',' : ' ';
    const component = (c) => {
        const { features, ...rest } = c;
        const out = { ...rest };
        if (features !== undefined)
            out.features = features.join(sep);
        if (r.dialect === 'build.py') {
            // build.py reads none of these; showing them would suggest it does.
            delete out.no_default_features;
            delete out.env;
        }
        return out;
    };
    const map = (m) => Object.fromEntries(Object.entries(m).map(([k, c]) => [k, component(c)]));
    const igvm = Object.fromEntries(Object.entries(r.igvm).map(([t, c]) => {
        const { 'no-vtom': noVtom, ...rest } = c;
        return [t, r.dialect === 'xbuild' ? { ...rest, 'no-vtom': noVtom } : rest];
    }));
    return { kernel: map(r.kernel), firmware: r.firmware, fs: { modules: map(r.fs.modules) }, igvm };
}

;// CONCATENATED MODULE: ./src/report/text-table.ts
function renderMeasurementsText(ms) {
    if (ms.length === 0)
        return 'No IGVM file was built.\n';
    const first = ms[0];
    const head = `Measurements (${first.profile}, git version ${first.gitVersion || '(none)'}${first.toolchain ? `, ${first.toolchain}` : ''}):`;
    const rows = ms.map(m => [m.target, m.igvm, `${m.size} bytes`, flags(m), m.launchDigest]);
    const widths = [0, 1, 2, 3].map(i => Math.max(...rows.map(r => r[i].length)));
    const lines = rows.map(r => `  ${r
        .slice(0, 4)
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd()}\n    launch digest ${r[4]}`);
    return `${head}\n${lines.join('\n')}\n`;
}
function flags(m) {
    const f = [m.platforms.join(','), `policy ${m.policy}`];
    if (m.checkKvm)
        f.push('check-kvm');
    if (m.nativeZero)
        f.push('native-zero');
    return f.join(' ');
}

// EXTERNAL MODULE: ./src/run/interrupt.ts
var run_interrupt = __webpack_require__(7214);
// EXTERNAL MODULE: ./src/run/process.ts
var run_process = __webpack_require__(8016);
// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(9906);
// EXTERNAL MODULE: ./src/cli/args.ts + 2 modules
var cli_args = __webpack_require__(4774);
;// CONCATENATED MODULE: ./src/cli/version.ts
// Kept equal to package.json's version by __tests__/cli/version.test.ts.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/commands/build.ts
// `svsm-build [build] …` (a drop-in for upstream's ./build) and `svsm-build plan …`.











async function buildCommand(args) {
    const a = (0,cli_args/* parseBuildArgs */.NQ)(args, process.env);
    if (!a)
        return 0;
    if (a.version)
        return version();
    const log = (0,util_log/* streamLogger */.V)(process.stdout, process.stderr, process.stdout.isTTY === true);
    for (const w of a.warnings)
        process.stderr.write(`${w}\n`);
    const prepared = (0,prepare/* prepareBuild */.y)(a.request);
    if (a.printConfig) {
        for (const r of prepared.plan.recipes)
            process.stdout.write(`${r.file}: ${JSON.stringify(recipeToJson(r), null, 2)}\n`);
    }
    // Ctrl-C or a CI cancel: stop the commands, keep no result, exit as a shell would (130, 143).
    const interrupt = new run_interrupt/* Interrupt */.OK();
    const untrap = (0,run_interrupt/* trapSignals */.rm)(interrupt, m => process.stderr.write(`svsm-build: ${m}\n`));
    let result;
    try {
        result = await (0,build/* runBuild */.c)(a.request, {
            out: process.stdout,
            err: process.stderr,
            log,
            measure: builtin_measure/* builtinMeasure */.I,
            interrupt,
            command: (0,run_process/* displayArgv */.zq)(['svsm-build', 'build', ...args])
        }, prepared);
    }
    catch (e) {
        if (!(e instanceof run_interrupt/* Interrupted */.j$))
            throw e;
        process.stderr.write(`error: ${e.message}; no IGVM file or measurements.json was kept\n`);
        return e.exitCode;
    }
    finally {
        untrap();
    }
    process.stdout.write(`\n${renderMeasurementsText(result.measurements)}`);
    process.stdout.write(`Wrote ${result.plan.targets.length > 0 ? 'bin/measurements.json' : 'nothing'} in ${result.root}\n`);
    return 0;
}
async function planCommand(args) {
    const a = (0,cli_args/* parseBuildArgs */.NQ)(args, process.env, cli_args/* PLAN_COMMAND */.At);
    if (!a)
        return 0;
    const { plan, warnings } = (0,prepare/* prepareBuild */.y)(a.request);
    if (a.matrix) {
        process.stdout.write(`${JSON.stringify(matrixOf(plan))}\n`);
        return 0;
    }
    if (a.json) {
        const { recipes, ...rest } = plan;
        const json = {
            ...rest,
            recipes: recipes.map(r => ({ file: r.file, sha256: r.sha256, recipe: recipeToJson(r) })),
            warnings: [...a.warnings, ...warnings]
        };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return 0;
    }
    for (const w of [...a.warnings, ...warnings])
        process.stderr.write(`warning: ${w}\n`);
    process.stdout.write(`# ${plan.dialect} plan: ${plan.steps.length} steps, ${plan.targets.length} IGVM file(s)\n`);
    for (const s of plan.steps) {
        const what = s.kind === 'command'
            ? (0,run_process/* displayArgv */.zq)(s.argv)
            : `(svsm-build) ${s.op.type} ${'path' in s.op ? s.op.path : 'output' in s.op ? s.op.output : s.op.igvm}`;
        process.stdout.write(`${s.id}\n    ${what}\n`);
    }
    return 0;
}
/** One leg per (recipe, IGVM target), for `strategy.matrix` in a workflow. */
function matrixOf(plan) {
    return {
        include: plan.targets.map(t => ({
            name: `${(0,external_node_path_.basename)(t.recipe).replace(/\.json$/, '')}-${t.target}`,
            recipe: t.recipe,
            targets: t.target
        }))
    };
}
function version() {
    process.stdout.write(`svsm-build ${VERSION}\n`);
    return 0;
}


/***/ }),

/***/ 5144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ firmwareCacheKey),
/* harmony export */   ko: () => (/* binding */ firmwareManifestSchema)
/* harmony export */ });
/* unused harmony export parseFirmwareManifest */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _cache_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1452);
// What a firmware build is made of: the cache key covers every input, the manifest travels with
// the images (and into the cache, and into measurement records) so a consumer can see what it got
// and rebuild it. The schema is the one contract for manifest.json.


const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, { error: '64 lowercase hex digits' });
/** How the build was made independent of when it ran (see reproducible.ts). */
const reproducibleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Seconds since 1970: the time every stamping tool saw. */
    sourceDateEpoch: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    /** Where the epoch came from, e.g. `committer time of <sha>` or `--source-date-epoch`. */
    epochFrom: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** How it was applied to the build (a `+`-joined list of mechanisms, see reproducible.ts). */
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)
});
/** The options that change the images (not the source path or the job count). */
const firmwareOptionsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    platform: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/\.dsc$/, { error: 'a platform description (.dsc)' }),
    arch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['DEBUG', 'RELEASE', 'NOOPT']),
    toolchainTag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    defines: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    buildDir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\//, { error: 'an absolute path' })
});
const firmwareManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** The commit the ref resolved to ('unknown' for a tree that is not a git checkout). */
    commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^([0-9a-f]{40}|unknown)$/, { error: 'a 40-digit commit SHA or "unknown"' }),
    options: firmwareOptionsSchema,
    /** First line of `gcc --version`, `nasm -v`, `iasl -v`, `python3 --version`, `make --version`. */
    toolchains: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    reproducible: reproducibleSchema,
    key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), sha256 }))
        .min(1, { error: 'at least one image' }),
    primary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)
})
    .refine(m => m.files.some(f => f.name === m.primary), {
    error: 'primary must name one of files',
    path: ['primary']
});
/** The manifest at `where`, validated: one message naming the file and the first bad field. */
function parseFirmwareManifest(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${where}: not JSON (${e.message})`);
    }
    const r = firmwareManifestSchema.safeParse(json);
    if (r.success)
        return r.data;
    const issue = r.error.issues[0];
    const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    throw new Error(`${where}: ${path}: ${issue.message}`);
}
/**
 * -D order does not change a build; everything else does, including the epoch and the way it was
 * applied (a build without them stamps the build time, a different epoch gives other bytes).
 */
function firmwareCacheKey(k, i) {
    const o = i.options;
    const parts = {
        commit: i.commit,
        platform: o.platform,
        arch: o.arch,
        target: o.target,
        toolchainTag: o.toolchainTag,
        defines: [...o.defines].sort(),
        buildDir: o.buildDir,
        toolchains: Object.entries(i.toolchains).sort(([a], [b]) => a.localeCompare(b)),
        sourceDateEpoch: i.reproducible.sourceDateEpoch,
        method: i.reproducible.method
    };
    return `${k.prefix}-edk2-v2-${k.os}-${k.arch}-${o.platform.replace(/[^A-Za-z0-9]+/g, '_')}-${o.target}-${(0,_cache_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .BC)(JSON.stringify(parts))}`;
}


/***/ }),

/***/ 7450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ measurementSchema),
/* harmony export */   x3: () => (/* binding */ MEASUREMENTS_FILE)
/* harmony export */ });
/* unused harmony export measurementsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _firmware_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5144);
// One record per built IGVM file: what bin/measurements.json holds and every report shows.
// Its JSON Schema (schemas/measurements.schema.json) is generated from this file.


const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const launchDigest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9A-F]{96}$/);
/** A helper tool the build compiled and ran (igvmbuilder, igvmmeasure). */
const toolBuildSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Relative to the svsm tree, as the plan ran it (absolute for a prebuilt one). */
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    sha256,
    /** Cargo profile directory it was built in (debug, release), or `prebuilt` (--igvmbuilder FILE). */
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Its package version in Cargo.lock (null when the lock file does not list it). */
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
/** `rustc -vV` of the toolchain the tree's build used (rustup picks it from rust-toolchain.toml). */
const rustcSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** The first line: `rustc 1.96.0 (ac68faa20 2026-05-25)`. */
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    release: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    commitHash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    commitDate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    host: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    llvmVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** `rustc --print sysroot`: where its core and alloc (and rust-lld) come from. */
    sysroot: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
/** The linker of the kernel target: the target's default (rust-lld) or target.<triple>.linker. */
const linkerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The file it resolves to, symbolic links followed (null: not found). */
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** Its `--version` line. */
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
/** One path remapping in force for the kernel target. */
const remapSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /**
     * Who set it: svsm-build's remap-paths option, the tree's own xbuild, the tree's cargo
     * configuration, or an environment variable (which then replaces every other rustflags).
     */
    by: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['remap-paths', 'xbuild', 'cargo config', 'RUSTFLAGS', 'CARGO_ENCODED_RUSTFLAGS']),
    /** The cargo config key, or the config file, that carried the flags. */
    where: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    flags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
});
/** Occurrences of one recorded prefix in the built parts the IGVM file was made from. */
const embeddedPathSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    what: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['checkout', 'CARGO_HOME', 'sysroot']),
    prefix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** File (relative to the tree) → occurrences in it. */
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive())
});
/** Where and with what the bytes were made: what decides whether a rebuild elsewhere gives them again. */
const buildPlaceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** The tree's absolute path, as cargo saw it (symbolic links resolved). */
    checkout: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\//, { error: 'an absolute path' }),
    /** CARGO_HOME as cargo resolved it (null: neither CARGO_HOME nor HOME was set). */
    cargoHome: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\//, { error: 'an absolute path' }).nullable(),
    rustc: rustcSchema.nullable(),
    linker: linkerSchema.nullable(),
    /** Every path remapping in force (empty: none; build paths compile in as they are). */
    remap: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(remapSchema),
    /** The files searched for the prefixes: this IGVM file's kernel parts and fs image. */
    searched: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    /** The prefixes found in them (empty: no absolute build path is compiled in). */
    embeddedPaths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(embeddedPathSchema)
});
/** Everything a rebuild needs that the rest of the record does not already say. */
const recordedInputsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** HEAD of the svsm tree (null: not a git checkout). */
        commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^[0-9a-f]{40,64}$/)
            .nullable(),
        /** The tree differed from HEAD when the build started (changed, new or untracked files, submodules). */
        dirty: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        /** The first of those paths (at most 20), so a verifier sees what was not committed. */
        dirtyFiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        /** Cargo.lock at the tree's root (null: none). */
        cargoLockSha256: sha256.nullable()
    }),
    /** How svsm-build was asked to build (the command line / action inputs). */
    options: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        dialect: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['xbuild', 'build.py']),
        release: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        allFeatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        /** -f values, one `pkg:feat` each, in order. */
        features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        offline: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        targets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['qemu', 'hyper-v', 'vanadium'])).nullable(),
        measure: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['igvmmeasure', 'builtin']),
        /** --firmware (null: the recipe's own firmware.file / firmware.env). */
        firmware: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Every recipe of the build, in order (one build makes all their records). */
        recipes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        /** --remap-paths / remap-paths: true (absent: not asked for). */
        remapPaths: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional()
    }),
    tools: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ igvmbuilder: toolBuildSchema.nullable(), igvmmeasure: toolBuildSchema.nullable() }),
    /** Where and with what it was built (absent in records written before svsm-build recorded it). */
    build: buildPlaceSchema.optional()
});
/** The ID-block-signed copy of the file (sign.yml); the unsigned fields stay as built. */
const signedSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    igvm: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    sha256,
    launchDigest,
    /** SHA-384 of the ID public key, as the attestation report's ID_KEY_DIGEST shows it (upper-case hex). */
    idKeyDigest: launchDigest,
    authorKeyDigest: launchDigest.nullable(),
    /** Upper-case hex, as the attestation report's FAMILY_ID / IMAGE_ID. */
    familyId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9A-F]{32}$/),
    imageId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9A-F]{32}$/)
});
const measurementSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['qemu', 'hyper-v', 'vanadium']),
    recipe: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Recipe file sha256: the same name with other content is another build. */
    recipeSha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    igvm: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    sha256,
    /** SEV-SNP launch digest, upper-case hex as igvmmeasure prints it. */
    launchDigest,
    /** Who computed launchDigest: igvmmeasure (cross-checked by svsm-build) or svsm-build alone. */
    measuredBy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['igvmmeasure', 'builtin']),
    platforms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    policy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    checkKvm: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    nativeZero: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    gitVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['debug', 'release']),
    /** Features per component, as passed to cargo (recipe + command line). */
    features: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())),
    allFeatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    firmware: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** manifest.json beside the firmware file (`svsm-build firmware` writes it), when it lists that file. */
        manifest: _firmware_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .firmwareManifestSchema */ .ko.nullable().optional()
    })
        .nullable(),
    toolchain: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** What a rebuild needs (absent in records written before svsm-build recorded it). */
    inputs: recordedInputsSchema.optional(),
    signed: signedSchema.optional(),
    /** Extra facts from our own IGVM reader (inventory, TDX MRTD), when available. */
    details: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional()
});
const measurementsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(measurementSchema);
const MEASUREMENTS_FILE = 'bin/measurements.json';


/***/ })

};
