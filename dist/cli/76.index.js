export const id = 76;
export const ids = [76];
export const modules = {

/***/ 452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash)
/* harmony export */ });
/* unused harmony exports CACHE_VERSION, cargoHomeKeys, targetKeys, firmwareKeys */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
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


/***/ }),

/***/ 76:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FIRMWARE_USAGE: () => (/* binding */ FIRMWARE_USAGE),
  firmwareCommand: () => (/* binding */ firmwareCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(679);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: ./src/run/process.ts
var run_process = __webpack_require__(16);
// EXTERNAL MODULE: ./src/firmware/edk2.ts
var edk2 = __webpack_require__(513);
;// CONCATENATED MODULE: ./src/firmware/build.ts
// Runs an EDK2 plan and collects the images with a manifest into an output folder.





const CONF_FILES = ['target.txt', 'tools_def.txt', 'build_rule.txt'];
async function buildEdk2(o, io) {
    for (const step of (0,edk2.planEdk2)(o)) {
        if (step.kind === 'sync') {
            if ((0,external_node_path_.resolve)(step.from) !== (0,external_node_path_.resolve)(step.to)) {
                (0,external_node_fs_.rmSync)(step.to, { recursive: true, force: true });
                (0,external_node_fs_.mkdirSync)(step.to, { recursive: true });
                (0,external_node_fs_.cpSync)(step.from, step.to, { recursive: true, filter: src => !src.endsWith('/.git') });
            }
        }
        else if (step.kind === 'conf') {
            (0,external_node_fs_.mkdirSync)(step.dir, { recursive: true });
            for (const f of CONF_FILES)
                (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(step.templates, f.replace('.txt', '.template')), (0,external_node_path_.join)(step.dir, f));
        }
        else {
            io.log.group(step.title);
            io.log.info(`$ ${(0,run_process/* displayArgv */.zq)(step.argv)}`);
            const r = await (0,run_process/* runProcess */.R3)(step.argv, {
                cwd: step.cwd,
                env: { ...process.env, ...step.env },
                out: io.out,
                err: io.err,
                captureStdout: false,
                echoCapturedStdout: false
            });
            io.log.endGroup();
            if (r.code !== 0)
                throw new Error(`${step.title} failed: \`${(0,run_process/* displayArgv */.zq)(step.argv)}\` ${r.spawnError ? r.spawnError.message : `exited with code ${r.code}`}\n${r.stderrTail}`);
        }
    }
    const dscPath = (0,external_node_path_.join)(o.buildDir, o.platform);
    const outDir = (0,external_node_fs_.existsSync)(dscPath) ? (0,edk2/* outputDirectory */.rk)((0,external_node_fs_.readFileSync)(dscPath, 'utf8')) : null;
    if (!outDir)
        throw new Error(`${o.platform}: no OUTPUT_DIRECTORY in its [Defines]`);
    return (0,edk2/* fvDirectory */.Sw)(o, outDir);
}
/** Copies the .fd images and writes manifest.json; returns the manifest. */
function collectFirmware(fvDir, outDir, base) {
    const fds = (0,external_node_fs_.existsSync)(fvDir)
        ? (0,external_node_fs_.readdirSync)(fvDir)
            .filter(f => f.endsWith('.fd'))
            .sort()
        : [];
    const primary = (0,edk2/* primaryImage */.Wh)(base.options.platform, fds);
    if (!primary)
        throw new Error(`${fvDir}: expected the firmware image among ${fds.join(', ') || 'no .fd files'}`);
    (0,external_node_fs_.rmSync)(outDir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const files = fds.map(name => {
        const data = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(fvDir, name));
        (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(fvDir, name), (0,external_node_path_.join)(outDir, name));
        return {
            name,
            size: (0,external_node_fs_.statSync)((0,external_node_path_.join)(fvDir, name)).size,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')
        };
    });
    const manifest = { ...base, files, primary };
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}

// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(452);
;// CONCATENATED MODULE: ./src/firmware/manifest.ts
// What a firmware build is made of: the cache key covers every input, the manifest travels with
// the images (and into the cache) so a consumer can see what it got.

/** -D order does not change a build; everything else does. */
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
        toolchains: Object.entries(i.toolchains).sort(([a], [b]) => a.localeCompare(b))
    };
    return `${k.prefix}-edk2-v1-${k.os}-${k.arch}-${o.platform.replace(/[^A-Za-z0-9]+/g, '_')}-${o.target}-${(0,keys/* shortHash */.BC)(JSON.stringify(parts))}`;
}

// EXTERNAL MODULE: ./src/util/exec-first-line.ts
var exec_first_line = __webpack_require__(259);
;// CONCATENATED MODULE: ./src/firmware/toolchains.ts

/** The tools whose versions change an EDK2 build's bytes. */
function edk2Toolchains() {
    return {
        gcc: (0,exec_first_line/* firstLine */.T)(['gcc', '--version']),
        nasm: (0,exec_first_line/* firstLine */.T)(['nasm', '-v']),
        iasl: (0,exec_first_line/* firstLine */.T)(['iasl', '-v']).replace(/^$/, 'unknown'),
        python3: (0,exec_first_line/* firstLine */.T)(['python3', '--version']),
        make: (0,exec_first_line/* firstLine */.T)(['make', '--version'])
    };
}

// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(906);
// EXTERNAL MODULE: ./src/util/platform.ts
var platform = __webpack_require__(245);
;// CONCATENATED MODULE: ./src/cli/commands/firmware.ts
// `svsm-build firmware`: an EDK2/OVMF build in a fixed path, the images and a manifest in --out.










const FIRMWARE_USAGE = `Usage: svsm-build firmware --edk2 <DIR> [OPTIONS]

Builds EDK2 firmware (OVMF) for COCONUT-SVSM in a fixed absolute build directory and writes the
images and a manifest.json (edk2 commit, defines, toolchain versions, sha256) to --out.

Options:
      --edk2 <DIR>           edk2 checkout with its submodules
      --platform <DSC>       ${Object.keys(edk2/* PLATFORMS */.P4).join(' | ')} (default OvmfPkg/OvmfPkgX64.dsc)
      --arch <ARCH>          default X64
      --target <T>           DEBUG | RELEASE | NOOPT (default DEBUG)
      --toolchain-tag <TAG>  default GCC5
  -D, --define <D>           NAME or NAME=VALUE, repeatable (e.g. -D TPM2_ENABLE)
      --build-dir <DIR>      fixed build directory (default ${edk2/* DEFAULT_BUILD_DIR */.PZ})
      --out <DIR>            where the images and manifest.json go (default bin/firmware)
      --jobs <N>             parallel jobs (default: number of CPUs)
      --dry-run              print the plan as JSON, build nothing`;
async function firmwareCommand(args) {
    let v;
    try {
        v = (0,external_node_util_.parseArgs)({
            args,
            strict: true,
            options: {
                edk2: { type: 'string' },
                platform: { type: 'string' },
                arch: { type: 'string' },
                target: { type: 'string' },
                'toolchain-tag': { type: 'string' },
                define: { type: 'string', short: 'D', multiple: true },
                'build-dir': { type: 'string' },
                out: { type: 'string' },
                jobs: { type: 'string' },
                'dry-run': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            }
        }).values;
    }
    catch (e) {
        throw new errors/* UsageError */.e(`${e.message}`, FIRMWARE_USAGE);
    }
    if (v.help) {
        process.stdout.write(`${FIRMWARE_USAGE}\n`);
        return 0;
    }
    if (!v.edk2)
        throw new errors/* UsageError */.e(`--edk2 is required`, FIRMWARE_USAGE);
    const target = v.target ?? 'DEBUG';
    if (!['DEBUG', 'RELEASE', 'NOOPT'].includes(target))
        throw new errors/* UsageError */.e(`--target ${target}: expected DEBUG, RELEASE or NOOPT`);
    const buildDir = (0,external_node_path_.resolve)(v['build-dir'] ?? edk2/* DEFAULT_BUILD_DIR */.PZ);
    const options = {
        source: (0,external_node_path_.resolve)(v.edk2),
        buildDir,
        platform: v.platform ?? 'OvmfPkg/OvmfPkgX64.dsc',
        arch: v.arch ?? 'X64',
        target: target,
        toolchainTag: v['toolchain-tag'] ?? 'GCC5',
        defines: v.define ?? [],
        jobs: Number(v.jobs ?? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 161, 23))).availableParallelism())
    };
    const commit = (0,exec_first_line/* firstLine */.T)(['git', '-C', options.source, 'rev-parse', 'HEAD']);
    const inputs = {
        repository: (0,exec_first_line/* firstLine */.T)(['git', '-C', options.source, 'config', '--get', 'remote.origin.url']).replace(/^not found$/, edk2/* DEFAULT_EDK2 */.lb.repository),
        ref: (0,exec_first_line/* firstLine */.T)(['git', '-C', options.source, 'describe', '--tags', '--always']),
        commit: /^[0-9a-f]{40}$/.test(commit) ? commit : 'unknown',
        options,
        toolchains: edk2Toolchains()
    };
    const key = firmwareCacheKey({ prefix: 'svsm-build', ...(0,platform/* runnerPlatform */.G)() }, inputs);
    if (v['dry-run']) {
        const { planEdk2 } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 513));
        process.stdout.write(`${JSON.stringify({ key, inputs, steps: planEdk2(options) }, null, 2)}\n`);
        return 0;
    }
    const log = (0,util_log/* streamLogger */.V)(process.stdout, process.stderr);
    const started = Date.now();
    const fv = await buildEdk2(options, { log, out: process.stdout, err: process.stderr });
    const out = (0,external_node_path_.resolve)(v.out ?? 'bin/firmware');
    const m = collectFirmware(fv, out, { ...inputs, key });
    const primary = m.files.find(f => f.name === m.primary);
    process.stdout.write(`\n${out}/${m.primary}  sha256 ${primary.sha256}  (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    return 0;
}


/***/ }),

/***/ 513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ PLATFORMS),
/* harmony export */   PZ: () => (/* binding */ DEFAULT_BUILD_DIR),
/* harmony export */   Sw: () => (/* binding */ fvDirectory),
/* harmony export */   Wh: () => (/* binding */ primaryImage),
/* harmony export */   lb: () => (/* binding */ DEFAULT_EDK2),
/* harmony export */   planEdk2: () => (/* binding */ planEdk2),
/* harmony export */   rk: () => (/* binding */ outputDirectory)
/* harmony export */ });
/* unused harmony export edk2Env */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// EDK2/OVMF builds: what edksetup.sh would set up, as explicit environment and argv (no shell),
// always in one fixed absolute build directory: DEBUG builds embed the build path in the image,
// so the same commit built elsewhere gives other bytes and another launch digest.

const DEFAULT_EDK2 = { repository: 'https://github.com/tianocore/edk2', ref: 'edk2-stable202605' };
const DEFAULT_BUILD_DIR = '/tmp/svsm-build/edk2';
/** The platforms COCONUT uses, and the image igvmbuilder takes from each. */
const PLATFORMS = {
    'OvmfPkg/OvmfPkgX64.dsc': { image: 'OVMF.fd' },
    'OvmfPkg/CloudHv/CloudHvX64.dsc': { image: 'CLOUDHV.fd' },
    'OvmfPkg/AmdSev/AmdSevX64.dsc': { image: 'OVMF.fd' },
    'OvmfPkg/IntelTdx/IntelTdxX64.dsc': { image: 'OVMF.fd' }
};
function edk2Env(o, path = process.env.PATH ?? '') {
    return {
        WORKSPACE: o.buildDir,
        EDK_TOOLS_PATH: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.buildDir, 'BaseTools'),
        CONF_PATH: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.buildDir, 'Conf'),
        PYTHON_COMMAND: 'python3',
        PYTHON3_ENABLE: 'TRUE',
        PATH: `${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.buildDir, 'BaseTools', 'BinWrappers', 'PosixLike')}:${path}`
    };
}
function planEdk2(o, path) {
    const env = edk2Env(o, path);
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
        '-n',
        String(o.jobs)
    ];
    for (const d of o.defines)
        build.push('-D', d);
    return [
        { kind: 'sync', from: o.source, to: o.buildDir },
        {
            kind: 'command',
            title: 'Building BaseTools',
            argv: ['make', '-C', 'BaseTools', `-j${o.jobs}`],
            cwd: o.buildDir,
            env
        },
        { kind: 'conf', dir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.buildDir, 'Conf'), templates: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.buildDir, 'BaseTools', 'Conf') },
        {
            kind: 'command',
            title: `Building ${o.platform} (${o.target}_${o.toolchainTag})`,
            argv: build,
            cwd: o.buildDir,
            env
        }
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
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.buildDir, outputDir, `${o.target}_${o.toolchainTag}`, 'FV');
}
/** The image for igvmbuilder among the .fd files found: the platform's known name, else the only one. */
function primaryImage(platform, fdFiles) {
    const known = PLATFORMS[platform]?.image;
    if (known && fdFiles.includes(known))
        return known;
    return fdFiles.length === 1 ? fdFiles[0] : null;
}


/***/ }),

/***/ 259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ firstLine)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** First line a program prints about itself (`gcc --version`), or 'not found'. */
function firstLine(argv, cwd) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(argv[0], argv.slice(1), { cwd, encoding: 'utf8' });
    if (r.error)
        return 'not found';
    return `${r.stdout}\n${r.stderr}`.trim().split('\n')[0].trim();
}


/***/ }),

/***/ 906:
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

/***/ 245:
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
