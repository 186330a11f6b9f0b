export const id = 319;
export const ids = [319];
export const modules = {

/***/ 1631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ guardStrayErrors)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
// The toolkit's libraries can raise errors after their call has returned: @actions/cache deletes
// its archive while the blob SDK's block retries still reopen it, and those ENOENTs arrive as
// uncaught exceptions that would end the process mid-step. A step that is past them (or still
// saving other caches) turns them into one warning each and goes on to its own exit code.

function guardStrayErrors(step) {
    const onError = (e) => {
        const err = e;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`svsm-build ${step}: ignored an error raised by a library after its call had returned: ${err?.message ?? String(e)}`);
    };
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
    return () => {
        process.off('uncaughtException', onError);
        process.off('unhandledRejection', onError);
    };
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

/***/ 84319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(11452);
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

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/artifacts/names.ts
var names = __webpack_require__(97327);
;// CONCATENATED MODULE: ./src/artifacts/files.ts
// What one build uploads: the IGVM files, measurements.json, the expanded recipes and the plan,
// and a SHA256SUMS over all of them, staged in one folder.







/** Unique per recipe set, target set, profile, features and runner, so matrix legs never collide. */
function defaultArtifactName(result, runner) {
    const p = result.plan;
    const recipes = p.recipes.map(r => (0,external_node_path_.basename)(r.file).replace(/\.json$/, '')).join('+');
    const targets = [...new Set(p.targets.map(t => t.target))].join('+') || 'none';
    const profile = p.options.release ? 'release' : 'debug';
    const h = (0,keys/* shortHash */.BC)(JSON.stringify([p.recipes.map(r => [r.file, r.sha256]), p.options, runner])).slice(0, 8);
    return `svsm-igvm-${recipes}-${targets}-${profile}-${h}`.replace(/[^A-Za-z0-9._+-]/g, '_');
}
function stageArtifact(result, stagingDir) {
    (0,external_node_fs_.rmSync)(stagingDir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(stagingDir, { recursive: true });
    const files = [];
    const add = (name, data, from) => {
        const dest = (0,external_node_path_.join)(stagingDir, name);
        if (from)
            (0,external_node_fs_.copyFileSync)(from, dest);
        else
            (0,external_node_fs_.writeFileSync)(dest, data);
        files.push(dest);
    };
    for (const m of result.measurements) {
        const name = (0,external_node_path_.basename)(m.igvm);
        if (!files.includes((0,external_node_path_.join)(stagingDir, name)))
            add(name, undefined, (0,external_node_path_.resolve)(result.root, m.igvm));
    }
    add('measurements.json', Buffer.from(`${JSON.stringify(result.measurements, null, 2)}\n`));
    const { recipes, ...plan } = result.plan;
    const planJson = {
        ...plan,
        recipes: recipes.map(r => ({ file: r.file, sha256: r.sha256, recipe: recipeToJson(r) }))
    };
    add('plan.json', Buffer.from(`${JSON.stringify(planJson, null, 2)}\n`));
    const sums = files
        .map(f => `${(0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(f)).digest('hex')}  ${(0,external_node_path_.basename)(f)}`)
        .join('\n');
    add('SHA256SUMS', Buffer.from(`${sums}\n`));
    return files;
}
/** Before the build: every file name the artifact will hold must be one GitHub takes. */
function checkArtifactFiles(plan) {
    for (const t of plan.targets) {
        const bad = (0,names/* artifactPathProblem */.J)((0,external_node_path_.basename)(t.igvm));
        if (bad)
            throw new errors/* UsageError */.e(`${t.recipe}: the ${t.target} IGVM file name ${(0,external_node_path_.basename)(t.igvm)} ${bad}; rename the output or set upload: false`);
    }
}

// EXTERNAL MODULE: ./src/engine/builtin-measure.ts + 2 modules
var builtin_measure = __webpack_require__(5421);
// EXTERNAL MODULE: ./src/engine/build.ts + 5 modules
var build = __webpack_require__(66136);
// EXTERNAL MODULE: ./src/engine/prepare.ts + 11 modules
var prepare = __webpack_require__(7878);
// EXTERNAL MODULE: ./src/plan/features.ts
var features = __webpack_require__(62412);
// EXTERNAL MODULE: ./src/run/tools.ts
var tools = __webpack_require__(53102);
;// CONCATENATED MODULE: ./src/preflight/checks.ts
// Before any build: what the recipes need from the checkout and the machine, and what the
// checkout will put into every digest (the `git describe` string compiled into the kernel).





/** Submodule paths from .gitmodules. */
function submodulePaths(root) {
    const p = (0,external_node_path_.join)(root, '.gitmodules');
    if (!(0,external_node_fs_.existsSync)(p))
        return [];
    return [...(0,external_node_fs_.readFileSync)(p, 'utf8').matchAll(/^\s*path\s*=\s*(.+?)\s*$/gm)].map(m => m[1]);
}
const isEmptyDir = (p) => !(0,external_node_fs_.existsSync)(p) || (0,external_node_fs_.readdirSync)(p).length === 0;
/** The vTPM (libtcgtpm: OpenSSL and the TPM reference code, built with cmake) is in the build. */
function usesVtpm(plan) {
    if (plan.options.allFeatures)
        return true;
    if (plan.options.features.some(f => f.feature === 'vtpm'))
        return true;
    return plan.recipes.some(r => [...Object.values(r.kernel), ...Object.values(r.fs.modules)].some(c => c.features?.includes('vtpm')));
}
/** Directories that must be populated: packit always (a workspace member), the TPM sources for vtpm. */
function requiredSubmodules(root, plan) {
    if (!usesVtpm(plan))
        return ['packit'];
    const tpm = submodulePaths(root).filter(p => p.startsWith('libtcgtpm/'));
    return [...new Set(['packit', 'libtcgtpm/deps/openssl', 'libtcgtpm/deps/tpm-20-ref', ...tpm])];
}
function missingSubmodules(root, plan) {
    return requiredSubmodules(root, plan).filter(p => isEmptyDir((0,external_node_path_.join)(root, p)));
}
function submoduleError(missing) {
    return (`missing submodule${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (empty or absent). ` +
        'Check out svsm with its submodules: in a workflow, actions/checkout with `submodules: recursive`; ' +
        'locally, `git submodule update --init --recursive`.');
}
/** C tools libtcgtpm's build calls; missing ones, with what provides them. */
function missingCTools(path = process.env.PATH ?? '') {
    const missing = [];
    if (!(0,tools/* findOnPath */.a)('cmake', path))
        missing.push('cmake');
    if (!(0,tools/* findOnPath */.a)('pkg-config', path) && !(0,tools/* findOnPath */.a)('pkgconf', path))
        missing.push('pkg-config');
    if (!['cc', 'gcc', 'clang'].some(c => (0,tools/* findOnPath */.a)(c, path)))
        missing.push('a C compiler (cc, gcc or clang)');
    return missing;
}
const git = (root, args) => {
    const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd: root, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
};
function gitState(root) {
    const isRepo = git(root, ['rev-parse', '--git-dir']) !== null;
    if (!isRepo)
        return { describe: '', shallow: false, tags: false, dirty: false, isRepo };
    return {
        describe: (git(root, ['describe', '--always', '--dirty=+']) ?? '').replace(/^v/, ''),
        shallow: git(root, ['rev-parse', '--is-shallow-repository']) === 'true',
        tags: (git(root, ['tag', '--list']) ?? '') !== '',
        dirty: (git(root, ['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
        isRepo
    };
}
/** Warnings about what the git state does to the digest; empty when nothing is off. */
function gitWarnings(s) {
    if (!s.isRepo)
        return ['the svsm tree is not a git checkout: the kernel gets an empty version string'];
    const why = [];
    if (s.shallow)
        why.push('the clone is shallow');
    if (!s.tags)
        why.push('it has no tags');
    if (s.dirty)
        why.push('tracked files are modified');
    if (why.length === 0)
        return [];
    return [
        `${why.join(', ')}: the kernel will embed the version "${s.describe}" (git describe --always --dirty=+), ` +
            'which is part of every launch digest. For digests that match a full, clean clone, check out with ' +
            '`fetch-depth: 0` (tags included) and do not modify tracked files before the build.'
    ];
}
/**
 * Everything the action checks before building: throws PreflightError for what would fail the
 * build (submodules, the vTPM's C tools), returns warnings for what changes the digests.
 */
function checkCheckout(root, plan, env) {
    const missing = missingSubmodules(root, plan);
    if (missing.length > 0)
        throw new errors/* PreflightError */.w(submoduleError(missing));
    if (usesVtpm(plan)) {
        const tools = missingCTools(env.PATH);
        if (tools.length > 0) {
            throw new errors/* PreflightError */.w(`the vTPM (feature vtpm) is built with C tools that are missing: ${tools.join(', ')}. ` +
                'On Ubuntu runners: `sudo apt-get install -y build-essential cmake pkg-config`.');
        }
    }
    return gitWarnings(gitState(root));
}

// EXTERNAL MODULE: ./src/run/interrupt.ts
var run_interrupt = __webpack_require__(47214);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/toolchain/rust-toolchain.ts
// The toolchain an svsm tree pins: rust-toolchain.toml (or the older one-line rust-toolchain).




const schema = schemas/* object */.Ikc({
    toolchain: schemas/* object */.Ikc({
        channel: schemas/* string */.YjP({ error: 'a string such as "1.88.0"' }),
        targets: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        components: schemas/* array */.YOg(schemas/* string */.YjP()).optional()
    })
});
function readPinnedToolchain(root) {
    for (const file of ['rust-toolchain.toml', 'rust-toolchain']) {
        const p = (0,external_node_path_.join)(root, file);
        if (!(0,external_node_fs_.existsSync)(p))
            continue;
        const text = (0,external_node_fs_.readFileSync)(p, 'utf8');
        if (file === 'rust-toolchain' && !text.trimStart().startsWith('[')) {
            return { file, channel: text.trim(), targets: [], components: [] };
        }
        let parsed;
        try {
            parsed = schema.parse((0,dist/* parse */.qg)(text));
        }
        catch (e) {
            throw new Error(`${file}: expected [toolchain] with a channel: ${e.message.split('\n')[0]}`);
        }
        return {
            file,
            channel: parsed.toolchain.channel,
            targets: parsed.toolchain.targets ?? [],
            components: parsed.toolchain.components ?? []
        };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/toolchain/setup.ts
const KERNEL_TARGET = 'x86_64-unknown-none';
/** Pure: which toolchains the plan will call. */
function toolchainNeeds(pinned, plan) {
    const needs = [];
    if (pinned) {
        const targets = [...new Set([...pinned.targets, KERNEL_TARGET])];
        needs.push({ toolchain: pinned.channel, targets, components: pinned.components, why: pinned.file });
    }
    for (const r of plan.recipes) {
        for (const [name, c] of [...Object.entries(r.kernel), ...Object.entries(r.fs.modules)]) {
            if (c.toolchain === undefined || needs.some(n => n.toolchain === c.toolchain))
                continue;
            needs.push({
                toolchain: c.toolchain,
                targets: [KERNEL_TARGET],
                components: [],
                why: `${r.file}: ${name}`
            });
        }
    }
    return needs;
}
/** Installed toolchain names from `rustup toolchain list` ("1.88.0-x86_64-unknown-linux-gnu (default)"). */
function installedToolchains(list) {
    return list
        .split('\n')
        .map(l => l.trim().split(/\s+/)[0] ?? '')
        .filter(Boolean);
}
function isInstalled(installed, toolchain) {
    return installed.some(t => t === toolchain || t.startsWith(`${toolchain}-`));
}
/** rustup's own names: a channel, version or beta, an optional date, an optional host triple. */
const RUSTUP_RELEASE = /^(stable|beta|nightly|\d+\.\d+(\.\d+)?(-beta(\.\d+)?)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_.]+){1,3})?$/;
/** A name rustup cannot install: a toolchain made with `rustup toolchain link`. */
function isCustomToolchain(name) {
    return !RUSTUP_RELEASE.test(name);
}
/** Returns the rustup commands it ran (none when everything was there). */
async function ensureToolchains(needs, rustup) {
    const ran = [];
    const run = async (args) => {
        ran.push(args);
        await rustup.run(args);
    };
    const installed = installedToolchains(await rustup.run(['toolchain', 'list']));
    for (const n of needs) {
        if (isCustomToolchain(n.toolchain)) {
            if (!installed.includes(n.toolchain))
                throw new Error(`${n.why}: toolchain "${n.toolchain}" is not installed, and rustup cannot install it (not one of ` +
                    `its releases): link it first (rustup toolchain link ${n.toolchain} <folder>), or set toolchain: skip`);
            continue;
        }
        if (!isInstalled(installed, n.toolchain)) {
            const args = ['toolchain', 'install', n.toolchain, '--profile', 'minimal', '--no-self-update'];
            for (const t of n.targets)
                args.push('-t', t);
            for (const c of n.components)
                args.push('-c', c);
            await run(args);
            continue;
        }
        const have = (await rustup.run(['target', 'list', '--installed', '--toolchain', n.toolchain]))
            .split('\n')
            .map(s => s.trim());
        const missing = n.targets.filter(t => !have.includes(t));
        if (missing.length > 0)
            await run(['target', 'add', '--toolchain', n.toolchain, ...missing]);
    }
    return ran;
}

// EXTERNAL MODULE: ./src/cache/safe.ts
var safe = __webpack_require__(7537);
// EXTERNAL MODULE: ./src/cache/store.ts
var store = __webpack_require__(17631);
;// CONCATENATED MODULE: ./src/action/caches.ts
// The caches one build uses: cargo home, the target dir and, when a recipe builds its firmware
// with a command and the user names a key for it, that firmware file.







const read = (p) => ((0,external_node_fs_.existsSync)(p) ? (0,external_node_fs_.readFileSync)(p) : null);
const cargoHome = (env) => (0,external_node_path_.resolve)(env.CARGO_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cargo'));
/** `rustc -vV` of each toolchain (through rustup when there is one), in the tree. */
function rustcVersions(root, needs, env) {
    const run = (cmd, args) => {
        try {
            return (0,external_node_child_process_.execFileSync)(cmd, args, {
                cwd: root,
                env,
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'ignore']
            }).trim();
        }
        catch {
            return null;
        }
    };
    const viaRustup = needs.map(n => run('rustup', ['run', n.toolchain, 'rustc', '-vV']));
    if (needs.length > 0 && viaRustup.every(v => v !== null))
        return viaRustup;
    return [run('rustc', ['-vV']) ?? 'rustc: unknown'];
}
/** What in the plan changes cargo's output: components, features, dialect (not the IGVM targets). */
function buildFlags(plan) {
    return {
        dialect: plan.dialect,
        allFeatures: plan.options.allFeatures,
        features: plan.options.features.map(f => `${f.pkg}:${f.feature}`),
        offline: plan.options.offline,
        components: plan.recipes.map(r => ({ kernel: r.kernel, fs: r.fs.modules }))
    };
}
function cacheSpecs(root, targetDir, plan, k, rustc, firmwareCacheKey, env) {
    const lock = read((0,external_node_path_.join)(root, 'Cargo.lock'));
    const home = cargoHome(env);
    const specs = [
        {
            name: 'cargo-home',
            paths: [(0,external_node_path_.join)(home, 'registry', 'index'), (0,external_node_path_.join)(home, 'registry', 'cache'), (0,external_node_path_.join)(home, 'git', 'db')],
            ...(0,keys/* cargoHomeKeys */.Q1)(k, lock)
        },
        {
            name: 'target',
            paths: [targetDir],
            ...(0,keys/* targetKeys */.qM)(k, {
                rustcVersions: rustc,
                lockFile: lock,
                cargoConfig: read((0,external_node_path_.join)(root, '.cargo', 'config.toml')),
                rustToolchain: read((0,external_node_path_.join)(root, 'rust-toolchain.toml')),
                profile: plan.options.release ? 'release' : 'debug',
                buildFlags: buildFlags(plan)
            })
        }
    ];
    if (firmwareCacheKey) {
        for (const r of plan.recipes) {
            const cmd = r.firmware?.command;
            const out = plan.targets.find(t => t.recipe === r.file)?.firmware;
            if (!cmd || !out)
                continue;
            specs.push({
                name: `firmware (${r.file})`,
                paths: [(0,external_node_path_.resolve)(root, out)],
                ...(0,keys/* firmwareKeys */.Ss)(k, cmd, out, firmwareCacheKey)
            });
        }
    }
    return specs;
}
/**
 * cache-hit over the caches that have something in them: a miss whose paths the build did not
 * create either (a tree without registry dependencies has no ~/.cargo/registry) does not count,
 * so such a tree can still be an exact hit.
 */
function cacheHit(restored, log) {
    if (restored.length === 0)
        return 'miss';
    const counted = restored.filter(r => {
        const empty = r.outcome === 'miss' && (0,safe/* nothingToCache */.vE)(r);
        if (empty)
            log?.(`${r.name} cache: nothing to cache (${r.paths.join(', ')}); not counted in cache-hit`);
        return !empty;
    });
    return counted.length === 0 ? 'miss' : (0,store/* combineOutcomes */.j)(counted.map(r => r.outcome));
}

// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/logger.ts
var logger = __webpack_require__(18980);
// EXTERNAL MODULE: ./src/cache/freshness.ts
var freshness = __webpack_require__(10121);
;// CONCATENATED MODULE: ./src/action/restore.ts
// Restoring the caches before the build, and what an exact firmware hit lets the build skip.






async function restoreCaches(store, specs, o) {
    core/* startGroup */.Oh(`Restoring caches (${o.backend})`);
    const restored = [];
    for (const s of specs)
        restored.push(await (0,safe/* restoreSafely */.v_)(store, s, logger/* coreLogger */.W));
    if (restored.some(r => r.name === 'target' && r.outcome !== 'miss')) {
        const { reset, changed } = (0,freshness/* applyStamps */.xt)(o.root, o.targetDir);
        logger/* coreLogger */.W.info(`source mtimes: ${reset} unchanged file(s) got their cached mtime back, ${changed} changed`);
    }
    core/* endGroup */.N4();
    return restored;
}
/** Firmware commands whose every output came back from an exact cache hit need not run. */
function firmwareStepsFromCache(plan, restored, root) {
    const hits = new Set(restored.filter(r => r.name.startsWith('firmware') && r.outcome === 'exact').flatMap(r => r.paths));
    return new Set(plan.steps
        .filter(s => s.group === 'firmware' &&
        s.outputs.length > 0 &&
        s.outputs.every(o => hits.has((0,external_node_path_.resolve)(root, o)) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, o))))
        .map(s => s.id));
}

// EXTERNAL MODULE: ./src/action/guard.ts
var guard = __webpack_require__(1631);
// EXTERNAL MODULE: ./src/action/runtime.ts + 5 modules
var runtime = __webpack_require__(5243);
;// CONCATENATED MODULE: ./src/action/save-policy.ts

/** save-cache: always | never | default-branch (only pushes to the repository's default branch). */
function shouldSaveCache(policy, env) {
    if (policy !== 'default-branch')
        return policy === 'always';
    if (!env.GITHUB_REF)
        return true; // not on GitHub: the local cache is the developer's own
    const branch = defaultBranch(env);
    return branch !== null && env.GITHUB_REF === `refs/heads/${branch}`;
}
function defaultBranch(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return null;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return event.repository?.default_branch ?? null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(33175);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(38770);
// EXTERNAL MODULE: ./src/measure/results.ts
var results = __webpack_require__(38258);
;// CONCATENATED MODULE: ./src/trust/predicate.ts
// The measurement attestation: an in-toto statement whose subject is one IGVM file and whose
// predicate is its measurement record. build.yml signs it with actions/attest; a verifier holding
// only the IGVM file finds it with `gh attestation verify --predicate-type MEASUREMENT_PREDICATE_TYPE`.



/** This project's predicate type (a URI of its own; the version changes when the shape does). */
const MEASUREMENT_PREDICATE_TYPE = 'https://svsm-build.dev/measurement/v1';
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const hex = (n, upper = false) => schemas/* string */.YjP().regex(new RegExp(`^[0-9${upper ? 'A-F' : 'a-f'}]{${n}}$`));
const measurementPredicateSchema = schemas/* object */.Ikc({
    /** The SEV-SNP launch digest the IGVM file gives (what the attestation report's MEASUREMENT shows). */
    launchDigest: hex(96, true),
    /** The guest policy igvmbuilder wrote. */
    policy: schemas/* string */.YjP(),
    platforms: schemas/* array */.YOg(schemas/* string */.YjP()),
    target: results/* measurementSchema */.aY.shape.target,
    file: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), size: schemas/* number */.aig().int().nonnegative(), sha256: hex(64) }),
    /** The whole measurement record (without svsm-build's reader details): inputs, options, tools. */
    record: results/* measurementSchema */.aY.omit({ details: true })
});
const inTotoStatementSchema = schemas/* object */.Ikc({
    _type: schemas/* literal */.euz(IN_TOTO_STATEMENT_TYPE),
    subject: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: schemas/* object */.Ikc({ sha256: hex(64) }) })).min(1),
    predicateType: schemas/* literal */.euz(MEASUREMENT_PREDICATE_TYPE),
    predicate: measurementPredicateSchema
});
function measurementPredicate(m) {
    const { details: _details, ...record } = m;
    return {
        launchDigest: m.launchDigest,
        policy: m.policy,
        platforms: [...m.platforms],
        target: m.target,
        file: { name: (0,external_node_path_.basename)(m.igvm), size: m.size, sha256: m.sha256 },
        record
    };
}
/** The statement actions/attest builds from `subject-digest` and `predicate-path`, built here for tests and tools. */
function measurementStatement(m) {
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: [{ name: basename(m.igvm), digest: { sha256: m.sha256 } }],
        predicateType: MEASUREMENT_PREDICATE_TYPE,
        predicate: measurementPredicate(m)
    };
}

;// CONCATENATED MODULE: ./src/trust/write-predicates.ts
// Writes one attestation predicate per built IGVM file beside the build's outputs, for
// actions/attest's predicate-path.



/** Where the action writes them, in the svsm tree. */
const PREDICATE_DIR = 'bin/attestations';
function writePredicates(dir, measurements) {
    // Predicates of an earlier build are not about this one.
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    return measurements.map(m => {
        const predicate = (0,external_node_path_.join)(dir, `${(0,external_node_path_.basename)(m.igvm)}.predicate.json`);
        (0,external_node_fs_.writeFileSync)(predicate, `${JSON.stringify(measurementPredicate(m), null, 2)}\n`);
        return { target: m.target, igvm: m.igvm, sha256: m.sha256, predicate };
    });
}

;// CONCATENATED MODULE: ./src/action/run-main.ts
// The action's main step: inputs → toolchain → preflight → caches → build → artifacts → outputs
// and summary → state for post.

























/** The main step; the entry point of dist/main and of `npm run local-action`. */
async function run() {
    (0,guard/* guardStrayErrors */.C)('main');
    // A cancelled job: GitHub sends SIGINT, then SIGTERM, to this process alone.
    const interrupt = new run_interrupt/* Interrupt */.OK();
    const untrap = (0,run_interrupt/* trapSignals */.rm)(interrupt, m => core/* warning */.$e(m));
    try {
        await runMain(process.env, interrupt);
    }
    catch (e) {
        core/* setFailed */.C1(e.message);
        if (e instanceof run_interrupt/* Interrupted */.j$)
            process.exitCode = e.exitCode;
    }
    finally {
        untrap();
    }
}
async function runMain(env = process.env, interrupt) {
    const jobStartMs = Date.now();
    const inputs = (0,action_inputs/* readInputs */.K)(n => core/* getInput */.V4(n));
    const workspace = (0,runtime/* workspaceDir */.zf)(env);
    const root = (0,external_node_path_.resolve)(workspace, inputs['svsm-path']);
    const log = logger/* coreLogger */.W;
    const request = {
        root,
        recipes: inputs.recipe,
        dialect: inputs.dialect,
        options: {
            release: inputs.release,
            allFeatures: inputs['all-features'],
            features: (0,features/* parseFeatureArgs */.r)(inputs.features).features,
            verbose: inputs.verbose,
            offline: inputs.offline,
            measure: inputs.measure,
            ...(inputs.targets.length > 0 ? { targets: inputs.targets } : {}),
            ...(inputs.firmware ? { firmware: (0,external_node_path_.resolve)(workspace, inputs.firmware) } : {})
        },
        env: { ...env }
    };
    const prepared = (0,prepare/* prepareBuild */.y)(request);
    const { plan } = prepared;
    if (inputs.upload)
        checkArtifactFiles(plan);
    // Toolchain
    const pinned = readPinnedToolchain(root);
    const needs = toolchainNeeds(pinned, plan);
    if (inputs.toolchain === 'auto') {
        const ran = await ensureToolchains(needs, rustupIn(root, env));
        log.info(ran.length === 0
            ? `toolchains already installed: ${needs.map(n => n.toolchain).join(', ') || 'none pinned'}`
            : `installed: ${ran.map(a => a.join(' ')).join('; ')}`);
    }
    // Preflight: what the recipes need from the checkout and the machine, before any build.
    for (const w of checkCheckout(root, plan, env))
        core/* warning */.$e(w);
    // Caches
    const targetDir = (0,external_node_path_.join)(root, 'target');
    const backend = (0,runtime/* cacheBackend */.TG)(env);
    const localCacheDir = inputs['local-cache-dir']
        ? (0,external_node_path_.resolve)(workspace, inputs['local-cache-dir'])
        : (0,runtime/* defaultLocalCacheDir */.oD)(env);
    const restored = inputs.cache
        ? await restoreCaches((0,runtime/* cacheStore */.ww)(backend, localCacheDir, workspace), cacheSpecs(root, targetDir, plan, { prefix: inputs['cache-key-prefix'], ...(0,runtime/* runnerPlatform */.GQ)(env) }, rustcVersions(root, needs, env), inputs['firmware-cache-key'], env), { root, targetDir, backend })
        : [];
    const skip = firmwareStepsFromCache(plan, restored, root);
    (0,state/* savePostState */.L)({
        root,
        workspace,
        targetDir,
        jobStartMs,
        save: inputs.cache && shouldSaveCache(inputs['save-cache'], env),
        backend,
        localCacheDir,
        caches: restored.map(r => ({
            name: r.name,
            paths: r.paths,
            key: r.key,
            restoreKeys: r.restoreKeys,
            outcome: r.outcome,
            ...(r.matchedKey ? { matchedKey: r.matchedKey } : {})
        }))
    });
    // Build
    const result = await (0,build/* runBuild */.c)(request, {
        out: process.stdout,
        err: process.stderr,
        log,
        measure: builtin_measure/* builtinMeasure */.I,
        skip,
        ...(interrupt ? { interrupt } : {}),
        command: `svsm-build-action main step${env.GITHUB_RUN_ID ? ` (run ${env.GITHUB_RUN_ID}, job ${env.GITHUB_JOB ?? '?'})` : ''}`
    }, prepared);
    // Artifacts
    let artifact;
    let uploadError;
    if (inputs.upload && result.measurements.length > 0) {
        const name = inputs['artifact-name'] || defaultArtifactName(result, (0,runtime/* runnerPlatform */.GQ)(env));
        const staging = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `svsm-build-${process.pid}`, name);
        const files = stageArtifact(result, staging);
        const dir = inputs['local-artifact-dir']
            ? (0,external_node_path_.resolve)(workspace, inputs['local-artifact-dir'])
            : (0,external_node_path_.join)(root, 'bin', 'artifacts');
        try {
            artifact = await (0,runtime/* artifactStore */.iA)(dir, env).upload(name, files, staging, inputs['retention-days'] ? { retentionDays: inputs['retention-days'] } : {});
            log.info(`artifact ${artifact.name}: ${files.length} files${artifact.url ? `, ${artifact.url}` : ''}`);
        }
        catch (e) {
            // Fails the step, but only after the outputs and the summary (nothing else is lost).
            uploadError = new Error(`uploading artifact ${name} failed: ${e.message}`);
        }
    }
    setOutputs(result, restored, artifact);
    setPredicateOutputs(writePredicates((0,external_node_path_.join)(result.root, PREDICATE_DIR), result.measurements));
    if (inputs.summary)
        await writeSummary(result, restored, inputs, artifact);
    if (uploadError)
        throw uploadError;
}
function setOutputs(result, restored, artifact) {
    core/* setOutput */.uH('measurements', JSON.stringify(result.measurements));
    core/* setOutput */.uH('digests', JSON.stringify(Object.fromEntries(result.measurements.map(m => [m.target, m.launchDigest]))));
    core/* setOutput */.uH('igvm-files', JSON.stringify(result.measurements.map(m => (0,external_node_path_.join)(result.root, m.igvm))));
    core/* setOutput */.uH('measurements-file', (0,external_node_path_.join)(result.root, 'bin', 'measurements.json'));
    core/* setOutput */.uH('artifact-id', artifact?.id !== undefined ? String(artifact.id) : '');
    core/* setOutput */.uH('artifact-url', artifact?.url ?? '');
    core/* setOutput */.uH('cache-hit', cacheHit(restored, m => core/* info */.pq(m)));
    core/* setOutput */.uH('git-version', result.gitVersion);
}
/** For actions/attest: one predicate file per IGVM file; the single path when there is one file. */
function setPredicateOutputs(written) {
    core/* setOutput */.uH('attestation-predicates', JSON.stringify(written));
    core/* setOutput */.uH('attestation-predicate', written.length === 1 ? written[0].predicate : '');
}
async function writeSummary(result, restored, inputs, artifact) {
    const caches = inputs.cache
        ? restored.map(r => ({
            name: r.name,
            outcome: r.outcome,
            key: r.key,
            ...(r.matchedKey ? { matchedKey: r.matchedKey } : {})
        }))
        : [{ name: 'all', outcome: 'disabled' }];
    const md = (0,markdown/* renderReport */.B1)({
        measurements: result.measurements,
        caches,
        steps: result.steps,
        warnings: result.warnings,
        ...(artifact ? { artifact } : {})
    });
    await (0,summary/* appendSummary */.f)(md);
}
function rustupIn(root, env) {
    return {
        async run(args) {
            const r = (0,external_node_child_process_.spawnSync)('rustup', args, { cwd: root, env, encoding: 'utf8' });
            if (r.error)
                throw new errors/* PreflightError */.w(`rustup: ${r.error.message}; install rustup or set toolchain: skip`);
            if (r.status !== 0)
                throw new errors/* PreflightError */.w(`rustup ${args.join(' ')} failed (exit ${r.status}): ${r.stderr.trim()}`);
            return r.stdout;
        }
    };
}


/***/ }),

/***/ 33175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ savePostState),
/* harmony export */   c: () => (/* binding */ readPostState)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
// What main hands to post (core.saveState / getState), typed and validated.


const stateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    root: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    workspace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    targetDir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    jobStartMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    save: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    backend: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['github', 'local']),
    localCacheDir: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    caches: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        restoreKeys: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['exact', 'partial', 'miss']),
        matchedKey: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
    }))
});
const NAME = 'svsm-build';
function savePostState(s) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(NAME, JSON.stringify(s));
}
/** The state main left, or null when main stopped before the build (nothing to save). */
function readPostState() {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(NAME);
    if (!raw)
        return null;
    return stateSchema.parse(JSON.parse(raw));
}


/***/ }),

/***/ 10121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uh: () => (/* binding */ recordStamps),
/* harmony export */   xt: () => (/* binding */ applyStamps)
/* harmony export */ });
/* unused harmony exports STAMPS_FILE, GENERATED_FILES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// Cargo decides freshness by mtimes: in a fresh clone every source file is newer than the
// restored target/, so every workspace member would rebuild. We record, at save time, each source
// file's content hash and mtime; after a restore, a file whose content is unchanged gets its old
// mtime back. Changed files keep their new mtime and rebuild as they must. Small generated files
// (release/src/git_version.rs) are recorded with their content and written back.




const STAMPS_FILE = '.svsm-build-stamps.json';
const GENERATED_FILES = ['release/src/git_version.rs'];
const sha256 = (b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(b).digest('hex');
/** Tracked files (git ls-files); empty when the tree is not a git checkout. */
function trackedFiles(root) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
    return r.status === 0 ? r.stdout.split('\0').filter(Boolean) : [];
}
/** Writes the stamps into the target dir, so they travel with the target cache. */
function recordStamps(root, targetDir) {
    const stamps = { version: 1, files: {}, generated: {} };
    for (const f of trackedFiles(root)) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, f);
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(p);
            if (!st.isFile())
                continue;
            stamps.files[f] = { sha256: sha256((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(p)), mtimeMs: st.mtimeMs };
        }
        catch {
            // deleted in the work tree
        }
    }
    for (const f of GENERATED_FILES) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, f);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(p))
            stamps.generated[f] = { content: (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(p, 'utf8'), mtimeMs: (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(p).mtimeMs };
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(targetDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(targetDir, STAMPS_FILE), JSON.stringify(stamps));
    return Object.keys(stamps.files).length;
}
/** Gives unchanged files their recorded mtimes back; returns how many were reset and how many differ. */
function applyStamps(root, targetDir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(targetDir, STAMPS_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(file))
        return { reset: 0, changed: 0 };
    let stamps;
    try {
        stamps = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(file, 'utf8'));
    }
    catch {
        return { reset: 0, changed: 0 };
    }
    let reset = 0;
    let changed = 0;
    for (const [f, s] of Object.entries(stamps.files ?? {})) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, f);
        try {
            if (sha256((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(p)) !== s.sha256) {
                changed++;
                continue;
            }
            setMtime(p, s.mtimeMs);
            reset++;
        }
        catch {
            changed++;
        }
    }
    for (const [f, g] of Object.entries(stamps.generated ?? {})) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, f);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(p, 'utf8') !== g.content)
            continue;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(p), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(p, g.content);
        setMtime(p, g.mtimeMs);
    }
    return { reset, changed };
}
/** Seconds as a number keep the sub-millisecond part a Date would drop. */
const setMtime = (p, ms) => (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.utimesSync)(p, ms / 1000, ms / 1000);


/***/ }),

/***/ 7537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vE: () => (/* binding */ nothingToCache),
/* harmony export */   v_: () => (/* binding */ restoreSafely),
/* harmony export */   yV: () => (/* binding */ saveSafely)
/* harmony export */ });
/* unused harmony exports RESTORE_TIMEOUT_MS, SAVE_TIMEOUT_MS, withTimeout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11452);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17631);
// A cache is an optimisation: a service that is down, slow or read-only (fork pull requests) costs
// a warning, never the job, and never waits for ever.



const RESTORE_TIMEOUT_MS = Number(process.env.SVSM_BUILD_CACHE_RESTORE_TIMEOUT_MS ?? 10 * 60_000);
const SAVE_TIMEOUT_MS = Number(process.env.SVSM_BUILD_CACHE_SAVE_TIMEOUT_MS ?? 20 * 60_000);
async function restoreSafely(store, spec, log, timeoutMs = RESTORE_TIMEOUT_MS) {
    const bad = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyProblem */ .dD)(spec.name, spec.key, spec.restoreKeys);
    if (bad) {
        log.warn(`${bad}; not restored`);
        return { ...spec, outcome: 'miss' };
    }
    try {
        const matched = await withTimeout(store.restore(spec.paths, spec.key, spec.restoreKeys), timeoutMs, `restoring the ${spec.name} cache`);
        const outcome = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeOf */ .s)(spec.key, matched);
        log.info(`${spec.name} cache: ${outcome}${matched ? ` (${matched})` : ` (no entry for ${spec.key})`}`);
        return { ...spec, outcome, ...(matched ? { matchedKey: matched } : {}) };
    }
    catch (e) {
        log.warn(`${spec.name} cache not restored: ${e.message}`);
        return { ...spec, outcome: 'miss' };
    }
}
/** A cache with none of its paths on disk has nothing to save (and is not a failed save). */
const nothingToCache = (spec) => !spec.paths.some(p => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
/**
 * saved only when the store says it took the entry; skipped (a note) when there is nothing to
 * cache; failed (a warning naming the cache and the cause) when the service refused, failed or
 * timed out.
 */
async function saveSafely(store, spec, log, timeoutMs = SAVE_TIMEOUT_MS) {
    if (nothingToCache(spec)) {
        log.info(`${spec.name} cache: nothing to save (${spec.paths.join(', ')} not there); skipped`);
        return 'skipped';
    }
    const bad = (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyProblem */ .dD)(spec.name, spec.key, []);
    if (bad) {
        log.warn(`${bad}; not saved`);
        return 'failed';
    }
    try {
        await withTimeout(store.save(spec.paths, spec.key), timeoutMs, `saving the ${spec.name} cache`);
        log.info(`${spec.name} cache saved as ${spec.key}`);
        return 'saved';
    }
    catch (e) {
        log.warn(`${spec.name} cache not saved: ${e.message}`);
        return 'failed';
    }
}
function withTimeout(p, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s; going on without it`)), ms);
        timer.unref();
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 17631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ combineOutcomes),
/* harmony export */   s: () => (/* binding */ outcomeOf)
/* harmony export */ });
function outcomeOf(key, matched) {
    return matched === undefined ? 'miss' : matched === key ? 'exact' : 'partial';
}
/** exact when every cache hit exactly, miss when none hit, partial otherwise. */
function combineOutcomes(outcomes) {
    if (outcomes.length > 0 && outcomes.every(o => o === 'exact'))
        return 'exact';
    if (outcomes.every(o => o === 'miss'))
        return 'miss';
    return 'partial';
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ escapeText),
/* harmony export */   a: () => (/* binding */ code)
/* harmony export */ });
// Untrusted text (recipe paths, features, git versions, anything from a fork) in markdown tables:
// no HTML, no table breaks, no line breaks, no mentions or links that trigger anything.
function escapeText(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/@/g, '&#64;')
        .replace(/[\r\n]+/g, ' ')
        .replace(/([\\*_[\]()#!~])/g, '\\$1');
}
/**
 * Inline code that cannot be broken out of: GitHub still reads markdown inside inline HTML, so
 * every character markdown gives a meaning becomes an entity (rendered as itself).
 */
function code(s) {
    const text = s.replace(/&/g, '&amp;').replace(/[\r\n]+/g, ' ');
    return `<code>${text.replace(/[<>|@`[\]()*_~\\#!]/g, c => `&#${c.charCodeAt(0)};`)}</code>`;
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   Xq: () => (/* binding */ formatSize)
/* harmony export */ });
/* unused harmony export renderMeasurementsTable */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = bytes / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}
const flagList = (m) => [m.checkKvm ? 'check-kvm' : '', m.nativeZero ? 'native-zero' : ''].filter(Boolean).join(', ') || 'none';
function renderMeasurementsTable(ms) {
    const rows = ms.map(m => `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(m.target)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.igvm)} | ${formatSize(m.size)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.launchDigest)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(m.platforms.join(', '))} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.policy)} | ${flagList(m)} |`);
    return [
        '| Target | IGVM file | Size | SEV-SNP launch digest | Platforms | Policy | Measure flags |',
        '|---|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
function renderInputs(ms) {
    const rows = [];
    const seen = new Set();
    for (const m of ms) {
        const features = Object.entries(m.features)
            .filter(([, f]) => f.length > 0)
            .map(([c, f]) => `${c}: ${f.join(',')}`)
            .join('; ');
        const row = `| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.recipe)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.recipeSha256.slice(0, 16))} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.gitVersion || '(empty)')} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(m.toolchain ?? 'unknown')} | ${m.profile} | ${m.allFeatures ? 'all' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(features || 'none')} | ${m.firmware ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.firmware.path)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.firmware.sha256.slice(0, 16))}` : 'none'} |`;
        if (seen.has(row))
            continue;
        seen.add(row);
        rows.push(row);
    }
    return [
        '| Recipe | Recipe sha256 | Git version | Toolchain | Profile | Features | Firmware |',
        '|---|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
function renderFiles(ms) {
    return ms.map(m => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(m.target)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.igvm)} sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(m.sha256)}`).join('<br>\n');
}
/** TDX MRTDs, for images with a TDX platform: computed by svsm-build only, and said so. */
function renderMrtds(ms) {
    const rows = ms.flatMap(m => {
        const t = m.details?.tdxMrtd;
        return typeof t?.value === 'string' ? [`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(m.target)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(t.value)} |`] : [];
    });
    if (rows.length === 0)
        return null;
    return [
        '| Target | TDX MRTD (computed by svsm-build after the igvm crate; no COCONUT tool computes it) |',
        '|---|---|',
        ...rows
    ].join('\n');
}
function renderReport(r) {
    const out = [];
    const n = r.measurements.length;
    out.push(`### ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(r.title ?? 'svsm-build')}: ${n} IGVM file${n === 1 ? '' : 's'}`);
    out.push('');
    if (n > 0) {
        out.push(renderMeasurementsTable(r.measurements), '');
        out.push(renderInputs(r.measurements), '');
        const mrtds = renderMrtds(r.measurements);
        if (mrtds)
            out.push(mrtds, '');
        out.push('<details><summary>File hashes</summary>', '', renderFiles(r.measurements), '', '</details>', '');
    }
    else {
        out.push('No IGVM file was built.', '');
    }
    for (const s of r.sections ?? [])
        out.push(s, '');
    if (r.artifact) {
        out.push(`Artifact: ${r.artifact.url ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(r.artifact.name)}](${encodeURI(r.artifact.url)})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(r.artifact.name)}`, '');
    }
    if (r.caches && r.caches.length > 0) {
        out.push('| Cache | Result | Key |', '|---|---|---|');
        for (const c of r.caches)
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(c.name)} | ${c.outcome} | ${c.matchedKey ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(c.matchedKey) : c.key ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .a)(c.key) : ''} |`);
        out.push('');
    }
    if (r.steps && r.steps.length > 0) {
        const total = r.steps.reduce((a, s) => a + s.ms, 0);
        out.push(`<details><summary>Build steps (${r.steps.length}, ${(total / 1000).toFixed(1)} s)</summary>`, '', '| Step | Time | Status |', '|---|---|---|');
        for (const s of r.steps)
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(s.title)} | ${(s.ms / 1000).toFixed(1)} s | ${s.status} |`);
        out.push('', '</details>', '');
    }
    if (r.warnings && r.warnings.length > 0) {
        out.push('<details><summary>Warnings</summary>', '', ...r.warnings.map(w => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(w)}`), '', '</details>', '');
    }
    return out.join('\n');
}


/***/ })

};
