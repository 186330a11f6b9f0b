export const id = 202;
export const ids = [202];
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

/***/ 5202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  firmwareCommand: () => (/* binding */ firmwareCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/run/runner.ts + 6 modules
var runner = __webpack_require__(7146);
// EXTERNAL MODULE: ./src/run/step-failure.ts
var step_failure = __webpack_require__(540);
// EXTERNAL MODULE: ./src/util/write-atomic.ts
var write_atomic = __webpack_require__(2093);
// EXTERNAL MODULE: ./src/plan/step.ts
var step = __webpack_require__(5409);
;// CONCATENATED MODULE: ./src/firmware/reproducible.ts
// What makes two cold EDK2 builds of one commit give the same bytes, without touching the edk2
// tree: everything that would otherwise vary with the run is fixed from outside.
//  - Stack cookies: `build` (edk2 2024-11 on) draws 100 random 32- and 64-bit values into
//    <BuildDir>/StackCookieValues{32,64}.json unless those files exist, and modules linked with
//    StackCheckLib (CUSTOM_STACK_CHECK_LIB=STATIC or DYNAMIC) carry one as __stack_chk_guard's
//    initial value. We write them first, derived from the commit and the epoch. They were never
//    secret for a published image anyway: the value sits in the image for anyone to read.
//  - PYTHONHASHSEED: Python randomises str hashes per process, and AutoGen follows them: it
//    picks each module's cookie by `hash(FILE_GUID)`, and the order it visits modules in decides
//    the size of some VOID* PCD arrays (the first module to set it wins). Measured on edk2
//    2025.02: IScsiDxe's PcdEntryPointOverrideDefaultValue "no" came out 3 or 4 bytes, one byte
//    of IScsiDxe.efi and 455,526 bytes of the compressed OVMF.fd. A fixed seed fixes the order
//    within one AutoGen worker; edk2.ts runs a single worker (`-n 1`), since with several, which
//    worker gets which module first varies from run to run. The pick depends on the Python
//    version, which the manifest records.
//  - SOURCE_DATE_EPOCH: GCC uses it for __DATE__/__TIME__; TZ=UTC and LC_ALL=C so nothing
//    formats a time or sorts by locale differently.
// GenFw stamps time(NULL) while converting ELF to PE/COFF, but clears the stamp again before it
// writes the -e/-t image, so it needs no wrapper (bench/ovmf shows the images equal).


/** The mechanisms applied, in the manifest's `reproducible.method`. */
const METHOD = 'SOURCE_DATE_EPOCH+PYTHONHASHSEED=0+TZ=UTC+stack-cookies=sha256(commit,epoch)+autogen-workers=1';
const COOKIE_FILES = { 32: 'StackCookieValues32.json', 64: 'StackCookieValues64.json' };
const COOKIE_COUNT = 100;
/** The environment every build command gets. */
function reproducibleEnv(r) {
    return {
        SOURCE_DATE_EPOCH: String(r.sourceDateEpoch),
        PYTHONHASHSEED: '0',
        TZ: 'UTC',
        LC_ALL: 'C'
    };
}
/**
 * The cookie list edk2 would draw at random, as the JSON it reads: value i is the first 8 bytes of
 * sha256("edk2 stack cookie <bits> <commit> <epoch> <i>"), below 2^bits - 1 like `randbelow`.
 */
function stackCookieJson(bits, commit, epoch) {
    const limit = (1n << BigInt(bits)) - 1n;
    const values = [];
    for (let i = 0; i < COOKIE_COUNT; i++) {
        const h = (0,external_node_crypto_.createHash)('sha256').update(`edk2 stack cookie ${bits} ${commit} ${epoch} ${i}`).digest();
        values.push(String(h.readBigUInt64BE(0) % limit));
    }
    return `[${values.join(', ')}]`;
}
/** The two cookie files for the platform build directory (<build dir>/<OUTPUT_DIRECTORY>/<T>_<TAG>). */
function stackCookieFiles(platformBuildDir, commit, epoch) {
    return [32, 64].map(bits => ({
        path: (0,external_node_path_.join)(platformBuildDir, COOKIE_FILES[bits]),
        content: stackCookieJson(bits, commit, epoch)
    }));
}
/**
 * The epoch: an explicit one (flag or SOURCE_DATE_EPOCH) wins, else the commit's committer time.
 * `commitTime` is what `git log -1 --format=%ct` printed ('' when the tree is not a checkout).
 */
function chooseEpoch(explicit, commit, commitTime) {
    if (explicit) {
        if (!/^\d+$/.test(explicit.value.trim()))
            throw new Error(`${explicit.from}: "${explicit.value}" is not an epoch (expected whole seconds since 1970, e.g. 1739999999)`);
        return { sourceDateEpoch: Number(explicit.value.trim()), epochFrom: explicit.from };
    }
    if (/^\d+$/.test(commitTime.trim()) && /^[0-9a-f]{40}$/.test(commit))
        return { sourceDateEpoch: Number(commitTime.trim()), epochFrom: `committer time of ${commit}` };
    throw new Error(`the edk2 tree is not a git checkout, so it has no commit time to build at: pass --source-date-epoch <seconds> (or set SOURCE_DATE_EPOCH)`);
}

;// CONCATENATED MODULE: ./src/firmware/edk2.ts
// EDK2/OVMF builds: what edksetup.sh would set up, as explicit environment and argv (no shell),
// always in one fixed absolute build directory: DEBUG builds embed the build path in the image,
// so the same commit built elsewhere gives other bytes and another launch digest. The source is
// copied there first, so where the user's clone lives does not matter; reproducible.ts fixes
// what would otherwise change with the time and the process (epoch, hash seed, stack cookies).



const DEFAULT_EDK2 = { repository: 'https://github.com/tianocore/edk2', ref: 'edk2-stable202605' };
const DEFAULT_BUILD_DIR = '/tmp/svsm-build/edk2';
/** The platforms COCONUT uses, and the image igvmbuilder takes from each. */
const PLATFORMS = {
    'OvmfPkg/OvmfPkgX64.dsc': { image: 'OVMF.fd' },
    'OvmfPkg/CloudHv/CloudHvX64.dsc': { image: 'CLOUDHV.fd' },
    'OvmfPkg/AmdSev/AmdSevX64.dsc': { image: 'OVMF.fd' },
    'OvmfPkg/IntelTdx/IntelTdxX64.dsc': { image: 'OVMF.fd' }
};
/** The Conf files edksetup.sh copies from BaseTools/Conf/<name>.template. */
const CONF_FILES = ['target', 'tools_def', 'build_rule'];
function edk2Env(o, path = process.env.PATH ?? '') {
    return {
        ...reproducibleEnv(o.reproducible),
        WORKSPACE: o.buildDir,
        EDK_TOOLS_PATH: (0,external_node_path_.join)(o.buildDir, 'BaseTools'),
        CONF_PATH: (0,external_node_path_.join)(o.buildDir, 'Conf'),
        PYTHON_COMMAND: 'python3',
        PYTHON3_ENABLE: 'TRUE',
        PATH: `${(0,external_node_path_.join)(o.buildDir, 'BaseTools', 'BinWrappers', 'PosixLike')}:${path}`
    };
}
/**
 * `outputDir`: the platform's OUTPUT_DIRECTORY (read from its .dsc by the caller). Every path is
 * absolute: the copy of the source in the build directory, BaseTools, the Conf files, the stack
 * cookies, the platform build.
 */
function planEdk2(o, outputDir, path) {
    const env = edk2Env(o, path);
    const cookies = stackCookieFiles((0,external_node_path_.join)(o.buildDir, outputDir, `${o.target}_${o.toolchainTag}`), o.reproducible.commit, o.reproducible.sourceDateEpoch);
    const build = [
        'build',
        '-p',
        o.platform,
        '-a',
        o.arch,
        '-b',
        o.target,
        '-t',
        o.toolchainTag,
        // One AutoGen worker: with several, which worker sees which module first decides the size
        // of some VOID* PCD arrays (measured: IScsiDxe's PcdEntryPointOverrideDefaultValue, 3 or 4
        // bytes between cold runs). It also makes the module builds serial: edk2's per-module
        // makefiles are not safe under make -j (UiApp fails), so `jobs` only speeds up BaseTools.
        '-n',
        '1'
    ];
    for (const d of o.defines)
        build.push('-D', d);
    const conf = (0,external_node_path_.join)(o.buildDir, 'Conf');
    const templates = (0,external_node_path_.join)(o.buildDir, 'BaseTools', 'Conf');
    const files = CONF_FILES.map(f => ({ from: (0,external_node_path_.join)(templates, `${f}.template`), to: (0,external_node_path_.join)(conf, `${f}.txt`) }));
    return [
        (0,step/* internal */.m)('edk2/sync', 'firmware', `Copying ${o.source} to ${o.buildDir}`, {
            type: 'sync-dir',
            from: o.source,
            path: o.buildDir
        }),
        (0,step/* command */.G)({
            id: 'edk2/basetools',
            group: 'firmware',
            title: 'Building BaseTools',
            argv: ['make', '-C', 'BaseTools', `-j${o.jobs}`],
            cwd: o.buildDir,
            env
        }),
        (0,step/* internal */.m)('edk2/conf', 'firmware', `Writing ${conf}`, { type: 'copy-files', path: conf, files }),
        ...cookies.map(c => (0,step/* internal */.m)(`edk2/${(0,external_node_path_.basename)(c.path)}`, 'firmware', `Writing ${c.path}`, { type: 'write-file', ...c })),
        (0,step/* command */.G)({
            id: 'edk2/build',
            group: 'firmware',
            title: `Building ${o.platform} (${o.target}_${o.toolchainTag})`,
            argv: build,
            cwd: o.buildDir,
            env
        })
    ];
}
/** OUTPUT_DIRECTORY from the platform description's [Defines] (e.g. Build/OvmfX64). */
function outputDirectory(dsc) {
    let inDefines = false;
    for (const raw of dsc.split('\n')) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line.startsWith('['))
            inDefines = /^\[\s*Defines\s*\]$/i.test(line);
        else if (inDefines) {
            const m = /^OUTPUT_DIRECTORY\s*=\s*(\S+)$/.exec(line);
            if (m)
                return m[1];
        }
    }
    return null;
}
/** Where the firmware volumes land: <build dir>/<OUTPUT_DIRECTORY>/<TARGET>_<TOOLCHAIN>/FV. */
function fvDirectory(o, outputDir) {
    return (0,external_node_path_.join)(o.buildDir, outputDir, `${o.target}_${o.toolchainTag}`, 'FV');
}
/** The image for igvmbuilder among the .fd files found: the platform's known name, else the only one. */
function primaryImage(platform, fdFiles) {
    const known = PLATFORMS[platform]?.image;
    if (known && fdFiles.includes(known))
        return known;
    return fdFiles.length === 1 ? fdFiles[0] : null;
}

// EXTERNAL MODULE: ./src/firmware/manifest.ts
var firmware_manifest = __webpack_require__(5144);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/firmware/out-dir.ts
// The firmware output folder is written into, never emptied: what an earlier firmware build put
// there (manifest.json and the files it lists, with the bytes it lists) is replaced, and a folder holding anything else is
// refused, naming it (the CLI checks before it builds).





const MANIFEST = 'manifest.json';
/** The loose shape of an earlier manifest (an older schema, a cache restored over, still counts). */
const earlierManifest = schemas/* object */.Ikc({
    key: schemas/* string */.YjP().min(1),
    primary: schemas/* string */.YjP().min(1),
    files: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP()
            .regex(/^[^/\\]+$/)
            .refine(n => n !== '.' && n !== '..'),
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/)
    }))
});
const sha256Of = (file) => (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest('hex');
/**
 * What an earlier build wrote to `outDir`: its manifest.json, and each file it lists that still has
 * the bytes it lists (a listed name whose bytes differ is someone else's file).
 */
function earlierOutput(outDir) {
    let parsed;
    try {
        parsed = earlierManifest.safeParse(JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(outDir, MANIFEST), 'utf8')));
    }
    catch {
        return null;
    }
    if (!parsed.success || !parsed.data.files.some(f => f.name === parsed.data.primary))
        return null;
    const ours = new Set([MANIFEST]);
    for (const f of parsed.data.files) {
        const file = (0,external_node_path_.join)(outDir, f.name);
        if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.lstatSync)(file).isFile() && sha256Of(file) === f.sha256)
            ours.add(f.name);
    }
    return ours;
}
/**
 * Refuses an output folder that holds a file no firmware build of svsm-build wrote; returns what an
 * earlier one wrote there (to be replaced). A missing or empty folder is fine.
 */
function checkFirmwareOut(outDir) {
    if (!(0,external_node_fs_.existsSync)(outDir))
        return new Set();
    if (!(0,external_node_fs_.statSync)(outDir).isDirectory())
        throw new errors/* BadInput */.kp(`${outDir}: not a folder (expected the output folder)`);
    const ours = earlierOutput(outDir) ?? new Set();
    const foreign = (0,external_node_fs_.readdirSync)(outDir)
        .filter(e => !ours.has(e))
        .sort();
    if (foreign.length > 0)
        throw new errors/* BadInput */.kp(`${outDir}: holds ${foreign[0]}, which no firmware build of svsm-build wrote; it writes only into a new, ` +
            'empty or earlier firmware output folder (choose another, or move that file away)');
    return ours;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/run/tools.ts
var tools = __webpack_require__(3102);
// EXTERNAL MODULE: ./src/util/exec-first-line.ts
var exec_first_line = __webpack_require__(259);
;// CONCATENATED MODULE: ./src/firmware/toolchains.ts




/** The tools whose versions change an EDK2 build's bytes. */
function edk2Toolchains() {
    return {
        gcc: (0,exec_first_line/* firstLine */.T)(['gcc', '--version']),
        nasm: (0,exec_first_line/* firstLine */.T)(['nasm', '-v']),
        // iasl's first line is a banner; its version is on the line that says "version".
        iasl: versionLine(['iasl', '-v']),
        python3: (0,exec_first_line/* firstLine */.T)(['python3', '--version']),
        make: (0,exec_first_line/* firstLine */.T)(['make', '--version'])
    };
}
function versionLine(argv) {
    const r = (0,external_node_child_process_.spawnSync)(argv[0], argv.slice(1), { encoding: 'utf8' });
    if (r.error)
        return 'not found';
    const lines = `${r.stdout}\n${r.stderr}`.split('\n').map(l => l.trim());
    return lines.find(l => /version/i.test(l)) ?? (lines.find(Boolean) || 'unknown');
}
/** What an EDK2 build runs, with the Debian/Ubuntu package that provides each. */
const EDK2_TOOLS = [
    { tool: 'gcc', pkg: 'gcc' },
    { tool: 'g++', pkg: 'g++' },
    { tool: 'make', pkg: 'make' },
    { tool: 'nasm', pkg: 'nasm' },
    { tool: 'iasl', pkg: 'acpica-tools' },
    { tool: 'python3', pkg: 'python3' }
];
/** Missing tools as "tool (package)"; uuid.h is needed to build BaseTools. */
function missingEdk2Tools(path = process.env.PATH ?? '', uuidHeader = '/usr/include/uuid/uuid.h') {
    const gone = EDK2_TOOLS.filter(t => !(0,tools/* findOnPath */.a)(t.tool, path));
    if (!(0,external_node_fs_.existsSync)(uuidHeader))
        gone.push({ tool: uuidHeader, pkg: 'uuid-dev' });
    return { missing: gone.map(t => t.tool), packages: gone.map(t => t.pkg) };
}
/** One sentence naming everything missing and the one command that installs it, or null. */
function missingToolsMessage(path, uuidHeader) {
    const { missing, packages } = missingEdk2Tools(path, uuidHeader);
    return missing.length
        ? `the EDK2 build needs ${missing.join(', ')} (not found): install them with \`sudo apt-get install -y ${packages.join(' ')}\``
        : null;
}

;// CONCATENATED MODULE: ./src/firmware/build.ts
// Runs an EDK2 plan through the one step runner, finds the images it made, and copies them with a
// manifest into the output folder.











/** The platform's OUTPUT_DIRECTORY, from its .dsc in the source tree. */
function readOutputDirectory(o) {
    const dscPath = (0,external_node_path_.join)(o.source, o.platform);
    if (!(0,external_node_fs_.existsSync)(dscPath))
        throw new errors/* BadInput */.kp(`${dscPath}: the platform description is not in the edk2 tree`);
    const outDir = outputDirectory((0,external_node_fs_.readFileSync)(dscPath, 'utf8'));
    if (!outDir)
        throw new errors/* BadInput */.kp(`${dscPath}: no OUTPUT_DIRECTORY in its [Defines]`);
    return outDir;
}
/** The .fd files in a firmware volume folder, sorted, and the one igvmbuilder takes. */
function firmwareImages(fvDir, platform) {
    const fds = (0,external_node_fs_.existsSync)(fvDir)
        ? (0,external_node_fs_.readdirSync)(fvDir)
            .filter(f => f.endsWith('.fd'))
            .sort()
        : [];
    return { fds, primary: primaryImage(platform, fds) };
}
/** Builds in `o.buildDir` (a folder svsm-build owns, see run/owned-dir.ts); returns the FV folder. */
async function buildEdk2(o, io) {
    const outDir = readOutputDirectory(o);
    const steps = planEdk2(o, outDir);
    await (0,runner/* runSteps */.r)(steps, { ...io, root: o.buildDir, env: process.env, hint: missingToolsMessage });
    const fv = fvDirectory(o, outDir);
    const { fds, primary } = firmwareImages(fv, o.platform);
    if (!primary) {
        const build = steps[steps.length - 1];
        throw new step_failure/* StepFailure */.p(build, `step ${build.id} (${build.title}) failed: it left no firmware image in ${fv} (found ${fds.join(', ') || 'no .fd files'})`);
    }
    return fv;
}
/** Copies the .fd images and writes manifest.json (last); returns the manifest. */
function collectFirmware(fvDir, outDir, base) {
    const { fds, primary } = firmwareImages(fvDir, base.options.platform);
    if (!primary)
        throw new Error(`${fvDir}: expected the firmware image among ${fds.join(', ') || 'no .fd files'}`);
    const earlier = checkFirmwareOut(outDir);
    // Nothing of the earlier build stays to be taken for part of this one.
    for (const name of earlier)
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(outDir, name), { force: true });
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const files = fds.map(name => {
        const data = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(fvDir, name));
        (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(fvDir, name), (0,external_node_path_.join)(outDir, name));
        return { name, size: data.length, sha256: (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex') };
    });
    // Through the schema, so what lands on disk is what consumers will accept (and nothing extra).
    const manifest = firmware_manifest/* firmwareManifestSchema */.ko.parse({ ...base, files, primary });
    (0,write_atomic/* writeFileAtomic */.Z)((0,external_node_path_.join)(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}

;// CONCATENATED MODULE: ./src/firmware/inputs.ts
// Reads what a firmware build is made of from the edk2 tree and the machine (commit, its time,
// tool versions): the one place the CLI and the sub-action get their manifest inputs from.



/** The build options with their epoch, and the inputs the manifest and the cache key record. */
function readFirmwareInputs(r) {
    const sha = (0,exec_first_line/* firstLine */.T)(['git', '-C', r.source, 'rev-parse', 'HEAD']);
    const commit = /^[0-9a-f]{40}$/.test(sha) ? sha : 'unknown';
    const commitTime = commit === 'unknown' ? '' : (0,exec_first_line/* firstLine */.T)(['git', '-C', r.source, 'log', '-1', '--format=%ct']);
    const epoch = chooseEpoch(r.epoch, commit, commitTime);
    const options = {
        source: r.source,
        buildDir: r.buildDir,
        platform: r.platform,
        arch: r.arch,
        target: r.target,
        toolchainTag: r.toolchainTag,
        defines: r.defines,
        jobs: r.jobs,
        reproducible: { commit, sourceDateEpoch: epoch.sourceDateEpoch }
    };
    const inputs = {
        repository: r.repository,
        ref: r.ref,
        commit,
        options: {
            platform: r.platform,
            arch: r.arch,
            target: r.target,
            toolchainTag: r.toolchainTag,
            defines: r.defines,
            buildDir: r.buildDir
        },
        toolchains: edk2Toolchains(),
        reproducible: { ...epoch, method: METHOD }
    };
    return { options, inputs };
}
/** SOURCE_DATE_EPOCH from the environment as an explicit epoch, or null when unset. */
function epochFromEnv(env = process.env) {
    const v = env.SOURCE_DATE_EPOCH;
    return v === undefined || v === '' ? null : { value: v, from: 'SOURCE_DATE_EPOCH' };
}

// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(9906);
// EXTERNAL MODULE: ./src/util/platform.ts
var platform = __webpack_require__(8245);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/firmware.ts
// `svsm-build firmware`: an EDK2/OVMF build in a fixed path, the images and a manifest in --out.











const FIRMWARE_COMMAND = (0,flags/* command */.G5)({
    synopsis: ['svsm-build firmware --edk2 <DIR> [OPTIONS]'],
    about: "Builds EDK2 firmware (OVMF) for COCONUT-SVSM in a fixed absolute build directory and writes the\nimages and a manifest.json (edk2 commit, defines, toolchain versions, epoch, sha256) to --out.\nTwo cold builds of one commit give the same bytes: the build runs at a fixed SOURCE_DATE_EPOCH\n(the commit's committer time), with a fixed Python hash seed and stack cookies derived from the\ncommit, so neither the time nor the run changes the images.",
    flags: {
        edk2: { value: '<DIR>', required: true, help: 'edk2 checkout with its submodules' },
        platform: {
            value: '<DSC>',
            help: `${Object.keys(PLATFORMS).join(' | ')}\n(default OvmfPkg/OvmfPkgX64.dsc)`
        },
        arch: { value: '<ARCH>', help: 'default X64' },
        target: { value: '<T>', choices: ['DEBUG', 'RELEASE', 'NOOPT'], help: 'default DEBUG' },
        'toolchain-tag': { value: '<TAG>', help: 'default GCC5' },
        define: {
            short: 'D',
            value: '<D>',
            multiple: true,
            help: 'NAME or NAME=VALUE, repeatable (e.g. -D TPM2_ENABLE)'
        },
        'build-dir': { value: '<DIR>', help: `fixed build directory (default ${DEFAULT_BUILD_DIR})` },
        out: { value: '<DIR>', help: 'where the images and manifest.json go (default bin/firmware)' },
        jobs: {
            value: '<N>',
            check: (0,flags/* wholeNumber */.rD)(1),
            help: 'parallel jobs for BaseTools (default: number of CPUs; the platform\nbuild runs with one AutoGen worker, so its bytes do not vary)'
        },
        'source-date-epoch': {
            value: '<S>',
            help: "build at this time (seconds since 1970; default: SOURCE_DATE_EPOCH,\nelse the edk2 commit's committer time)"
        },
        'dry-run': { help: 'print the plan as JSON, build nothing' }
    },
    args: { min: 0, max: 0, what: 'no arguments (only options)' },
    footer: 'Exit codes: 0 built, 1 the build failed, 2 usage error.'
});
async function firmwareCommand(args) {
    const parsed = (0,flags/* parseFlags */.bQ)(FIRMWARE_COMMAND, args);
    if (!parsed)
        return 0;
    const v = parsed.values;
    const target = v.target ?? 'DEBUG';
    const buildDir = (0,external_node_path_.resolve)(v['build-dir'] ?? DEFAULT_BUILD_DIR);
    const source = (0,external_node_path_.resolve)(v.edk2);
    const explicit = v['source-date-epoch'];
    let read;
    try {
        read = readFirmwareInputs({
            source,
            buildDir,
            platform: v.platform ?? 'OvmfPkg/OvmfPkgX64.dsc',
            arch: v.arch ?? 'X64',
            target,
            toolchainTag: v['toolchain-tag'] ?? 'GCC5',
            defines: v.define ?? [],
            jobs: Number(v.jobs ?? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8161, 23))).availableParallelism()),
            repository: (0,exec_first_line/* firstLine */.T)(['git', '-C', source, 'config', '--get', 'remote.origin.url']).replace(/^not found$|^$/, DEFAULT_EDK2.repository),
            ref: (0,exec_first_line/* firstLine */.T)(['git', '-C', source, 'describe', '--tags', '--always']),
            epoch: explicit !== undefined ? { value: explicit, from: '--source-date-epoch' } : epochFromEnv()
        });
    }
    catch (e) {
        throw new errors/* UsageError */.eb(e.message, (0,flags/* usageOf */.Fs)(FIRMWARE_COMMAND));
    }
    const { options, inputs } = read;
    const key = (0,firmware_manifest/* firmwareCacheKey */.J_)({ prefix: 'svsm-build', ...(0,platform/* runnerPlatform */.G)() }, inputs);
    if (v['dry-run']) {
        const steps = planEdk2(options, readOutputDirectory(options));
        process.stdout.write(`${JSON.stringify({ key, inputs, steps }, null, 2)}\n`);
        return 0;
    }
    const out = (0,external_node_path_.resolve)(v.out ?? 'bin/firmware');
    // Before the build: a folder of someone else's files is refused now, not an hour later.
    checkFirmwareOut(out);
    const log = (0,util_log/* streamLogger */.V)(process.stdout, process.stderr);
    const started = Date.now();
    const fv = await buildEdk2(options, { log, out: process.stdout, err: process.stderr });
    const m = collectFirmware(fv, out, { ...inputs, key });
    const primary = m.files.find(f => f.name === m.primary);
    process.stdout.write(`\n${out}/${m.primary}  sha256 ${primary.sha256}  (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
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

/***/ 5409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ command),
/* harmony export */   m: () => (/* binding */ internal)
/* harmony export */ });
/** A command run from the root (cwd '.') with the inherited environment unless told otherwise. */
function command(s) {
    // Spread first: a given key keeps its place, so a plan's JSON keeps its bytes.
    const step = { kind: 'command', cwd: '.', env: {}, ...s };
    return { ...step, inputs: s.inputs ?? [], outputs: s.outputs ?? [] };
}
function internal(id, group, title, op, extra = {}) {
    const outputs = op.type === 'pack-fs' ? [op.output] : op.type === 'measure' ? [] : [op.path];
    const inputs = op.type === 'pack-fs' ? op.entries.map(e => e.file) : op.type === 'measure' ? [op.igvm] : [];
    return { kind: 'internal', id, group, title, op, inputs, outputs, ...extra };
}


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ missingTools),
/* harmony export */   a: () => (/* binding */ findOnPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Tools the plan needs, found before anything runs: on PATH (cargo, objcopy, make, git, the
// firmware command) or, for the helpers upstream builds, at the relative path it invokes them by.


function findOnPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return null;
}
const HINTS = {
    cargo: 'install Rust with rustup (https://rustup.rs)',
    objcopy: 'install GNU binutils (Debian/Ubuntu: apt install binutils)',
    make: 'install GNU make (Debian/Ubuntu: apt install make)',
    git: 'install git'
};
/** One message per missing program; steps whose argv[0] is a path are produced by earlier steps. */
function missingTools(plan, path = process.env.PATH ?? '') {
    const needed = new Map();
    for (const s of plan.steps) {
        if (s.kind !== 'command' || s.mayFail || s.argv[0].includes('/'))
            continue;
        if (!needed.has(s.argv[0]))
            needed.set(s.argv[0], s.id);
    }
    const problems = [];
    for (const [tool, step] of needed) {
        if (findOnPath(tool, path))
            continue;
        const hint = HINTS[tool] ?? 'install it or fix the recipe';
        problems.push(`${tool}: not found on PATH (needed by step ${step}); ${hint}`);
    }
    return problems;
}


/***/ }),

/***/ 259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ firstLine)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** First line a program prints about itself (`gcc --version`), or 'not found'. */
function firstLine(argv, cwd) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(argv[0], argv.slice(1), { cwd, encoding: 'utf8' });
    if (r.error)
        return 'not found';
    return `${r.stdout}\n${r.stderr}`.trim().split('\n')[0].trim();
}


/***/ }),

/***/ 9906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ streamLogger)
/* harmony export */ });
function streamLogger(out, err, colour = false) {
    const bold = (s) => (colour ? `\x1b[1m${s}\x1b[0m` : s);
    const yellow = (s) => (colour ? `\x1b[33m${s}\x1b[0m` : s);
    return {
        info: m => out.write(`${m}\n`),
        warn: m => err.write(`${yellow('warning')}: ${m}\n`),
        group: t => out.write(`${bold(t)}\n`),
        endGroup: () => { }
    };
}


/***/ }),

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ runnerPlatform)
/* harmony export */ });
/** RUNNER_OS / RUNNER_ARCH on GitHub, node's names elsewhere (part of every cache key). */
const runnerPlatform = (env = process.env) => ({
    os: env.RUNNER_OS || process.platform,
    arch: env.RUNNER_ARCH || process.arch
});


/***/ })

};
