export const id = 721;
export const ids = [721];
export const modules = {

/***/ 68042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/cache/safe.ts
var safe = __webpack_require__(7537);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/run/runner.ts + 5 modules
var runner = __webpack_require__(98618);
// EXTERNAL MODULE: ./src/run/step-failure.ts
var step_failure = __webpack_require__(70540);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/write-atomic.ts
var write_atomic = __webpack_require__(12093);
// EXTERNAL MODULE: ./src/plan/step.ts
var step = __webpack_require__(55409);
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
var firmware_manifest = __webpack_require__(55144);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
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
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/run/tools.ts
var tools = __webpack_require__(53102);
;// CONCATENATED MODULE: ./src/util/exec-first-line.ts

/** First line a program prints about itself (`gcc --version`), or 'not found'. */
function firstLine(argv, cwd) {
    const r = (0,external_node_child_process_.spawnSync)(argv[0], argv.slice(1), { cwd, encoding: 'utf8' });
    if (r.error)
        return 'not found';
    return `${r.stdout}\n${r.stderr}`.trim().split('\n')[0].trim();
}

;// CONCATENATED MODULE: ./src/firmware/toolchains.ts




/** The tools whose versions change an EDK2 build's bytes. */
function edk2Toolchains() {
    return {
        gcc: firstLine(['gcc', '--version']),
        nasm: firstLine(['nasm', '-v']),
        // iasl's first line is a banner; its version is on the line that says "version".
        iasl: versionLine(['iasl', '-v']),
        python3: firstLine(['python3', '--version']),
        make: firstLine(['make', '--version'])
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
    const sha = firstLine(['git', '-C', r.source, 'rev-parse', 'HEAD']);
    const commit = /^[0-9a-f]{40}$/.test(sha) ? sha : 'unknown';
    const commitTime = commit === 'unknown' ? '' : firstLine(['git', '-C', r.source, 'log', '-1', '--format=%ct']);
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

// EXTERNAL MODULE: ./src/action/logger.ts
var logger = __webpack_require__(18980);
// EXTERNAL MODULE: ./src/action/runtime.ts + 4 modules
var runtime = __webpack_require__(40614);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(13968);
// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(11452);
// EXTERNAL MODULE: ./src/action/input-helper.ts
var input_helper = __webpack_require__(64727);
;// CONCATENATED MODULE: ./src/action/firmware/inputs.ts




const bool = schemas/* enum */.k5n(['true', 'false'], { error: 'true or false' }).transform(v => v === 'true');
const schema = schemas/* object */.Ikc({
    repository: schemas/* string */.YjP().min(1),
    ref: schemas/* string */.YjP().min(1, { error: 'a branch, tag or commit' }),
    path: schemas/* string */.YjP(),
    platform: schemas/* string */.YjP()
        .regex(/^[\w./-]+\.dsc$/, { error: 'a platform description such as OvmfPkg/OvmfPkgX64.dsc' }),
    arch: schemas/* enum */.k5n(['X64', 'IA32', 'AARCH64'], { error: 'X64, IA32 or AARCH64' }),
    'build-target': schemas/* enum */.k5n(['DEBUG', 'RELEASE', 'NOOPT'], { error: 'DEBUG, RELEASE or NOOPT' }),
    'toolchain-tag': schemas/* string */.YjP().regex(/^[A-Z0-9_]+$/, { error: 'an EDK2 toolchain tag such as GCC5 or GCC' }),
    defines: schemas/* string */.YjP()
        .transform(s => s.split(/[\s,]+/).filter(Boolean))
        .pipe(schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z_][\w]*(=\S*)?$/, { error: 'NAME or NAME=VALUE items' }))),
    'source-date-epoch': schemas/* string */.YjP()
        .regex(/^(\d+)?$/, { error: 'whole seconds since 1970, or empty for the commit time' }),
    'build-dir': schemas/* string */.YjP().regex(/^\//, { error: 'an absolute path (DEBUG images embed it)' }),
    out: schemas/* string */.YjP().min(1),
    cache: bool,
    'cache-key-prefix': schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9._-]+$/, { error: 'letters, digits, ".", "_" and "-"' })
        .max(keys/* MAX_KEY_PREFIX_LENGTH */.Xu, { error: `at most ${keys/* MAX_KEY_PREFIX_LENGTH */.Xu} characters` })
});
const FIRMWARE_DEFAULTS = {
    repository: DEFAULT_EDK2.repository,
    ref: DEFAULT_EDK2.ref,
    path: '',
    platform: 'OvmfPkg/OvmfPkgX64.dsc',
    arch: 'X64',
    'build-target': 'DEBUG',
    'toolchain-tag': 'GCC5',
    defines: '',
    'source-date-epoch': '',
    'build-dir': DEFAULT_BUILD_DIR,
    out: 'firmware',
    cache: 'true',
    'cache-key-prefix': 'svsm-build'
};
function inputs_readFirmwareInputs(get) {
    return (0,input_helper/* readValidatedInputs */._)(schema, FIRMWARE_DEFAULTS, get);
}

;// CONCATENATED MODULE: ./src/action/firmware/run.ts
// The firmware sub-action: check out edk2 (or use a checkout), restore the images from the cache
// or build them in the fixed build directory (at the commit's time: bit-identical on every run),
// save them, and output the image path and sha256.













function gitOrThrow(args, cwd = process.cwd()) {
    const r = (0,git/* git */.$)(cwd, args);
    if (!r.ok)
        throw new Error(`git ${args.join(' ')} failed: ${r.err}`);
    return r.out.trim();
}
/** A shallow checkout of repository@ref with its submodules (a commit SHA or a branch/tag). */
function checkout(repository, ref, dir) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
        return;
    if (/^[0-9a-f]{40}$/.test(ref)) {
        gitOrThrow(['init', '-q', dir]);
        gitOrThrow(['fetch', '-q', '--depth', '1', repository, ref], dir);
        gitOrThrow(['checkout', '-q', 'FETCH_HEAD'], dir);
    }
    else {
        gitOrThrow(['clone', '-q', '--depth', '1', '--branch', ref, repository, dir]);
    }
    gitOrThrow(['submodule', 'update', '-q', '--init', '--recursive', '--depth', '1'], dir);
}
async function run() {
    try {
        const i = inputs_readFirmwareInputs(n => core/* getInput */.V4(n));
        const workspace = (0,runtime/* workspaceDir */.zf)();
        const source = i.path ? (0,external_node_path_.resolve)(workspace, i.path) : (0,external_node_path_.join)(process.env.RUNNER_TEMP || '/tmp', 'edk2-src');
        if (!i.path)
            checkout(i.repository, i.ref, source);
        const { options, inputs } = readFirmwareInputs({
            source,
            buildDir: i['build-dir'],
            platform: i.platform,
            arch: i.arch,
            target: i['build-target'],
            toolchainTag: i['toolchain-tag'],
            defines: i.defines,
            jobs: (0,external_node_os_.availableParallelism)(),
            repository: i.repository,
            ref: i.ref,
            epoch: i['source-date-epoch']
                ? { value: i['source-date-epoch'], from: 'the source-date-epoch input' }
                : epochFromEnv()
        });
        const key = (0,firmware_manifest/* firmwareCacheKey */.J_)({ prefix: i['cache-key-prefix'], ...(0,runtime/* runnerPlatform */.GQ)() }, inputs);
        const out = (0,external_node_path_.resolve)(workspace, i.out);
        const store = (0,runtime/* cacheStore */.ww)((0,runtime/* cacheBackend */.TG)(), (0,runtime/* defaultLocalCacheDir */.oD)(), workspace);
        // Before the cache is restored into it or an hour is spent building: a folder of someone else's is refused now.
        checkFirmwareOut(out);
        const spec = { name: 'firmware', paths: [out], key, restoreKeys: [] };
        let manifest = null;
        let hit = false;
        if (i.cache &&
            (await (0,safe/* restoreSafely */.v_)(store, spec, logger/* coreLogger */.W)).outcome === 'exact' &&
            (0,external_node_fs_.existsSync)((0,external_node_path_.join)(out, 'manifest.json'))) {
            // A cached manifest that no longer validates is rebuilt over, not trusted.
            try {
                manifest = (0,firmware_manifest/* parseFirmwareManifest */.S)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(out, 'manifest.json'), 'utf8'), 'cached manifest.json');
                hit = true;
            }
            catch (e) {
                core/* warning */.$e(`${e.message}: building instead`);
            }
        }
        if (!manifest) {
            const started = Date.now();
            const fv = await buildEdk2(options, { log: logger/* coreLogger */.W, out: process.stdout, err: process.stderr });
            manifest = collectFirmware(fv, out, { ...inputs, key });
            core/* info */.pq(`firmware built in ${Math.round((Date.now() - started) / 1000)} s`);
            if (i.cache)
                await (0,safe/* saveSafely */.yV)(store, spec, logger/* coreLogger */.W);
        }
        const primary = manifest.files.find(f => f.name === manifest.primary);
        core/* setOutput */.uH('firmware', (0,external_node_path_.join)(out, primary.name));
        core/* setOutput */.uH('sha256', primary.sha256);
        core/* setOutput */.uH('manifest', (0,external_node_path_.join)(out, 'manifest.json'));
        core/* setOutput */.uH('cache-hit', String(hit));
        core/* setOutput */.uH('key', key);
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
    }
}


/***/ }),

/***/ 18980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ coreLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);

/** The engine's messages as GitHub log lines: groups fold, warnings become annotations. */
const coreLogger = {
    info: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warn: m => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    group: t => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(t),
    endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4()
};


/***/ }),

/***/ 40614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iA: () => (/* binding */ artifactStore),
  TG: () => (/* binding */ cacheBackend),
  ww: () => (/* binding */ cacheStore),
  oD: () => (/* binding */ defaultLocalCacheDir),
  xr: () => (/* binding */ onGitHub),
  GQ: () => (/* reexport */ runnerPlatform),
  zf: () => (/* binding */ workspaceDir)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/artifacts/local.ts
var local = __webpack_require__(65880);
// EXTERNAL MODULE: ./src/artifacts/github.ts
var github = __webpack_require__(89416);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 91 modules
var cache = __webpack_require__(18091);
;// CONCATENATED MODULE: ./src/cache/github.ts
// GitHub's cache service through @actions/cache. saveCache does not throw when the service
// refuses or fails: it logs the cause and returns -1. So the adapter reads the return value and
// turns -1 into an error carrying the cause the library printed.

function githubCacheStore() {
    return {
        kind: 'github',
        // restoreCache answers a failure like a miss (undefined); what it printed tells them apart.
        restore: async (paths, key, restoreKeys) => {
            const { value, lines } = await capturingStdout(() => cache/* restoreCache */.P3(paths, key, restoreKeys));
            const failed = lines
                .map(l => l.replace(/^::(warning|error)::/, ''))
                .find(l => l.startsWith('Failed to restore:'));
            if (value === undefined && failed)
                throw new Error(failed.replace(/%0A/g, ' '));
            return value;
        },
        save: async (paths, key) => {
            const { value: id, lines } = await capturingStdout(() => cache/* saveCache */.Io(paths, key));
            if (id === -1 || !Number.isFinite(id))
                throw new Error(`the cache service did not take it (${causeOf(lines)})`);
        }
    };
}
const githubCacheAvailable = () => cache/* isFeatureAvailable */.w3();
/**
 * The library's own explanation: its last "Failed to save" style line. When the reservation
 * failed it blames "another job" whatever happened; the real cause is only in its debug line.
 */
function causeOf(lines) {
    const said = lines
        .map(l => l.replace(/^::(warning|error)::/, '').trim())
        .filter(l => /^(Failed to save|Cache reservation failed|Unable to|Cache save skipped)/.test(l));
    const reserve = lines
        .map(l => /^::debug::Failed to reserve cache: (?:\w*Error: )?(.*)$/.exec(l)?.[1])
        .filter(Boolean)
        .at(-1);
    const text = said.at(-1) ?? 'saveCache returned -1 without saying why';
    return `${text}${reserve ? `; cause: ${reserve}` : ''}`.replace(/%0A/g, ' ');
}
/** Runs `fn` while keeping a copy of what is written to stdout (still written). */
async function capturingStdout(fn) {
    const lines = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk, ...rest) => {
        lines.push(...String(chunk).split('\n'));
        return write(chunk, ...rest);
    });
    try {
        return { value: await fn(), lines };
    }
    finally {
        process.stdout.write = write;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/cache/archive.ts
// One cached path as one compressed archive, made as @actions/cache makes its own: GNU tar in
// POSIX (pax) format, which keeps sub-second mtimes (cargo compares them), piped through zstd on
// every core, or gzip where zstd is missing. Tar and the compressor are two processes joined by
// a pipe, never a shell. They get `process.env` explicitly: its PATH decides which tools run.


const ARCHIVE_SUFFIX = { zstd: '.tar.zst', gzip: '.tar.gz', none: '.tar' };
/** Compress and decompress commands; `none` is a plain tar (entries written before compression). */
const PROGRAMS = {
    // -T0: one thread per core. --long=30: a 1 GiB window, which @actions/cache 6.3.0 leaves off;
    // on the bench it makes 13.28 MB of what its archive makes 16.63 MB. Unpacking needs it too.
    zstd: { pack: ['zstd', '-T0', '--long=30', '-q', '-c'], unpack: ['zstd', '-d', '--long=30', '-q', '-c'] },
    gzip: { pack: ['gzip', '-c'], unpack: ['gzip', '-d', '-c'] },
    none: undefined
};
/** Whether zstd runs, per PATH (asked once per PATH). */
const zstdFound = new Map();
/** zstd when it is on PATH, gzip otherwise (what @actions/cache falls back to). */
function packCompression() {
    const path = process.env.PATH ?? '';
    if (!zstdFound.has(path))
        zstdFound.set(path, (0,external_node_child_process_.spawnSync)('zstd', ['--version'], { stdio: 'ignore', env: process.env }).status === 0);
    return zstdFound.get(path) ? 'zstd' : 'gzip';
}
/** Writes `member` (a name inside `dir`) to `file`. */
async function packArchive(file, dir, member, c) {
    const tarArgv = ['tar', '--posix', '-cf', '-', '-C', dir, member];
    const prog = PROGRAMS[c];
    const out = (0,external_node_fs_.openSync)(file, 'w');
    try {
        if (!prog)
            return await finished(run(tarArgv, 'ignore', out));
        const tar = run(tarArgv, 'ignore', 'pipe');
        const z = run(prog.pack, tar.stdout, out);
        tar.stdout.destroy(); // our copy of the pipe: a compressor that dies must not leave tar blocked
        await Promise.all([finished(tar), finished(z)]);
    }
    finally {
        (0,external_node_fs_.closeSync)(out);
    }
}
/** Unpacks `file` into `dir`. */
async function unpackArchive(file, dir, c) {
    const prog = PROGRAMS[c];
    if (!prog)
        return finished(run(['tar', '-xf', file, '-C', dir], 'ignore', 'ignore'));
    const input = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const z = run(prog.unpack, input, 'pipe');
        const tar = run(['tar', '-xf', '-', '-C', dir], z.stdout, 'ignore');
        z.stdout.destroy();
        await Promise.all([finished(z), finished(tar)]);
    }
    finally {
        (0,external_node_fs_.closeSync)(input);
    }
}
const run = ([cmd, ...args], stdin, stdout) => (0,external_node_child_process_.spawn)(cmd, args, { stdio: [stdin, stdout, 'pipe'], env: process.env });
/** Resolves when the process exits 0; otherwise rejects with its name, status and stderr. */
function finished(p) {
    const name = p.spawnargs[0];
    let stderr = '';
    p.stderr?.setEncoding('utf8').on('data', (d) => (stderr += d));
    return new Promise((resolve, reject) => {
        p.on('error', e => reject(new Error(e.code === 'ENOENT' ? `${name} is not on PATH` : `${name}: ${e.message}`)));
        p.on('close', (code, signal) => code === 0
            ? resolve()
            : reject(new Error(`${name} exited with ${code ?? signal}${stderr.trim() ? `: ${stderr.trim()}` : ''}`)));
    });
}

;// CONCATENATED MODULE: ./src/cache/local.ts
// A cache in a local directory, with GitHub's semantics: prefix matching on restore keys (newest
// first), entries never overwritten. Each path is one archive compressed as @actions/cache does
// (archive.ts), so what the bench measures here is what the GitHub backend moves; a relative path
// restores under the current workspace, like @actions/cache does. Entries written before
// compression (plain tars, no `compression` in the manifest) still restore.



const entryDir = (root, key) => (0,external_node_path_.join)(root, encodeURIComponent(key));
const archiveName = (i, c) => `${i}${ARCHIVE_SUFFIX[c]}`;
function localCacheStore(root, workspace) {
    const stored = (p) => {
        const abs = (0,external_node_path_.resolve)(workspace, p);
        const rel = (0,external_node_path_.relative)(workspace, abs);
        return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? abs : rel;
    };
    return {
        kind: 'local',
        async restore(paths, key, restoreKeys) {
            const manifests = listManifests(root);
            const exact = manifests.find(m => m.key === key);
            const match = exact ??
                restoreKeys
                    .map(prefix => manifests.filter(m => m.key.startsWith(prefix)).sort(newestFirst)[0])
                    .find(Boolean);
            if (!match)
                return undefined;
            const c = match.compression ?? 'none';
            const wanted = new Set(paths.map(stored));
            for (const [i, p] of match.paths.entries()) {
                if (!wanted.has(p))
                    continue;
                const dest = (0,external_node_path_.resolve)(workspace, p);
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dest), { recursive: true });
                const archive = (0,external_node_path_.join)(entryDir(root, match.key), archiveName(i, c));
                await unpackArchive(archive, (0,external_node_path_.dirname)(dest), c).catch((e) => {
                    throw new Error(`${archive}: ${e.message}`);
                });
            }
            return match.key;
        },
        async save(paths, key) {
            const dir = entryDir(root, key);
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'manifest.json')))
                return; // like GitHub: an entry is never replaced
            const tmp = `${dir}.tmp-${process.pid}`;
            (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(tmp, { recursive: true });
            try {
                const compression = packCompression();
                const kept = [];
                for (const p of paths) {
                    const abs = (0,external_node_path_.resolve)(workspace, p);
                    if (!(0,external_node_fs_.existsSync)(abs))
                        continue;
                    await packArchive((0,external_node_path_.join)(tmp, archiveName(kept.length, compression)), (0,external_node_path_.dirname)(abs), (0,external_node_path_.basename)(abs), compression);
                    kept.push(stored(p));
                }
                const seq = Math.max(0, ...listManifests(root).map(m => m.seq ?? 0)) + 1;
                const manifest = { key, paths: kept, created: Date.now(), seq, compression };
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, 'manifest.json'), JSON.stringify(manifest));
                (0,external_node_fs_.mkdirSync)(root, { recursive: true });
                (0,external_node_fs_.renameSync)(tmp, dir);
            }
            catch (e) {
                (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true }); // no half-written entry that looks complete
                throw e;
            }
        }
    };
}
const newestFirst = (a, b) => (b.seq ?? 0) - (a.seq ?? 0) || b.created - a.created;
function listManifests(root) {
    if (!(0,external_node_fs_.existsSync)(root))
        return [];
    return (0,external_node_fs_.readdirSync)(root)
        .map(d => (0,external_node_path_.join)(root, d, 'manifest.json'))
        .filter(external_node_fs_.existsSync)
        .map(f => JSON.parse((0,external_node_fs_.readFileSync)(f, 'utf8')));
}

;// CONCATENATED MODULE: ./src/util/platform.ts
/** RUNNER_OS / RUNNER_ARCH on GitHub, node's names elsewhere (part of every cache key). */
const runnerPlatform = (env = process.env) => ({
    os: env.RUNNER_OS || process.platform,
    arch: env.RUNNER_ARCH || process.arch
});

;// CONCATENATED MODULE: ./src/action/runtime.ts
// GitHub services when the Actions runtime is there, local folders otherwise (a developer's
// machine, another CI, @github/local-action).






const onGitHub = (env = process.env) => Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
const defaultLocalCacheDir = (env = process.env) => (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'svsm-build');
const workspaceDir = (env = process.env) => (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
function cacheStore(backend, localDir, workspace) {
    return backend === 'github' ? githubCacheStore() : localCacheStore(localDir, workspace);
}
function cacheBackend(env = process.env) {
    return onGitHub(env) && githubCacheAvailable() ? 'github' : 'local';
}
function artifactStore(localDir, env = process.env) {
    return onGitHub(env) ? (0,github/* githubArtifactStore */.T)(env) : (0,local/* localArtifactStore */.f)(localDir);
}



/***/ }),

/***/ 89416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ githubArtifactStore),
/* harmony export */   h: () => (/* binding */ githubArtifactSource)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75203);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// GitHub Actions artifacts through @actions/artifact: uploads (the build) and reading them back
// (the report job), for this run or another.


function githubArtifactStore(env = process.env) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    return {
        kind: 'github',
        async upload(name, files, rootDir, o) {
            const r = await client.uploadArtifact(name, files, rootDir, o.retentionDays ? { retentionDays: o.retentionDays } : {});
            // Only a finalized artifact has an id; without one nothing may be presented as uploaded.
            if (r.id === undefined || !Number.isFinite(r.id))
                throw new Error(`the artifact service did not confirm ${name} (no artifact id)`);
            const url = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
                ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${r.id}`
                : undefined;
            return { name, size: r.size ?? 0, id: r.id, ...(url ? { url } : {}) };
        }
    };
}
function githubArtifactSource(run) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    const find = run ? { findBy: run } : {};
    return {
        list: async () => (await client.listArtifacts({ latest: true, ...find })).artifacts.map(a => ({
            id: a.id,
            name: a.name,
            size: a.size
        })),
        download: async (a, dir) => (await client.downloadArtifact(a.id, { path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.name), ...find })).downloadPath ??
            (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.name)
    };
}


/***/ }),

/***/ 65880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ localArtifactStore),
/* harmony export */   n: () => (/* binding */ localArtifactSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
// Artifacts as folders: <dir>/<name>/..., refusing a name twice as GitHub does (409), and read back.



function localArtifactStore(dir) {
    return {
        kind: 'local',
        async upload(name, files, rootDir, o) {
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dest))
                throw new Error(`an artifact named ${name} already exists in ${dir} (GitHub answers 409 Conflict); choose another artifact-name`);
            const tmp = `${dest}.tmp-${process.pid}`;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { recursive: true, force: true });
            let size = 0;
            for (const f of files) {
                const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(rootDir), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(f));
                if (rel.startsWith('..'))
                    throw new Error(`${f} is not under the artifact root ${rootDir}`);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, rel)), { recursive: true });
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(f, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, rel));
                size += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(f).size;
            }
            if (o.retentionDays)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, '.retention-days'), `${o.retentionDays}\n`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, dest);
            const id = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).length;
            return { name, id, url: (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(dest).href, size };
        }
    };
}
/** Reading back what localArtifactStore wrote. */
function localArtifactSource(root) {
    return {
        async list() {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root))
                return [];
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root)
                .filter(n => !n.includes('.tmp-') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, n)).isDirectory())
                .sort()
                .map((name, i) => ({ id: i + 1, name, size: 0 }));
        },
        async download(a, dir) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.cpSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, a.name), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.name), { recursive: true });
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.name);
        }
    };
}


/***/ }),

/***/ 55144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ firmwareCacheKey),
/* harmony export */   S: () => (/* binding */ parseFirmwareManifest),
/* harmony export */   ko: () => (/* binding */ firmwareManifestSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _cache_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11452);
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

/***/ 53166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseIgvmmeasureOutput)
/* harmony export */ });
/* unused harmony export formatIgvmmeasureBlock */
// igvmmeasure's `measure` block: a blank line, 111 '=', `igvmmeasure '<file>'`,
// `Launch Digest: <HEX>`, the '=' line again and a blank line.
const BLOCK = /^igvmmeasure '([^\n]*)'\nLaunch Digest: ([0-9A-F]+)$/gm;
/** Every digest block in `stdout`, in order. */
function parseIgvmmeasureOutput(stdout) {
    return [...stdout.replace(/\r\n/g, '\n').matchAll(BLOCK)].map(m => ({ file: m[1], digest: m[2] }));
}
function formatIgvmmeasureBlock(file, digest) {
    const line = '='.repeat(111);
    return `\n${line}\nigvmmeasure '${file}'\nLaunch Digest: ${digest}\n${line}\n\n`;
}


/***/ }),

/***/ 13968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// git as every room runs it: argv, never a shell; the answer with its stdout and its last words.

function git(cwd, args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
    return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() };
}


/***/ }),

/***/ 12093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _system_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36208);
// A file appears whole or not at all: written beside its place, then renamed over it. On an error
// (a full disk, a read-only folder) nothing is left: neither the half-written temporary file nor a
// claim that the file was written.


function writeFileAtomic(path, data) {
    const tmp = `${path}.tmp-${process.pid}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (e) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        }
        catch {
            // The first error is the one to report (a folder that refuses writes refuses this too).
        }
        // The caller knows the file by its own name, not by the temporary one.
        if ((0,_system_error_js__WEBPACK_IMPORTED_MODULE_1__/* .isSystemError */ .Or)(e))
            e.path = path;
        throw e;
    }
}


/***/ })

};
