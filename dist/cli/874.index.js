export const id = 874;
export const ids = [874];
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

/***/ 8874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kernelCommand: () => (/* binding */ kernelCommand),
  qemuCommand: () => (/* binding */ qemuCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/platform.ts
var platform = __webpack_require__(8245);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(1452);
// EXTERNAL MODULE: ./src/plan/step.ts
var plan_step = __webpack_require__(5409);
;// CONCATENATED MODULE: ./src/linux/plan.ts
// Host and guest kernels from coconut-svsm/linux (branch svsm): a config from a file or a
// defconfig, the SEV-SNP options on top, then bzImage.


/** Options each role needs on top of the base config (scripts/config --enable). */
const SNP_OPTIONS = {
    host: [
        'KVM',
        'KVM_AMD',
        'KVM_AMD_SEV',
        'AMD_MEM_ENCRYPT',
        'CRYPTO_DEV_CCP',
        'CRYPTO_DEV_CCP_DD',
        'CRYPTO_DEV_SP_PSP',
        'VHOST_VSOCK'
    ],
    guest: ['AMD_MEM_ENCRYPT', 'SEV_GUEST', 'TCG_SVSM', 'EFI', 'EFI_STUB', 'VIRTIO_VSOCKETS', 'TSM_REPORTS']
};
/** Every command runs in the source tree. */
function planLinux(o) {
    const step = (id, title, argv) => (0,plan_step/* command */.G)({ id: `linux/${id}`, group: 'linux', title, argv, cwd: o.source });
    const enable = [...SNP_OPTIONS[o.role], ...o.extraOptions].flatMap(opt => ['--enable', opt]);
    return [
        'file' in o.config
            ? step('config', `Using ${o.config.file}`, ['cp', o.config.file, '.config'])
            : step('config', `make ${o.config.defconfig}`, ['make', o.config.defconfig]),
        step('snp-options', `Enabling the SEV-SNP ${o.role} options`, [
            'scripts/config',
            '--file',
            '.config',
            ...enable
        ]),
        step('olddefconfig', 'make olddefconfig', ['make', 'olddefconfig']),
        step('bzImage', 'Building bzImage', ['make', `-j${o.jobs}`, 'bzImage'])
    ];
}
const LINUX_OUTPUTS = ['arch/x86/boot/bzImage', 'System.map', '.config'];
/** The commit and the config: the base config's content (or defconfig name), role and options. */
function linuxCacheKey(k, commit, o, baseConfig) {
    return `${k.prefix}-linux-${o.role}-v1-${k.os}-${k.arch}-${(0,keys/* shortHash */.BC)(commit, baseConfig, JSON.stringify([...SNP_OPTIONS[o.role], ...o.extraOptions]))}`;
}

;// CONCATENATED MODULE: ./src/qemu/plan.ts
// QEMU with IGVM support: the IGVM C library (microsoft/igvm, igvm_c) into a prefix, then a static
// qemu-system-x86_64 against it. Two flavours: COCONUT's fork (coconut-svsm/qemu, branch svsm), as
// COCONUT's CI builds it and runs it on q35; or upstream QEMU (v11.1.0 or later has IGVM support),
// which also needs libfdt: files with a DEVICE_TREE directive load only with it ("Unknown header
// type ... 0x312" otherwise), and only on a machine with a device tree (microvm).



const QEMU_SOURCES = {
    coconut: { repository: 'https://github.com/coconut-svsm/qemu', ref: 'svsm', igvmRef: 'igvm-v0.3.4' },
    // ../shared/qemu-igvm in this project's CI is this build (with libigvm 0.4.0).
    upstream: { repository: 'https://gitlab.com/qemu-project/qemu.git', ref: 'v11.1.0', igvmRef: 'igvm-v0.4.0' }
};
const CONFIGURE_FLAGS = [
    '--target-list=x86_64-softmmu',
    '--enable-igvm',
    '--enable-tcg',
    '--enable-kvm',
    '--enable-slirp',
    '--enable-strip',
    '--enable-vhost-kernel',
    '--static',
    '--disable-docs',
    '--disable-user',
    '--without-default-features'
];
/** Added for upstream QEMU: the device tree support its IGVM loader needs. */
const UPSTREAM_CONFIGURE_FLAGS = ['--enable-fdt=system'];
const configureFlags = (flavor = 'coconut') => flavor === 'upstream' ? [...CONFIGURE_FLAGS, ...UPSTREAM_CONFIGURE_FLAGS] : CONFIGURE_FLAGS;
function planQemu(o) {
    const lib = (0,external_node_path_.join)(o.prefix, 'lib64');
    const step = (id, s) => (0,plan_step/* command */.G)({ id: `qemu/${id}`, group: 'qemu', ...s });
    return [
        step('igvm-build', {
            title: 'Building the IGVM C library',
            argv: ['make', '-C', 'igvm_c', `-j${o.jobs}`],
            cwd: o.igvmSource,
            env: { PREFIX: o.prefix }
        }),
        step('igvm-install', {
            title: 'Installing the IGVM C library',
            argv: ['make', '-C', 'igvm_c', 'install'],
            cwd: o.igvmSource,
            env: { PREFIX: o.prefix }
        }),
        step('configure', {
            title: 'Configuring QEMU',
            argv: [
                './configure',
                ...configureFlags(o.flavor),
                `--extra-ldflags=-L${lib}`,
                `--extra-cflags=-I${(0,external_node_path_.join)(o.prefix, 'include')}`,
                `--prefix=${o.prefix}`,
                ...o.extraConfigure
            ],
            cwd: o.qemuSource,
            env: { PKG_CONFIG_PATH: (0,external_node_path_.join)(lib, 'pkgconfig') }
        }),
        step('install', {
            title: 'Building and installing QEMU',
            argv: ['make', `-j${o.jobs}`, 'install'],
            cwd: o.qemuSource,
            env: {}
        })
    ];
}
/** Both commits and every configure flag; the prefix is part of the flags and so of the key. */
function qemuCacheKey(k, commits, o) {
    return `${k.prefix}-qemu-igvm-v1-${k.os}-${k.arch}-${(0,keys/* shortHash */.BC)(commits.qemu, commits.igvm, JSON.stringify([...configureFlags(o.flavor), ...o.extraConfigure]), o.prefix)}`;
}
const qemuBinary = (prefix) => (0,external_node_path_.join)(prefix, 'bin', 'qemu-system-x86_64');

// EXTERNAL MODULE: ./src/run/runner.ts + 6 modules
var runner = __webpack_require__(7146);
// EXTERNAL MODULE: ./src/util/exec-first-line.ts
var exec_first_line = __webpack_require__(259);
// EXTERNAL MODULE: ./src/util/log.ts
var log = __webpack_require__(9906);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/component-builds.ts
// `svsm-build qemu` and `svsm-build kernel`: the QEMU-with-IGVM and Linux builds the reusable
// workflows run, planned in src/qemu and src/linux. `--key` prints only the cache key.











const KEY_FLAGS = {
    key: { help: 'Print only the cache key of this build, build nothing' },
    'key-prefix': { value: '<P>', help: 'Prefix of the cache key (default svsm-build)' }
};
const QEMU_COMMAND = (0,flags/* command */.G5)({
    synopsis: ['svsm-build qemu --qemu-src <DIR> --igvm-src <DIR> --prefix <DIR> [OPTIONS]'],
    about: 'Builds QEMU with IGVM support (the igvm C library first) and installs it under --prefix, as the\nreusable workflows do; prints the path of the QEMU binary.',
    flags: {
        'qemu-src': { value: '<DIR>', required: true, help: 'QEMU checkout' },
        'igvm-src': { value: '<DIR>', required: true, help: 'igvm (the library) checkout' },
        prefix: { value: '<DIR>', required: true, help: 'Install prefix' },
        flavor: {
            value: '<F>',
            choices: ['coconut', 'upstream'],
            help: "Whose QEMU: COCONUT's fork or upstream (default coconut)"
        },
        jobs: { value: '<N>', check: (0,flags/* wholeNumber */.rD)(1), help: 'Parallel jobs (default: number of CPUs)' },
        'configure-arg': {
            value: '<ARG>',
            multiple: true,
            help: 'Extra ./configure argument, repeatable (--configure-arg=--enable-x)'
        },
        ...KEY_FLAGS
    },
    args: { min: 0, max: 0, what: 'no arguments (only options)' },
    footer: 'Exit codes: 0 built, 1 the build failed, 2 usage error.'
});
const KERNEL_COMMAND = (0,flags/* command */.G5)({
    synopsis: [
        'svsm-build kernel --src <DIR> --role host|guest (--config <FILE> | --defconfig <TARGET>) [OPTIONS]'
    ],
    about: 'Builds a host or guest Linux kernel as the reusable workflows do; prints the paths of its outputs.',
    flags: {
        src: { value: '<DIR>', required: true, help: 'Linux checkout' },
        role: { value: '<ROLE>', required: true, choices: ['host', 'guest'], help: 'What the kernel is for' },
        config: { value: '<FILE>', help: 'Base .config (or --defconfig)' },
        defconfig: { value: '<TARGET>', help: 'make target of the base config (or --config)' },
        enable: { value: '<OPTION>', multiple: true, help: 'Kconfig option to enable, repeatable' },
        jobs: { value: '<N>', check: (0,flags/* wholeNumber */.rD)(1), help: 'Parallel jobs (default: number of CPUs)' },
        ...KEY_FLAGS
    },
    args: { min: 0, max: 0, what: 'no arguments (only options)' },
    footer: 'Exit codes: 0 built, 1 the build failed, 2 usage error.'
});
/** The plan's commands, each titled with its argv on stdout; every path in them is absolute. */
const run = (steps) => (0,runner/* runSteps */.r)(steps, {
    root: process.cwd(),
    env: process.env,
    out: process.stdout,
    err: process.stderr,
    log: (0,log/* streamLogger */.V)(process.stdout, process.stderr)
});
const commit = (dir) => (0,exec_first_line/* firstLine */.T)(['git', '-C', dir, 'rev-parse', 'HEAD']);
async function qemuCommand(args) {
    const parsed = (0,flags/* parseFlags */.bQ)(QEMU_COMMAND, args);
    if (!parsed)
        return 0;
    const v = parsed.values;
    const flavor = v.flavor ?? 'coconut';
    const o = {
        flavor,
        qemuSource: (0,external_node_path_.resolve)(v['qemu-src']),
        igvmSource: (0,external_node_path_.resolve)(v['igvm-src']),
        prefix: (0,external_node_path_.resolve)(v.prefix),
        jobs: Number(v.jobs ?? (0,external_node_os_.availableParallelism)()),
        extraConfigure: v['configure-arg'] ?? []
    };
    if (v.key) {
        process.stdout.write(`${qemuCacheKey({ prefix: v['key-prefix'] ?? 'svsm-build', ...(0,platform/* runnerPlatform */.G)() }, { qemu: commit(o.qemuSource), igvm: commit(o.igvmSource) }, o)}\n`);
        return 0;
    }
    await run(planQemu(o));
    process.stdout.write(`${qemuBinary(o.prefix)}\n`);
    return (0,external_node_fs_.existsSync)(qemuBinary(o.prefix)) ? 0 : 1;
}
async function kernelCommand(args) {
    const parsed = (0,flags/* parseFlags */.bQ)(KERNEL_COMMAND, args);
    if (!parsed)
        return 0;
    const v = parsed.values;
    if ((v.config === undefined) === (v.defconfig === undefined))
        throw new errors/* UsageError */.eb('expected one of --config <FILE> or --defconfig <TARGET>', (0,flags/* usageOf */.Fs)(KERNEL_COMMAND));
    const o = {
        source: (0,external_node_path_.resolve)(v.src),
        role: v.role,
        config: v.config !== undefined ? { file: (0,external_node_path_.resolve)(v.config) } : { defconfig: v.defconfig },
        extraOptions: v.enable ?? [],
        jobs: Number(v.jobs ?? (0,external_node_os_.availableParallelism)())
    };
    if (v.key) {
        const base = 'file' in o.config ? (0,external_node_fs_.readFileSync)(o.config.file, 'utf8') : `defconfig:${o.config.defconfig}`;
        process.stdout.write(`${linuxCacheKey({ prefix: v['key-prefix'] ?? 'svsm-build', ...(0,platform/* runnerPlatform */.G)() }, commit(o.source), o, base)}\n`);
        return 0;
    }
    await run(planLinux(o));
    for (const f of LINUX_OUTPUTS)
        process.stdout.write(`${(0,external_node_path_.join)(o.source, f)}\n`);
    return LINUX_OUTPUTS.every(f => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(o.source, f))) ? 0 : 1;
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
