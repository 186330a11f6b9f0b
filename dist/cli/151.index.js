export const id = 151;
export const ids = [151];
export const modules = {

/***/ 1151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reproduceCommand: () => (/* binding */ reproduceCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/recipe/errors.ts
var errors = __webpack_require__(4599);
// EXTERNAL MODULE: ./src/run/interrupt.ts
var run_interrupt = __webpack_require__(7214);
// EXTERNAL MODULE: ./src/run/runner.ts + 6 modules
var runner = __webpack_require__(7146);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/reproduce/compare.ts
/** Host tools carry their build directory in debug info: a clone elsewhere gives other bytes. */
const TOOL_NOTE = 'same package version; host binaries embed the directory they were built in, so this alone does not change an IGVM file';
const list = (v) => (v && v.length > 0 ? v.join(',') : '(none)');
const orNone = (v) => v ?? '(none)';
/** Input facts that change the bytes, as name → printable value. */
function inputFacts(m) {
    const i = m.inputs;
    const facts = {
        'recipe sha256': m.recipeSha256,
        'git version (git describe)': m.gitVersion,
        profile: m.profile,
        'all features': String(m.allFeatures),
        toolchain: orNone(m.toolchain),
        'firmware sha256': orNone(m.firmware?.sha256),
        'measured by': m.measuredBy
    };
    for (const [component, features] of Object.entries(m.features))
        facts[`features of ${component}`] = list(features);
    if (i) {
        facts['svsm commit'] = orNone(i.source.commit);
        facts['uncommitted changes'] = i.source.dirty ? list(i.source.dirtyFiles) : '(none)';
        facts['Cargo.lock sha256'] = orNone(i.source.cargoLockSha256);
        facts['-f features'] = list(i.options.features);
        facts.offline = String(i.options.offline);
        facts['igvmbuilder sha256'] = orNone(i.tools.igvmbuilder?.sha256);
        facts['igvmmeasure sha256'] = orNone(i.tools.igvmmeasure?.sha256);
        facts['remap-paths'] = String(i.options.remapPaths ?? false);
    }
    const b = i?.build;
    if (b) {
        facts.checkout = b.checkout;
        facts.CARGO_HOME = orNone(b.cargoHome);
        facts.rustc = b.rustc ? `${b.rustc.version}, LLVM ${orNone(b.rustc.llvmVersion)}` : '(none)';
        facts.linker = b.linker ? `${b.linker.name} (${orNone(b.linker.version)})` : '(none)';
        facts['path remapping'] =
            b.remap.length > 0 ? b.remap.map(r => `${r.by}: ${r.flags.join(' ')}`).join('; ') : '(none)';
        facts['embedded build paths'] =
            b.embeddedPaths.length > 0
                ? b.embeddedPaths
                    .map(e => `${e.what} ${e.prefix} (${Object.entries(e.files)
                    .map(([f, n]) => `${n} in ${f}`)
                    .join(', ')})`)
                    .join('; ')
                : '(none)';
    }
    return facts;
}
function compareRecord(recorded, rebuilt) {
    const base = { recipe: recorded.recipe, target: recorded.target, igvm: recorded.igvm };
    if (!rebuilt) {
        return {
            ...base,
            missing: true,
            inputs: [],
            outputs: [
                { field: 'sha256', recorded: recorded.sha256, rebuilt: '(not built)', equal: false },
                { field: 'launch digest', recorded: recorded.launchDigest, rebuilt: '(not built)', equal: false }
            ]
        };
    }
    const a = inputFacts(recorded);
    const b = inputFacts(rebuilt);
    const inputs = [...new Set([...Object.keys(a), ...Object.keys(b)])]
        .filter(k => a[k] !== b[k])
        .map(field => ({
        field,
        recorded: a[field] ?? '(not recorded)',
        rebuilt: b[field] ?? '(not recorded)',
        ...(toolOnlyMoved(field, recorded, rebuilt) ? { note: TOOL_NOTE } : {})
    }));
    return {
        ...base,
        missing: false,
        inputs,
        outputs: [
            {
                field: 'sha256',
                recorded: recorded.sha256,
                rebuilt: rebuilt.sha256,
                equal: recorded.sha256 === rebuilt.sha256
            },
            {
                field: 'launch digest',
                recorded: recorded.launchDigest,
                rebuilt: rebuilt.launchDigest,
                equal: recorded.launchDigest === rebuilt.launchDigest
            }
        ]
    };
}
function toolOnlyMoved(field, a, b) {
    const name = /^(igvmbuilder|igvmmeasure) sha256$/.exec(field)?.[1];
    if (!name)
        return false;
    const x = a.inputs?.tools[name];
    const y = b.inputs?.tools[name];
    return !!x && !!y && x.version === y.version && x.profile === y.profile;
}
const reproduced = (c) => c.outputs.every(o => o.equal);

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(9397);
// EXTERNAL MODULE: ./src/util/write-atomic.ts
var write_atomic = __webpack_require__(2093);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/record/recorded-inputs.ts
var recorded_inputs = __webpack_require__(3431);
// EXTERNAL MODULE: ./src/util/input-file.ts
var input_file = __webpack_require__(5939);
// EXTERNAL MODULE: ./src/util/git.ts
var util_git = __webpack_require__(3968);
;// CONCATENATED MODULE: ./src/reproduce/records.ts
// The record side of a rebuild: records that say what a rebuild needs, grouped by the build that
// made them, checked against the svsm tree (commit, uncommitted changes, Cargo.lock), and the
// firmware they were built with. Every refusal is a ReproduceInputError: one line, exit code 2.








/** A record, a tree or a machine reproduce cannot work with: exit code 2. */
class ReproduceInputError extends util_errors/* BadInput */.kp {
    name = 'ReproduceInputError';
}
const sha256Of = (path) => (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex');
/** Records that say what a rebuild needs. */
function loadRebuildableRecords(source) {
    const { file, records } = (0,load/* loadRecords */.ff)(source, { untrustedNames: true });
    records.forEach((m, i) => {
        if (!m.inputs)
            throw new ReproduceInputError(`${file}: [${i}] (${m.target}, ${m.igvm}) has no "inputs": it was written by an svsm-build that did not record what a rebuild needs`);
        if (!m.inputs.source.commit)
            throw new ReproduceInputError(`${file}: [${i}].inputs.source.commit is null: the build did not run in a git checkout, so there is no commit to rebuild`);
    });
    return { file, records };
}
/** Records made by one build (same commit, options and place) are rebuilt together, as they were built. */
function groupRecords(records) {
    const groups = new Map();
    for (const m of records) {
        const i = m.inputs;
        const place = i.build ? [i.build.checkout, i.build.cargoHome, i.build.remap] : null;
        const key = JSON.stringify([i.source.commit, i.options, place]);
        const g = groups.get(key) ?? {
            commit: i.source.commit,
            gitVersion: m.gitVersion,
            options: i.options,
            build: i.build,
            records: []
        };
        g.records.push(m);
        groups.set(key, g);
    }
    return [...groups.values()];
}
/** The tree against the record: each difference says what it means for the rebuild. */
function checkTree(svsm, g) {
    const first = g.records[0].inputs.source;
    const checks = [];
    const head = (0,util_git/* git */.$)(svsm, ['rev-parse', '--verify', '-q', 'HEAD']).out.trim();
    if (!(0,util_git/* git */.$)(svsm, ['cat-file', '-e', `${g.commit}^{commit}`]).ok)
        throw new ReproduceInputError(`--svsm ${svsm}: the recorded commit ${g.commit} (${g.gitVersion}) is not in this repository; fetch it first (git fetch origin ${g.commit})`);
    checks.push(head === g.commit
        ? { check: 'commit', ok: true, message: `the tree is at the recorded commit ${g.commit}` }
        : {
            check: 'commit',
            ok: false,
            message: `the tree is at ${head || '(no commit)'}, the record at ${g.commit}: the rebuild uses a clone of the recorded commit`
        });
    const changed = (0,recorded_inputs/* changedPaths */.vl)(svsm) ?? [];
    if (changed.length > 0)
        checks.push({
            check: 'dirty',
            ok: false,
            message: `the tree has uncommitted changes (${changed.length} path(s), untracked files and submodules included); they are not part of the rebuild`
        });
    if (first.dirty)
        checks.push({
            check: 'dirty',
            ok: false,
            message: `the record was built with uncommitted changes to ${first.dirtyFiles.join(', ')}; the rebuild has only the commit, so those changes explain any difference`
        });
    if (changed.length === 0 && !first.dirty)
        checks.push({
            check: 'dirty',
            ok: true,
            message: 'neither the record nor the tree has uncommitted changes'
        });
    const lock = (0,util_git/* git */.$)(svsm, ['show', `${g.commit}:Cargo.lock`]);
    const atCommit = lock.ok ? (0,external_node_crypto_.createHash)('sha256').update(lock.out).digest('hex') : null;
    checks.push(atCommit === first.cargoLockSha256
        ? {
            check: 'Cargo.lock',
            ok: true,
            message: `Cargo.lock at the recorded commit has the recorded sha256`
        }
        : {
            check: 'Cargo.lock',
            ok: false,
            message: `Cargo.lock at the recorded commit has sha256 ${atCommit ?? '(no file)'}, the record ${first.cargoLockSha256 ?? '(no file)'}: the recorded build used another lock file (changed but not committed, or rewritten by cargo)`
        });
    return checks;
}
/** The firmware of the recorded build: --firmware, or the recorded path (absolute, in the tree, or here). */
function findFirmware(svsm, given, g) {
    const recorded = g.records.find(m => m.firmware)?.firmware;
    if (!recorded)
        return null;
    if (given) {
        const p = (0,external_node_path_.resolve)(given);
        const problem = (0,input_file/* regularFileProblem */.Qn)(p, input_file/* MAX_FIRMWARE_BYTES */.rg);
        if (problem)
            throw new ReproduceInputError(`--firmware ${given}: ${problem}`);
        return { path: p, sha256: sha256Of(p) };
    }
    const candidates = (0,external_node_path_.isAbsolute)(recorded.path)
        ? [recorded.path]
        : [(0,external_node_path_.resolve)(svsm, recorded.path), (0,external_node_path_.resolve)(recorded.path)];
    // Only the file the record pins by sha256: a hand-edited path reaches igvmbuilder no other way.
    const found = (0,load/* findRecordedFile */.cP)(candidates, recorded.sha256, input_file/* MAX_FIRMWARE_BYTES */.rg);
    if (!found)
        throw new ReproduceInputError(`the record's firmware ${recorded.path} (sha256 ${recorded.sha256}) is not at ${candidates.join(' nor ')} (no regular file with that sha256); pass --firmware FILE`);
    return { path: found, sha256: sha256Of(found) };
}

;// CONCATENATED MODULE: ./src/reproduce/namespace.ts
// A rebuild at recorded paths that are taken on this machine runs in a private mount namespace:
// the clone (and a fresh CARGO_HOME) bind-mounted over those paths, visible only to the rebuild,
// gone when it ends. `unshare -m` as root, `unshare --mount --map-root-user` otherwise; whether
// either works is probed (a bind mount in a scratch folder), never assumed. svsm-build runs itself
// again inside (`reproduce --in-namespace SPEC`, not a user flag), mounts, builds, and hands the
// records back in a file.







/** The argument that marks svsm-build's own run inside the namespace. */
const IN_NAMESPACE = '--in-namespace';
/** The first way to a private mount namespace that works here, or why none does. */
function probeNamespace(scratch) {
    const ways = [];
    if (process.getuid?.() === 0)
        ways.push(['unshare', '--mount', '--propagation', 'private']);
    ways.push(['unshare', '--mount', '--map-root-user', '--propagation', 'private']);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(scratch, 'probe-'));
    const [a, b] = [(0,external_node_path_.join)(dir, 'a'), (0,external_node_path_.join)(dir, 'b')];
    (0,external_node_fs_.mkdirSync)(a);
    (0,external_node_fs_.mkdirSync)(b);
    let error = '';
    try {
        for (const argv of ways) {
            const r = (0,external_node_child_process_.spawnSync)(argv[0], [...argv.slice(1), '--', 'mount', '--bind', a, b], { encoding: 'utf8' });
            if (r.status === 0)
                return { argv };
            error = `${argv.join(' ')}: ${r.error ? r.error.message : (r.stderr ?? '').trim().split('\n').pop()}`;
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    return { error };
}
/**
 * Runs svsm-build (`self`: node and its entry) in the namespace with the spec; its output goes to
 * `out`; the records it wrote come back.
 */
async function rebuildInNamespace(ns, self, spec, env, out, scratch, interrupt) {
    const specFile = (0,external_node_path_.join)(scratch, 'namespace-spec.json');
    (0,write_atomic/* writeFileAtomic */.Z)(specFile, JSON.stringify(spec));
    const argv = [...ns.argv, '--', ...self, 'reproduce', IN_NAMESPACE, specFile];
    const code = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.pipe(out, { end: false });
        child.stderr.pipe(out, { end: false });
        // The run inside stops its commands as a build does; the signal is passed on to it.
        const stop = interrupt?.listen(signal => child.kill(signal));
        child.on('error', e => (stop?.(), reject(e)));
        child.on('close', code => (stop?.(), resolve(code)));
    });
    if (interrupt?.signal)
        throw new run_interrupt/* Interrupted */.j$(interrupt.signal, `interrupted by ${interrupt.signal} during the rebuild in a private mount namespace`);
    let answer;
    try {
        answer = JSON.parse((0,external_node_fs_.readFileSync)(spec.result, 'utf8'));
    }
    catch {
        throw new ReproduceInputError(`the rebuild in a private mount namespace (${ns.argv.join(' ')}) ended with exit code ${code} and no result`);
    }
    if (answer.error !== undefined)
        throw new ReproduceInputError(answer.error);
    return (0,load/* parseRecords */.Q4)(answer.records, `${spec.result} (the rebuild's records)`, { allowEmpty: true });
}
/** Inside: the mounts (each over a folder that is there), then `build`; its records or its error go to the result file. */
async function insideNamespace(specFile, build) {
    const spec = JSON.parse((0,external_node_fs_.readFileSync)(specFile, 'utf8'));
    try {
        for (const m of spec.mounts) {
            const r = (0,external_node_child_process_.spawnSync)('mount', ['--bind', m.source, m.target], { encoding: 'utf8' });
            if (r.status !== 0)
                throw new ReproduceInputError(`mount --bind ${m.source} ${m.target} in the private mount namespace: ${r.error?.message ?? (r.stderr ?? '').trim()}`);
        }
        (0,write_atomic/* writeFileAtomic */.Z)(spec.result, JSON.stringify({ records: await build(spec.rebuild) }));
        return 0;
    }
    catch (e) {
        (0,write_atomic/* writeFileAtomic */.Z)(spec.result, JSON.stringify({ error: e.message }));
        return 2;
    }
}

// EXTERNAL MODULE: ./src/engine/build.ts + 1 modules
var build = __webpack_require__(8120);
// EXTERNAL MODULE: ./src/engine/builtin-measure.ts
var builtin_measure = __webpack_require__(6092);
// EXTERNAL MODULE: ./src/engine/cargo-config.ts
var cargo_config = __webpack_require__(1289);
// EXTERNAL MODULE: ./src/engine/prepare.ts + 18 modules
var prepare = __webpack_require__(3369);
// EXTERNAL MODULE: ./src/plan/features.ts
var features = __webpack_require__(2412);
// EXTERNAL MODULE: ./src/run/tools.ts
var tools = __webpack_require__(3102);
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
const isEmptyDir = (p) => !existsSync(p) || readdirSync(p).length === 0;
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
    return requiredSubmodules(root, plan).filter(p => isEmptyDir(join(root, p)));
}
function submoduleError(missing) {
    return (`missing submodule${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (empty or absent). ` +
        'Check out svsm with its submodules: in a workflow, actions/checkout with `submodules: recursive`; ' +
        'locally, `git submodule update --init --recursive`.');
}
/** C tools libtcgtpm's build calls; missing ones, with what provides them. */
function missingCTools(path = process.env.PATH ?? '') {
    const missing = [];
    if (!findOnPath('cmake', path))
        missing.push('cmake');
    if (!findOnPath('pkg-config', path) && !findOnPath('pkgconf', path))
        missing.push('pkg-config');
    if (!['cc', 'gcc', 'clang'].some(c => findOnPath(c, path)))
        missing.push('a C compiler (cc, gcc or clang)');
    return missing;
}
const gitOut = (root, args) => {
    const r = git(root, args);
    return r.ok ? r.out.trim() : null;
};
function gitState(root) {
    const isRepo = gitOut(root, ['rev-parse', '--git-dir']) !== null;
    if (!isRepo)
        return { describe: '', shallow: false, tags: false, dirty: false, isRepo };
    return {
        describe: (gitOut(root, ['describe', '--always', '--dirty=+']) ?? '').replace(/^v/, ''),
        shallow: gitOut(root, ['rev-parse', '--is-shallow-repository']) === 'true',
        tags: (gitOut(root, ['tag', '--list']) ?? '') !== '',
        dirty: (gitOut(root, ['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
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
        throw new PreflightError(submoduleError(missing));
    if (usesVtpm(plan)) {
        const tools = missingCTools(env.PATH);
        if (tools.length > 0) {
            throw new PreflightError(`the vTPM (feature vtpm) is built with C tools that are missing: ${tools.join(', ')}. ` +
                'On Ubuntu runners: `sudo apt-get install -y build-essential cmake pkg-config`.');
        }
    }
    return gitWarnings(gitState(root));
}

// EXTERNAL MODULE: ./src/run/process.ts
var run_process = __webpack_require__(8016);
;// CONCATENATED MODULE: ./src/reproduce/clone.ts
// The clone a rebuild runs in, offline: the recorded commit from the local checkout's objects (a
// local clone copies or hard-links them, so the clone stands alone even where a mount later hides
// the checkout), and only the submodules the recorded recipes need, each cloned from the local
// checkout's own copy of it (and theirs, recursively), never from its URL.





function run(cwd, args, what) {
    const r = (0,util_git/* git */.$)(cwd, args);
    if (!r.ok)
        throw new ReproduceInputError(`${what}: git ${args.join(' ')}: ${r.err.split('\n').pop() ?? ''}`);
    return r.out;
}
/** Submodule path → name, from a tree's .gitmodules (none when it has none). */
function submodules(root) {
    const out = new Map();
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.gitmodules')))
        return out;
    const r = (0,util_git/* git */.$)(root, ['config', '-f', '.gitmodules', '--get-regexp', '^submodule\\..*\\.path$']);
    for (const line of r.out.split('\n')) {
        const m = /^submodule\.(.+)\.path (.+)$/.exec(line.trim());
        if (m)
            out.set(m[2], m[1]);
    }
    return out;
}
/** The local repository holding a submodule of `source`: its work tree, or `.git/modules/<name>`. */
function localCopy(source, path, name) {
    const tree = (0,external_node_path_.join)(source, path);
    const top = (0,util_git/* git */.$)(tree, ['rev-parse', '--show-toplevel']);
    if (top.ok && (0,external_node_path_.resolve)(top.out.trim()) === (0,external_node_path_.resolve)(tree))
        return tree;
    const gitDir = (0,util_git/* git */.$)(source, ['rev-parse', '--absolute-git-dir']);
    const modules = gitDir.ok ? (0,external_node_path_.join)(gitDir.out.trim(), 'modules', name) : null;
    return modules && (0,external_node_fs_.existsSync)(modules) ? modules : null;
}
/** `root` becomes a clone of `svsm` at `commit` (its parent folders made as needed). */
function cloneAt(svsm, commit, root) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(root), { recursive: true });
    const what = `the clone of ${commit}`;
    run((0,external_node_path_.dirname)(root), ['clone', '-q', '--no-checkout', (0,external_node_path_.resolve)(svsm), root], what);
    run(root, ['checkout', '-q', '--detach', commit], what);
}
/**
 * Initialises `paths` (submodules of `root`; `all` for every one) from `source`'s local copies, and
 * theirs recursively. A submodule the source does not have is named with how to get it.
 */
function initSubmodules(source, root, paths) {
    const done = [];
    const modules = submodules(root);
    for (const [path, name] of modules) {
        if (paths !== 'all' && !paths.includes(path))
            continue;
        const from = localCopy(source, path, name);
        if (!from) {
            // Below the top level, what the local checkout does not have was not in its build either.
            if (paths === 'all')
                continue;
            throw new ReproduceInputError(`submodule ${path} (needed by the recorded recipes) is not checked out in ${source}; the rebuild takes it from there, offline: run ${(0,run_process/* displayArgv */.zq)(['git', '-C', source, 'submodule', 'update', '--init', '--recursive', '--', path])}`);
        }
        const what = `submodule ${path} of the clone (from ${from})`;
        run(root, ['submodule', 'init', '--', path], what);
        run(root, ['config', `submodule.${name}.url`, from], what);
        // A local path is the `file` transport, which git refuses for submodules unless allowed.
        run(root, ['-c', 'protocol.file.allow=always', 'submodule', 'update', '--no-recommend-shallow', '--', path], what);
        done.push(path, ...initSubmodules((0,external_node_path_.join)(source, path), (0,external_node_path_.join)(root, path), 'all').map(p => `${path}/${p}`));
    }
    return done;
}

;// CONCATENATED MODULE: ./src/reproduce/rebuild.ts
// One group's rebuild: the clone at the place rebuildPlace chose (a temporary folder, the recorded
// checkout path, or a temporary folder mounted there), a CARGO_HOME at the recorded path when the
// bytes need it, the submodules the recorded recipes need, and the build with the recorded options
// (remapping included), in this process or in a private mount namespace. What it made in place
// is removed afterwards; what was there before is left as it was.











/** The build request of a recorded group, in a tree at `root`. */
function rebuildRequest(g, root, firmware, env) {
    const o = g.options;
    return {
        root,
        recipes: o.recipes,
        dialect: o.dialect,
        options: {
            release: o.release,
            allFeatures: o.allFeatures,
            features: (0,features/* parseFeatureArgs */.r)(o.features).features,
            verbose: false,
            offline: o.offline,
            measure: o.measure,
            ...(o.targets ? { targets: o.targets } : {}),
            ...(firmware ? { firmware } : {}),
            ...(o.remapPaths ? { remapPaths: true } : {})
        },
        env: { ...env }
    };
}
async function buildRequest(req, io) {
    const result = await (0,build/* runBuild */.c)(req, {
        out: io.buildOut,
        err: io.buildOut,
        log: io.log,
        measure: builtin_measure/* builtinMeasure */.I,
        ...(io.interrupt ? { interrupt: io.interrupt } : {})
    });
    return result.measurements;
}
/**
 * What will be made at `path`, checked again now (a build of another group may have run since the
 * place was chosen): nothing there (not even a link), or an empty folder. Anything else is refused.
 */
function madeAt(path, made) {
    if (made.some(m => m.path === path || path.startsWith(`${m.path}/`)))
        return null;
    const st = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    if (st) {
        if (st.isDirectory() && (0,external_node_fs_.readdirSync)(path).length === 0)
            return { path, remove: 'contents' };
        throw new ReproduceInputError(`${path}: something is there now that was not when the rebuild's place was chosen; it is left as it is: move it away and run reproduce again`);
    }
    let top = path;
    while (!(0,external_node_fs_.lstatSync)((0,external_node_path_.dirname)(top), { throwIfNoEntry: false }))
        top = (0,external_node_path_.dirname)(top);
    return { path: top, remove: 'folder' };
}
function undo(m) {
    if (m.remove === 'folder')
        (0,external_node_fs_.rmSync)(m.path, { recursive: true, force: true });
    else if ((0,external_node_fs_.lstatSync)(m.path, { throwIfNoEntry: false })?.isDirectory())
        for (const e of (0,external_node_fs_.readdirSync)(m.path))
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(m.path, e), { recursive: true, force: true });
}
/** What a fresh CARGO_HOME shares with the caller's: the registry index, the crate cache, the git database. */
const CARGO_HOME_LINKS = [(0,external_node_path_.join)('registry', 'index'), (0,external_node_path_.join)('registry', 'cache'), (0,external_node_path_.join)('git', 'db')];
/** A fresh CARGO_HOME: the caller's registry index, crate cache and git database linked (offline), its config copied. */
function makeCargoHome(dir, from) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    if (!from || !(0,external_node_fs_.existsSync)(from))
        return;
    for (const link of CARGO_HOME_LINKS) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(from, link)))
            continue;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(dir, link)), { recursive: true });
        (0,external_node_fs_.symlinkSync)((0,external_node_path_.join)(from, link), (0,external_node_path_.join)(dir, link));
    }
    for (const config of ['config.toml', 'config'])
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(from, config)))
            (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(from, config), (0,external_node_path_.join)(dir, config));
}
/** The clone at `root` with the submodules the recorded recipes need; returns those it initialised. */
function prepareClone(svsm, g, root, firmware, env) {
    cloneAt(svsm, g.commit, root);
    const { plan } = (0,prepare/* prepareBuild */.y)(rebuildRequest(g, root, firmware, env));
    return initSubmodules(svsm, root, requiredSubmodules(root, plan));
}
async function rebuildGroup(a) {
    const { svsm, g, place, env, io, scratch } = a;
    (0,external_node_fs_.mkdirSync)(scratch, { recursive: true });
    // A copy of the firmware where no mount can hide it.
    let firmware = null;
    if (a.firmware) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(scratch, 'firmware'), { recursive: true });
        firmware = (0,external_node_path_.join)(scratch, 'firmware', (0,external_node_path_.basename)(a.firmware));
        (0,external_node_fs_.cpSync)(a.firmware, firmware);
    }
    if (place.at === 'anywhere') {
        const root = (0,external_node_path_.join)(scratch, 'svsm');
        prepareClone(svsm, g, root, firmware, env);
        io.log.info(`rebuilding ${g.commit} (${g.gitVersion}) in ${root}`);
        const records = await buildRequest(rebuildRequest(g, root, firmware, env), io);
        return { clone: root, records, how: `in a temporary clone (${place.why})`, cleanup: () => { } };
    }
    const made = [];
    const mounts = [];
    const mine = (0,cargo_config/* cargoHomeOf */.nN)(process.cwd(), env);
    const cleanup = () => {
        if (!a.keep)
            made.forEach(undo);
        else if (made.length > 0)
            io.log.info(`kept what the rebuild made in place: ${made.map(m => m.path).join(', ')}`);
    };
    try {
        let clone = place.checkout;
        for (const n of place.needs) {
            if (n.state === 'yours')
                continue;
            const here = n.state === 'free';
            const dir = here ? n.path : (0,external_node_path_.join)(scratch, n.what === 'checkout' ? 'svsm' : 'cargo-home');
            if (here) {
                const m = madeAt(n.path, made);
                if (m)
                    made.push(m);
            }
            else
                mounts.push({ source: dir, target: n.path });
            if (n.what === 'checkout') {
                prepareClone(svsm, g, dir, firmware, env);
                clone = dir;
            }
            else
                makeCargoHome(dir, mine);
        }
        const buildEnv = { ...env, ...(place.cargoHome ? { CARGO_HOME: place.cargoHome } : {}) };
        const at = `at the recorded paths ${place.checkout}${place.cargoHome ? ` and CARGO_HOME ${place.cargoHome}` : ''}`;
        io.log.info(`rebuilding ${g.commit} (${g.gitVersion}) ${at}`);
        const request = rebuildRequest(g, place.checkout, firmware, buildEnv);
        if (mounts.length === 0)
            return {
                clone,
                records: await buildRequest(request, io),
                how: `${at} (made in place) because ${place.why}`,
                cleanup
            };
        const records = await rebuildInNamespace(a.namespace, a.self, 
        // The environment goes to the process, not into the spec file.
        { mounts, rebuild: { ...request, env: {} }, result: (0,external_node_path_.join)(scratch, 'namespace-result.json') }, buildEnv, io.buildOut, scratch, io.interrupt);
        return {
            clone,
            records,
            how: `${at} (in a private mount namespace: ${a.namespace.argv.join(' ')}) because ${place.why}`,
            cleanup
        };
    }
    catch (e) {
        cleanup();
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/reproduce/render.ts

function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
    return rows.map(r => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n');
}
const verdict = (c) => c.missing ? 'not rebuilt' : reproduced(c) ? 'reproduced' : 'DIFFERS';
/** What explains a difference: the inputs that differ, or the admission that none does. */
function explanation(c) {
    if (reproduced(c))
        return [];
    if (c.missing)
        return ['the rebuild made no such file (recipe or targets differ)'];
    const inputs = c.inputs.length === 0
        ? ['no recorded input differs: something the record does not capture changed the bytes']
        : c.inputs.map(d => `${d.field}: recorded ${d.recorded}, rebuilt ${d.rebuilt}${d.note ? ` (${d.note})` : ''}`);
    // What `diff` says of the two files (the same words as `svsm-build diff`), when they were at hand.
    return c.imageDiff
        ? [...inputs, 'svsm-build diff of the recorded and the rebuilt file:', ...c.imageDiff.map(l => `  ${l}`)]
        : inputs;
}
function renderReproduceText(outcomes) {
    const out = [];
    for (const o of outcomes) {
        out.push(`Rebuild of ${o.group.commit} (${o.group.gitVersion}), recipes ${o.group.options.recipes.join(', ')}`);
        for (const c of o.checks)
            out.push(`  ${c.ok ? 'ok  ' : 'note'}  ${c.check}: ${c.message}`);
        if (o.firmware)
            out.push(`  firmware: ${o.firmware.path} (sha256 ${o.firmware.sha256})`);
        out.push(`  rebuilt ${o.rebuilt}`, '');
        const rows = [['target', 'igvm', 'output', 'recorded', 'rebuilt', 'result']];
        for (const c of o.comparisons)
            for (const d of c.outputs)
                rows.push([c.target, c.igvm, d.field, d.recorded, d.rebuilt, d.equal ? 'equal' : 'DIFFERS']);
        out.push(table(rows), '');
        for (const c of o.comparisons) {
            const why = explanation(c);
            out.push(`${c.target} (${c.igvm}): ${verdict(c)}`);
            if (why.length > 0)
                out.push('  explained by:', ...why.map(w => `    ${w}`));
        }
        out.push('');
    }
    const all = outcomes.flatMap(o => o.comparisons);
    const same = all.filter(reproduced).length;
    out.push(`${same} of ${all.length} IGVM file(s) reproduced bit for bit`);
    return `${out.join('\n')}\n`;
}
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function renderReproduceMarkdown(outcomes) {
    const out = ['## Reproducing the measurements', ''];
    for (const o of outcomes) {
        out.push(`Rebuild of ${code(o.group.commit)} (${code(o.group.gitVersion)}), recipes ${o.group.options.recipes.map(code).join(', ')}`, '');
        for (const c of o.checks)
            out.push(`- ${c.ok ? '✅' : 'ℹ️'} **${c.check}**: ${cell(c.message)}`);
        if (o.firmware)
            out.push(`- firmware ${code(o.firmware.path)} sha256 ${code(o.firmware.sha256)}`);
        out.push(`- rebuilt ${cell(o.rebuilt)}`);
        out.push('', '| target | output | recorded | rebuilt | result |', '| --- | --- | --- | --- | --- |');
        for (const c of o.comparisons)
            for (const d of c.outputs)
                out.push(`| ${c.target} | ${d.field} | ${code(d.recorded)} | ${code(d.rebuilt)} | ${d.equal ? '✅ equal' : '❌ differs'} |`);
        out.push('');
        for (const c of o.comparisons) {
            const why = explanation(c);
            if (why.length === 0)
                continue;
            out.push(`**${c.target}** differs; explained by:`, ...why.map(w => `- ${cell(w)}`), '');
        }
    }
    const all = outcomes.flatMap(o => o.comparisons);
    out.push(`${all.filter(reproduced).length} of ${all.length} IGVM file(s) reproduced bit for bit.`);
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/igvm/diff/diff.ts + 8 modules
var diff = __webpack_require__(2849);
// EXTERNAL MODULE: ./src/igvm/diff/inputs.ts
var inputs = __webpack_require__(3560);
// EXTERNAL MODULE: ./src/igvm/errors.ts
var igvm_errors = __webpack_require__(5002);
// EXTERNAL MODULE: ./src/igvm/id-block.ts
var id_block = __webpack_require__(2540);
// EXTERNAL MODULE: ./src/record/build-place.ts
var build_place = __webpack_require__(6839);
// EXTERNAL MODULE: ./src/record/same-build.ts
var same_build = __webpack_require__(9382);
;// CONCATENATED MODULE: ./src/reproduce/explain.ts
// A rebuilt file that differs, explained the way `svsm-build diff` explains it: when the recorded
// IGVM file lies beside the record (an artifact, a tree's bin/), the two files are diffed with
// each build's recorded paths (and, from a tree's bin/, its kernel parts), so a difference that is
// only the build paths compiled in says so.









const MAX_IGVM_BYTES = 256 * 1024 * 1024;
function binInputs(dir) {
    return inputs/* BIN_ROLES */.Cu.filter(([name]) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name))).map(([name, role]) => ({
        role,
        path: (0,external_node_path_.join)(dir, name),
        bytes: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name))
    }));
}
/** The diff's summary of the recorded file against the rebuilt one, or undefined when the recorded file is not at hand. */
function explainDifference(recorded, recordDir, rebuilt, clone) {
    const name = recorded.igvm.replace(/^bin\//, '');
    const a = (0,load/* findRecordedFile */.cP)([(0,external_node_path_.join)(recordDir, name), (0,external_node_path_.join)(recordDir, (0,external_node_path_.basename)(name))], recorded.sha256, MAX_IGVM_BYTES);
    const b = (0,external_node_path_.join)(clone, rebuilt.igvm);
    if (!a || !(0,external_node_fs_.existsSync)(b))
        return undefined;
    // The parts beside a record are the last recipe's: used only for a build of one recipe.
    const oneRecipe = recorded.inputs?.options.recipes.length === 1;
    const [ia, ib] = [binInputs(recordDir), binInputs((0,external_node_path_.join)(clone, 'bin'))];
    const inputs = oneRecipe && ia.length > 0 && ib.length > 0 ? { a: ia, b: ib } : undefined;
    const [pa, pb] = [recorded.inputs?.build, rebuilt.inputs?.build];
    try {
        return (0,diff/* diffIgvm */.FR)((0,id_block/* parseIgvmWithBytes */.S_)((0,external_node_fs_.readFileSync)(a), `recorded ${recorded.igvm}`), (0,id_block/* parseIgvmWithBytes */.S_)((0,external_node_fs_.readFileSync)(b), `rebuilt ${rebuilt.igvm}`), inputs, {
            noInputsHint: 'the record has no kernel parts beside it',
            ...(pa && pb
                ? {
                    paths: {
                        a: (0,build_place/* recordedPrefixes */.Dp)(pa),
                        b: (0,build_place/* recordedPrefixes */.Dp)(pb),
                        otherDifferences: (0,same_build/* differencesBesidesPaths */.e)(recorded, rebuilt)
                    }
                }
                : {})
        }).summary;
    }
    catch (e) {
        if (e instanceof igvm_errors/* IgvmError */.k)
            return [`the recorded file could not be diffed: ${e.message}`];
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/reproduce/place.ts
// Where a rebuild must run to give the recorded bytes. A build whose parts hold absolute build
// paths (crate sources under CARGO_HOME in panic locations, the checkout in debug info), or a debug
// build (rustc's `.llvm.<hash>` symbol suffixes follow the build directory, and igvmbuilder copies
// the symbol table into the image), gives them again only at the recorded checkout path and
// CARGO_HOME; a build that remapped both, or holds no such path, gives them anywhere. Each recorded
// path is this shell's own CARGO_HOME, free (made in place, removed after), or taken by something
// that is not ours (only a private mount namespace can put the rebuild's own there).





const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** Why the group's bytes depend on where it was built, or null when they do not. */
function dependence(g) {
    const b = g.build;
    // Only a remapping the rebuild makes again counts: remap-paths (recorded as an option) and the
    // tree's own xbuild. Flags from RUSTFLAGS or a cargo config of that machine are not replayed.
    const replayed = b.remap.filter(r => r.by === 'remap-paths' || r.by === 'xbuild');
    const remapped = (prefix) => prefix === null || replayed.some(r => r.flags.some(f => f.startsWith(`--remap-path-prefix=${prefix}`)));
    if (replayed.length > 0 && remapped(b.checkout) && remapped(b.cargoHome))
        return null;
    const foreign = b.remap.filter(r => !replayed.includes(r));
    if (foreign.length > 0)
        return `its build remapped paths through ${foreign.map(r => `${r.by} (${r.flags.join(' ')})`).join(', ')}, which reproduce does not set: the same flags must be in force again (in the same variable or cargo configuration), at the recorded paths they name`;
    const found = g.records.flatMap(m => m.inputs?.build?.embeddedPaths ?? []);
    const byWhat = new Map();
    for (const e of found) {
        const seen = byWhat.get(e.what) ?? { prefix: e.prefix, n: 0 };
        seen.n += Object.values(e.files).reduce((s, n) => s + n, 0);
        byWhat.set(e.what, seen);
    }
    const strings = [...byWhat].map(([what, { prefix, n }]) => `${plural(n, 'string')} under ${what} ${prefix}`);
    if (strings.length > 0)
        return `its parts hold absolute build paths (${strings.join(', ')})`;
    if (g.options.release)
        return null;
    return "it is a debug build: rustc's .llvm.<hash> symbol suffixes follow the build directory, and the symbol table is in the image";
}
function stateOf(path, yours) {
    if (yours)
        return { state: 'yours' };
    // A path under a link resolves elsewhere: a build there sees the other path, not the recorded one.
    let parent = (0,external_node_path_.dirname)(path);
    while (!(0,external_node_fs_.existsSync)(parent) && (0,external_node_path_.dirname)(parent) !== parent)
        parent = (0,external_node_path_.dirname)(parent);
    if ((0,external_node_fs_.realpathSync)(parent) !== parent)
        return { state: 'linked', parent };
    // lstat: a link (even a dangling one) is someone's, never a free place.
    const st = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    if (st)
        return st.isDirectory() && (0,external_node_fs_.readdirSync)(path).length === 0 && writable(path)
            ? { state: 'free' }
            : { state: 'taken' };
    return writable(parent) ? { state: 'free' } : { state: 'blocked', parent };
}
function writable(dir) {
    try {
        (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
const same = (a, b) => {
    try {
        return (0,external_node_fs_.realpathSync)(a) === (0,external_node_fs_.realpathSync)(b);
    }
    catch {
        return a === b;
    }
};
/** Where the group's rebuild runs; `anyPaths` (--any-paths) rebuilds elsewhere on purpose. */
function rebuildPlace(g, o) {
    if (!g.build)
        return {
            at: 'anywhere',
            why: 'the record does not say where it was built (an older svsm-build wrote it), so it is rebuilt in a temporary clone'
        };
    const why = dependence(g);
    if (why === null)
        return {
            at: 'anywhere',
            why: g.build.remap.some(r => r.by === 'remap-paths' || r.by === 'xbuild')
                ? `its build remapped the checkout and CARGO_HOME (${g.build.remap.map(r => r.by).join(', ')}), so it is rebuilt in a temporary clone, remapped the same way`
                : 'no absolute build path is compiled into its parts, so it is rebuilt in a temporary clone'
        };
    if (o.anyPaths)
        return { at: 'anywhere', why: `--any-paths: rebuilt in a temporary clone although ${why}` };
    const mine = (0,cargo_config/* cargoHomeOf */.nN)(o.cwd, o.env);
    const needs = [
        { what: 'checkout', path: g.build.checkout, ...stateOf(g.build.checkout, false) }
    ];
    if (g.build.cargoHome !== null)
        needs.push({
            what: 'CARGO_HOME',
            path: g.build.cargoHome,
            ...stateOf(g.build.cargoHome, mine !== null && same(mine, g.build.cargoHome))
        });
    return { at: 'recorded', why, checkout: g.build.checkout, cargoHome: g.build.cargoHome, needs };
}
/** The one-line refusal when the recorded paths cannot be provided: each path, and every way to provide it. */
function unavailable(p, namespace) {
    const what = p.needs
        .filter(n => n.state === 'taken' || n.state === 'blocked' || n.state === 'linked')
        .map(n => n.state === 'taken'
        ? `${n.what} ${n.path} is taken (something that is not the rebuild's is there)`
        : n.state === 'linked'
            ? `${n.what} ${n.path} lies under ${n.parent}, which is a link to ${(0,external_node_fs_.realpathSync)(n.parent)}, so a build there sees another path`
            : `${n.what} ${n.path} is free but ${n.parent} is not writable`);
    const root = process.getuid?.() === 0;
    const ways = [
        namespace === null
            ? null
            : root
                ? 'allow mount namespaces where it runs (a container needs CAP_SYS_ADMIN, for example docker run --privileged), so a private mount namespace can put the rebuild there'
                : 'run it as root, or where unprivileged user namespaces are allowed (Ubuntu: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0), so a private mount namespace can put the rebuild there',
        ...p.needs
            .filter(n => n.state === 'blocked')
            .map(n => `make ${n.path} an empty folder you own (${(0,run_process/* displayArgv */.zq)(['sudo', 'mkdir', '-p', n.path])} && sudo chown "$(id -u):$(id -g)" ${(0,run_process/* displayArgv */.zq)([n.path])})`),
        ...p.needs.filter(n => n.state === 'taken').map(n => `move ${n.path} away while it runs`),
        'or pass --any-paths to rebuild in a temporary clone and have the difference explained'
    ].filter((w) => w !== null);
    return new ReproduceInputError(`the recorded bytes depend on where they were built (${p.why}), so the rebuild must run at the recorded paths: ${what.join('; ')}${namespace ? `; a private mount namespace is not available here (${namespace})` : ''}. To provide them: ${ways.join('; ')}`);
}

;// CONCATENATED MODULE: ./src/reproduce/reproduce.ts
// `svsm-build reproduce`: a measurements.json (or an artifact folder holding one) → checks of the
// svsm tree against the record (records.ts) → where each recorded build must be rebuilt to give its
// bytes again (place.ts), checked for every group before anything is built → a rebuild of the
// recorded commit in an offline clone (clone.ts, rebuild.ts; in a private mount namespace when the
// recorded paths are taken here, namespace.ts) → a comparison per target (compare.ts), with what
// `diff` says of a file that differs (explain.ts).










function checkSvsm(svsm) {
    if (!(0,external_node_fs_.existsSync)(svsm))
        throw new ReproduceInputError(`--svsm ${svsm}: no such directory`);
    if (!(0,util_git/* git */.$)(svsm, ['rev-parse', '--git-dir']).ok)
        throw new ReproduceInputError(`--svsm ${svsm}: not a git checkout (the rebuild clones the recorded commit)`);
    const top = (0,util_git/* git */.$)(svsm, ['rev-parse', '--show-toplevel']).out.trim();
    if (top && (0,external_node_fs_.realpathSync)(top) !== (0,external_node_fs_.realpathSync)(svsm))
        throw new ReproduceInputError(`--svsm ${svsm}: a folder inside the repository ${top}, not its root; pass --svsm ${top}`);
}
/** A namespace when some group's recorded paths are taken; refused, naming every path, when none can be had. */
function namespaceFor(places, scratch) {
    let ns = null;
    for (const p of places) {
        if (p.at !== 'recorded')
            continue;
        if (p.needs.some(n => n.state === 'blocked' || n.state === 'linked'))
            throw unavailable(p, null);
        if (!p.needs.some(n => n.state === 'taken'))
            continue;
        ns ??= probeNamespace(scratch);
        if ('error' in ns)
            throw unavailable(p, ns.error);
    }
    return ns && !('error' in ns) ? ns : null;
}
async function reproduce(req, io) {
    const { file, records } = loadRebuildableRecords(req.source);
    checkSvsm(req.svsm);
    const groups = groupRecords(records);
    // Every input, and every place, is checked before anything is built.
    const prepared = groups.map(g => ({
        g,
        checks: checkTree(req.svsm, g),
        firmware: findFirmware(req.svsm, req.firmware, g),
        place: rebuildPlace(g, { anyPaths: req.anyPaths ?? false, env: req.env, cwd: process.cwd() })
    }));
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'svsm-reproduce-'));
    const outcomes = [];
    try {
        const namespace = namespaceFor(prepared.map(p => p.place), scratch);
        for (const [n, { g, checks, firmware, place }] of prepared.entries()) {
            const built = await rebuildGroup({
                svsm: req.svsm,
                g,
                place,
                firmware: firmware?.path ?? null,
                env: req.env,
                namespace,
                self: req.self,
                scratch: (0,external_node_path_.join)(scratch, `build-${n}`),
                keep: req.keep ?? false,
                io
            });
            try {
                const comparisons = g.records.map(m => {
                    const r = built.records.find(x => x.recipe === m.recipe && x.target === m.target && x.igvm === m.igvm);
                    const c = compareRecord(m, r);
                    return r && !reproduced(c)
                        ? { ...c, imageDiff: explainDifference(m, (0,external_node_path_.dirname)(file), r, built.clone) }
                        : c;
                });
                outcomes.push({ group: g, checks, firmware, rebuilt: built.how, comparisons });
            }
            finally {
                built.cleanup();
            }
        }
    }
    finally {
        if (req.keep)
            io.log.info(`kept the rebuild's clones in ${scratch}`);
        else
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
    return outcomes;
}

// EXTERNAL MODULE: ./src/util/log.ts
var log = __webpack_require__(9906);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/reproduce.ts
// `svsm-build reproduce MEASUREMENTS.json|ARTIFACT_DIR [--svsm DIR]`: rebuild a recorded build and
// compare. Exit 0: every IGVM file came out the same; 1: something differs (the table says what and
// which recorded input explains it); 2: bad input.












const REPRODUCE_COMMAND = (0,flags/* command */.G5)({
    synopsis: ['svsm-build reproduce MEASUREMENTS.json|ARTIFACT_DIR [OPTIONS]'],
    about: "Checks that the svsm tree holds the recorded commit (and says what differs: commit, uncommitted\nchanges, Cargo.lock), rebuilds that commit offline in a clone of it with the recorded options,\nfirmware and path remapping, and compares every IGVM file's sha256 and launch digest with the\nrecord. When the recorded bytes depend on where they were built (absolute build paths compiled in,\nor a debug build), the rebuild runs at the recorded checkout path and CARGO_HOME: made in place\nwhere they are free, or in a private mount namespace (unshare) where they are taken; when neither\ncan be had it says which paths it needs and how to provide them (exit 2). The record is untrusted\ninput: its recipes and IGVM names must stay inside the clone, and a recorded firmware path is used\nonly for a file with the recorded sha256.",
    flags: {
        svsm: { value: '<DIR>', help: 'The root of the svsm checkout holding the recorded commit (default: .)' },
        firmware: { value: '<FILE>', help: 'Firmware to use instead of the recorded one' },
        summary: { value: '<FILE>', help: 'Also append the comparison as markdown (e.g. $GITHUB_STEP_SUMMARY)' },
        keep: { help: 'Keep the temporary clone' },
        'any-paths': {
            help: 'Rebuild in a temporary clone even when the recorded bytes depend on the recorded paths\n(the comparison then explains a path-only difference)'
        }
    },
    args: { min: 1, max: 1, what: 'one MEASUREMENTS.json or artifact folder' },
    footer: 'Exit codes: 0 all equal, 1 something differs, 2 bad input.'
});
async function reproduceCommand(args) {
    // svsm-build's own run inside a private mount namespace (not a user flag): see reproduce/namespace.ts.
    const interrupt = new run_interrupt/* Interrupt */.OK();
    const untrap = (0,run_interrupt/* trapSignals */.rm)(interrupt, m => process.stderr.write(`svsm-build: ${m}\n`));
    try {
        if (args[0] === IN_NAMESPACE && args.length === 2)
            return await insideNamespace(args[1], rebuild => buildRequest({ ...rebuild, env: { ...process.env } }, { buildOut: process.stderr, log: (0,log/* streamLogger */.V)(process.stderr, process.stderr), interrupt }));
        return await reproduceOutside(args, interrupt);
    }
    finally {
        untrap();
    }
}
async function reproduceOutside(args, interrupt) {
    const parsed = (0,flags/* parseFlags */.bQ)(REPRODUCE_COMMAND, args);
    if (!parsed)
        return 0;
    const v = parsed.values;
    try {
        const outcomes = await reproduce({
            source: parsed.positionals[0],
            svsm: v.svsm ?? '.',
            ...(v.firmware !== undefined ? { firmware: v.firmware } : {}),
            keep: v.keep,
            anyPaths: v['any-paths'],
            env: process.env,
            self: [process.execPath, process.argv[1]]
        }, 
        // The rebuild's own output goes to stderr; stdout is the comparison.
        { buildOut: process.stderr, log: (0,log/* streamLogger */.V)(process.stderr, process.stderr), interrupt });
        process.stdout.write(renderReproduceText(outcomes));
        if (v.summary)
            (0,external_node_fs_.appendFileSync)(v.summary, renderReproduceMarkdown(outcomes));
        return outcomes.every(o => o.comparisons.every(reproduced)) ? 0 : 1;
    }
    catch (e) {
        if (e instanceof run_interrupt/* Interrupted */.j$) {
            const made = v.keep ? 'what the rebuild made was kept (--keep)' : 'what the rebuild made was removed';
            process.stderr.write(`error: ${e.message}; ${made}\n`);
            return e.exitCode;
        }
        if (e instanceof util_errors/* BadInput */.kp) {
            process.stderr.write(`error: ${e.message}\n`);
            return 2;
        }
        // A rebuild that failed is not a verdict: it did not get as far as a comparison.
        if (e instanceof runner/* StepFailure */.p ||
            e instanceof util_errors/* PreflightError */.wG ||
            e instanceof errors/* RecipeError */.tF ||
            e instanceof errors/* RecipeErrors */.MX) {
            process.stderr.write(`error: the rebuild failed: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}


/***/ })

};
