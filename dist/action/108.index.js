export const id = 108;
export const ids = [108];
export const modules = {

/***/ 66136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runBuild)
});

// UNUSED EXPORTS: writeJsonAtomic

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/firmware/manifest.ts
var manifest = __webpack_require__(55144);
;// CONCATENATED MODULE: ./src/measure/record.ts
// What a rebuild needs, read from the svsm tree and the plan: the source state (taken before the
// build writes anything), the options, the helper tools the build compiled, the firmware manifest.






const MAX_DIRTY_FILES = 20;
const sha256Of = (bytes) => (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
function git(root, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return r.status === 0 ? r.stdout : null;
}
/** Commit, dirty state and lock file of the tree, as they are now. */
function readSourceState(root) {
    const lock = (0,external_node_path_.join)(root, 'Cargo.lock');
    const cargoLockSha256 = (0,external_node_fs_.existsSync)(lock) ? sha256Of((0,external_node_fs_.readFileSync)(lock)) : null;
    const head = git(root, ['rev-parse', '--verify', '-q', 'HEAD'])?.trim() ?? null;
    // Untracked files are not in `git describe --dirty` either; ignored build outputs never count.
    const status = head === null ? null : git(root, ['status', '--porcelain', '--untracked-files=no']);
    const dirtyFiles = (status ?? '')
        .split('\n')
        .filter(l => l.length > 3)
        .map(l => l.slice(3));
    return {
        commit: head,
        dirty: dirtyFiles.length > 0,
        dirtyFiles: dirtyFiles.slice(0, MAX_DIRTY_FILES),
        cargoLockSha256
    };
}
/** Versions of the packages in Cargo.lock (first entry wins; helpers are unique there). */
function lockVersions(root) {
    const out = new Map();
    const lock = (0,external_node_path_.join)(root, 'Cargo.lock');
    if (!(0,external_node_fs_.existsSync)(lock))
        return out;
    try {
        const parsed = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(lock, 'utf8'));
        for (const p of parsed.package ?? [])
            if (typeof p.name === 'string' && typeof p.version === 'string' && !out.has(p.name))
                out.set(p.name, p.version);
    }
    catch {
        // An unreadable lock file leaves the versions unknown; its sha256 is still recorded.
    }
    return out;
}
/** The helper binaries the plan built, hashed after the run. */
function toolBuilds(root, plan) {
    const versions = lockVersions(root);
    const tool = (name) => {
        // A prebuilt helper (--igvmbuilder FILE) was not built here: its own file is what ran.
        const prebuilt = plan.options.tools?.[name];
        if (prebuilt)
            return (0,external_node_fs_.existsSync)(prebuilt)
                ? { path: prebuilt, sha256: sha256Of((0,external_node_fs_.readFileSync)(prebuilt)), profile: 'prebuilt', version: null }
                : null;
        // xbuild: helpers/<name>; build.py: helpers/<name>/cargo (then its objcopy-less output).
        const step = plan.steps.find(s => s.id === `helpers/${name}` || s.id === `helpers/${name}/cargo`);
        const path = step?.outputs[0];
        if (!path || !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, path)))
            return null;
        return {
            path,
            sha256: sha256Of((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(root, path))),
            profile: /^target\/(?:[^/]+\/)?([^/]+)\/[^/]+$/.exec(path)?.[1] ?? 'unknown',
            version: versions.get(name) ?? null
        };
    };
    return { igvmbuilder: tool('igvmbuilder'), igvmmeasure: tool('igvmmeasure') };
}
/** The inputs every record of this build shares. */
function recordedInputs(root, plan, source) {
    const o = plan.options;
    return {
        source,
        options: {
            dialect: plan.dialect,
            release: o.release,
            allFeatures: o.allFeatures,
            features: o.features.map(f => `${f.pkg}:${f.feature}`),
            offline: o.offline,
            targets: o.targets ? [...o.targets] : null,
            measure: o.measure,
            firmware: o.firmware ?? null,
            recipes: plan.recipes.map(r => r.file)
        },
        tools: toolBuilds(root, plan)
    };
}
/**
 * The firmware file's record: its sha256, and the manifest.json beside it when that manifest lists
 * a file with this sha256 (a manifest about other bytes would be a false claim). The warning says
 * why a manifest that is there was left out.
 */
function firmwareRecord(root, path) {
    const file = (0,external_node_path_.resolve)(root, path);
    const sha256 = sha256Of((0,external_node_fs_.readFileSync)(file));
    const manifestPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), 'manifest.json');
    if (!(0,external_node_fs_.existsSync)(manifestPath))
        return { firmware: { path, sha256, manifest: null } };
    let json;
    try {
        json = JSON.parse((0,external_node_fs_.readFileSync)(manifestPath, 'utf8'));
    }
    catch (e) {
        return {
            firmware: { path, sha256, manifest: null },
            warning: `${manifestPath}: not recorded with the firmware: not JSON (${e.message})`
        };
    }
    const parsed = manifest/* firmwareManifestSchema */.ko.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
            firmware: { path, sha256, manifest: null },
            warning: `${manifestPath}: not recorded with the firmware: ${issue.path.join('.') || '(top level)'}: ${issue.message}`
        };
    }
    if (!parsed.data.files.some(f => f.sha256 === sha256)) {
        return {
            firmware: { path, sha256, manifest: null },
            warning: `${manifestPath}: not recorded with the firmware: it lists no file with sha256 ${sha256} (${path})`
        };
    }
    return { firmware: { path, sha256, manifest: parsed.data } };
}

// EXTERNAL MODULE: ./src/measure/results.ts
var measure_results = __webpack_require__(38258);
// EXTERNAL MODULE: ./src/run/interrupt.ts
var interrupt = __webpack_require__(47214);
// EXTERNAL MODULE: ./src/fsimage/packit.ts
var packit = __webpack_require__(41590);
// EXTERNAL MODULE: ./src/measure/igvmmeasure-output.ts
var igvmmeasure_output = __webpack_require__(28541);
// EXTERNAL MODULE: ./src/run/process.ts
var run_process = __webpack_require__(68016);
;// CONCATENATED MODULE: ./src/run/cargo-json.ts
// `cargo test --no-run --message-format=json-render-diagnostics` prints one JSON object per line;
// the test executable of a package is the last lib compiler-artifact built with the test profile.
function cargoTestExecutable(stdout, name) {
    const target = name.replace(/-/g, '_');
    let found = null;
    for (const line of stdout.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        let msg;
        try {
            msg = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (msg.reason === 'compiler-artifact' &&
            msg.target?.name === target &&
            msg.target.kind?.includes('lib') &&
            msg.profile?.test === true &&
            typeof msg.executable === 'string') {
            found = msg.executable;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/run/git-version.ts


/** The Rust file xbuild generates from `git describe` (compiled into the kernel). */
function gitVersionFile(version) {
    return [
        '// SPDX-License-Identifier: MIT',
        '//',
        '// This file is automatically generated - Any changes will be overwritten',
        '//',
        '',
        `pub const GIT_VERSION: &str = "${version.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}";`,
        ''
    ].join('\n');
}
function writeIfChanged(path, content) {
    if ((0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.readFileSync)(path, 'utf8') === content)
        return false;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, content);
    return true;
}

;// CONCATENATED MODULE: ./src/run/runner.ts
// Executes a Plan from the svsm tree's root, step by step; stops at the first failure with a
// message naming the step, the command, its exit code and the end of its stderr.









class StepFailure extends Error {
    step;
    code;
    stderrTail;
    constructor(step, message, code = null, stderrTail = '') {
        super(message);
        this.step = step;
        this.code = code;
        this.stderrTail = stderrTail;
        this.name = 'StepFailure';
    }
}
async function runPlan(plan, ctx) {
    const results = [];
    const produced = new Map();
    const printed = new Map();
    const digests = new Map();
    let gitVersion = '';
    for (const step of plan.steps) {
        const started = performance.now();
        const record = (status, extra = {}) => results.push({
            id: step.id,
            title: step.title,
            group: step.group,
            status,
            ms: Math.round(performance.now() - started),
            ...extra
        });
        if (ctx.interrupt?.signal)
            throw interruptedAt(step, ctx.interrupt.signal, 'before it started');
        if (ctx.skip?.has(step.id)) {
            ctx.log.info(`${step.title}: skipped, its output came from the cache`);
            record('skipped');
            continue;
        }
        try {
            if (step.kind === 'command') {
                const r = await runCommand(step, ctx, produced);
                if (step.capture === 'git-version')
                    gitVersion = r ?? '';
                if (step.capture === 'igvmmeasure' && r !== undefined)
                    printed.set(step.id, r);
                record('ok', { argv: resolveArgv(step, produced), code: 0 });
            }
            else {
                runInternal(step, ctx, printed, digests);
                record('ok');
            }
        }
        catch (e) {
            record('failed', e instanceof StepFailure ? { code: e.code } : {});
            // Whatever the failing step was writing is not a result.
            for (const o of step.outputs)
                if (o.startsWith('bin/'))
                    (0,external_node_fs_.rmSync)((0,external_node_path_.resolve)(ctx.root, o), { force: true, recursive: true });
            if (ctx.interrupt?.signal && !(e instanceof interrupt/* Interrupted */.j$))
                throw interruptedAt(step, ctx.interrupt.signal, 'while it ran');
            throw e instanceof StepFailure || e instanceof interrupt/* Interrupted */.j$
                ? e
                : new StepFailure(step, `step ${step.id} (${step.title}) failed: ${e.message}`);
        }
    }
    return { results, gitVersion, digests };
}
function interruptedAt(step, signal, when) {
    return new interrupt/* Interrupted */.j$(signal, `interrupted by ${signal} at step ${step.id} (${step.title}), ${when}`);
}
function resolveArgv(step, produced) {
    if (!step.argFrom)
        return step.argv;
    const argv = [...step.argv];
    const from = produced.get(step.argFrom.step);
    if (from !== undefined)
        argv[step.argFrom.index] = from;
    return argv;
}
/** Runs one command step; returns what it captured (git version, digest) or the produced path. */
async function runCommand(step, ctx, produced) {
    const argv = resolveArgv(step, produced);
    ctx.log.group(step.title);
    ctx.log.info(`$ ${(0,run_process/* displayArgv */.zq)(argv)}`);
    for (const o of step.outputs)
        if (o.startsWith('bin/'))
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(ctx.root, o)), { recursive: true });
    const capture = step.capture !== undefined;
    if (ctx.interrupt?.signal) {
        ctx.log.endGroup();
        throw interruptedAt(step, ctx.interrupt.signal, 'before it started');
    }
    const r = await (0,run_process/* runProcess */.R3)(argv, {
        cwd: ctx.root,
        env: { ...ctx.env, ...step.env },
        out: step.capture === 'git-version' ? null : ctx.out,
        err: ctx.err,
        captureStdout: capture,
        echoCapturedStdout: step.capture === 'igvmmeasure',
        ...(ctx.interrupt ? { interrupt: ctx.interrupt } : {})
    });
    if (r.interrupted) {
        ctx.log.endGroup();
        throw interruptedAt(step, r.interrupted, `while \`${(0,run_process/* displayArgv */.zq)(argv)}\` ran (its process group was stopped)`);
    }
    ctx.log.endGroup();
    const ok = r.code === 0 && !r.spawnError;
    if (!ok && step.mayFail) {
        ctx.log.warn(`${(0,run_process/* displayArgv */.zq)(argv)} failed (${r.spawnError?.message ?? `exit code ${r.code}`}); using an empty version string, as upstream does`);
    }
    else if (!ok) {
        const how = r.spawnError
            ? `could not be started: ${r.spawnError.code === 'ENOENT' ? `${argv[0]} not found` : r.spawnError.message}`
            : r.signal
                ? `was killed by ${r.signal}`
                : `exited with code ${r.code}`;
        const tail = r.stderrTail ? `\n--- last lines of its stderr ---\n${r.stderrTail}` : '';
        throw new StepFailure(step, `step ${step.id} (${step.title}) failed: \`${(0,run_process/* displayArgv */.zq)(argv)}\` ${how}${tail}`, r.code, r.stderrTail);
    }
    switch (step.capture) {
        case 'git-version': {
            const version = ok ? (r.stdout.split('\n')[0] ?? '').trim().replace(/^v/, '') : '';
            // Written only when it changes: a rewrite would make cargo rebuild the kernel for nothing.
            if (step.writeVersionTo)
                writeIfChanged((0,external_node_path_.resolve)(ctx.root, step.writeVersionTo), gitVersionFile(version));
            return version;
        }
        case 'cargo-test-executable': {
            const name = step.produces.cargoTestTarget;
            const exe = cargoTestExecutable(r.stdout, name);
            if (!exe)
                throw new StepFailure(step, `step ${step.id}: cargo printed no test executable for ${name} (a lib target with test = true is needed)`);
            produced.set(step.id, exe);
            return exe;
        }
        case 'igvmmeasure': {
            const blocks = (0,igvmmeasure_output/* parseIgvmmeasureOutput */.Q)(r.stdout);
            if (blocks.length !== 1)
                throw new StepFailure(step, `step ${step.id}: expected one "Launch Digest" block from igvmmeasure, found ${blocks.length}`);
            return blocks[0].digest;
        }
    }
    if (step.produces && 'path' in step.produces) {
        const { path, fallback } = step.produces;
        produced.set(step.id, fallback !== undefined && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(ctx.root, path)) ? fallback : path);
    }
    return undefined;
}
function runInternal(step, ctx, printed, digests) {
    const op = step.op;
    const abs = (p) => (0,external_node_path_.resolve)(ctx.root, p);
    switch (op.type) {
        case 'mkdir':
            (0,external_node_fs_.mkdirSync)(abs(op.path), { recursive: true });
            return;
        case 'reset-dir':
            (0,external_node_fs_.rmSync)(abs(op.path), { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(abs(op.path), { recursive: true });
            return;
        case 'pack-fs': {
            ctx.log.group(step.title);
            const size = (0,packit/* writePackItFile */.gw)(abs(op.output), op.entries.map(e => ({ name: e.name, file: abs(e.file) })));
            ctx.log.info(`${op.output}: ${op.entries.length} file(s), ${size} bytes`);
            ctx.log.endGroup();
            return;
        }
        case 'measure': {
            let builtin;
            // Hash and measure now: a later recipe may write the same output name.
            const bytes = (0,external_node_fs_.readFileSync)(abs(op.igvm));
            try {
                builtin = ctx.measure(bytes, {
                    checkKvm: op.checkKvm,
                    nativeZero: op.nativeZero
                });
            }
            catch (e) {
                throw new StepFailure(step, `step ${step.id}: ${op.igvm}: ${e.message}`);
            }
            const fromTool = op.igvmmeasureStep ? printed.get(op.igvmmeasureStep) : undefined;
            if (fromTool !== undefined && fromTool !== builtin.digest) {
                throw new StepFailure(step, `step ${step.id}: launch digests disagree for ${op.igvm}\n  igvmmeasure: ${fromTool}\n  svsm-build:  ${builtin.digest}\n` +
                    'One of the two is wrong; do not publish this digest.');
            }
            const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
            digests.set(step.id, {
                igvm: op.igvm,
                size: bytes.length,
                sha256,
                builtin: builtin.digest,
                ...(builtin.details ? { details: builtin.details } : {}),
                ...(fromTool !== undefined ? { printed: fromTool } : {})
            });
            return;
        }
    }
}

// EXTERNAL MODULE: ./src/run/tools.ts
var tools = __webpack_require__(53102);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/engine/lock.ts
// One build per svsm tree at a time: two would write the same bin/ files and each claim the
// other's. The lock file says who holds it; one left by a process that is gone is taken over.





/** Beside the results it guards (bin/ is never cached, unlike target/). */
const LOCK_FILE = 'bin/.svsm-build.lock';
const lockInfo = schemas/* object */.Ikc({
    pid: schemas/* number */.aig().int().positive(),
    host: schemas/* string */.YjP(),
    started: schemas/* string */.YjP(),
    command: schemas/* string */.YjP()
});
class BuildLocked extends errors/* PreflightError */.w {
    name = 'BuildLocked';
}
/**
 * Takes the lock of the tree at `root` for this process, or throws BuildLocked naming its holder.
 * Returns the function that gives it back (only if it is still ours).
 */
function acquireBuildLock(root, command, note, now = new Date()) {
    const path = (0,external_node_path_.resolve)(root, LOCK_FILE);
    const mine = { pid: process.pid, host: (0,external_node_os_.hostname)(), started: now.toISOString(), command };
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const text = `${JSON.stringify(mine)}\n`;
    for (let attempt = 0; !createExclusive(path, text); attempt++) {
        const holder = readLock(path);
        if (holder === 'gone' && attempt < 3)
            continue;
        if (holder !== 'gone' && holder !== 'unreadable' && holder.host === mine.host && !alive(holder.pid)) {
            const taken = attempt < 3 ? takeOver(path, holder) : holder;
            if (taken === 'vanished')
                continue;
            if (taken === 'taken') {
                note(`${LOCK_FILE}: taking over the lock of pid ${holder.pid} (started ${holder.started}: ${holder.command}); that process is no longer running`);
                continue;
            }
            // Another build took the dead lock over first: it is that build's now.
            throw new BuildLocked(lockedMessage(root, path, taken, now));
        }
        throw new BuildLocked(lockedMessage(root, path, holder === 'gone' ? 'unreadable' : holder, now));
    }
    return () => {
        const holder = readLock(path);
        if (holder !== 'gone' && holder !== 'unreadable' && holder.pid === mine.pid && holder.host === mine.host)
            (0,external_node_fs_.rmSync)(path, { force: true });
    };
}
/**
 * Creates `path` with `text` unless it exists. Written whole under another name, then linked, so
 * nobody ever reads a half-written lock; where hard links are not supported, created in place.
 */
function createExclusive(path, text) {
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, text);
    try {
        (0,external_node_fs_.linkSync)(tmp, path);
        return true;
    }
    catch (e) {
        const code = e.code;
        if (code === 'EEXIST')
            return false;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP')
            throw e;
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
    }
    try {
        (0,external_node_fs_.writeFileSync)(path, text, { flag: 'wx' });
        return true;
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw e;
    }
}
/**
 * Moves the dead holder's lock aside (atomic: of two builds doing this at once, one gets it) and
 * checks it moved the dead one; if another build's fresh lock was moved instead, it is put back.
 */
function takeOver(path, dead) {
    const aside = `${path}.${process.pid}.stale`;
    try {
        (0,external_node_fs_.renameSync)(path, aside);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return 'vanished';
        throw e;
    }
    const moved = readLock(aside);
    try {
        if (moved !== 'gone' && JSON.stringify(moved) === JSON.stringify(dead))
            return 'taken';
        (0,external_node_fs_.linkSync)(aside, path);
        return moved === 'gone' ? 'unreadable' : moved;
    }
    finally {
        (0,external_node_fs_.rmSync)(aside, { force: true });
    }
}
function readLock(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return 'gone';
        return 'unreadable';
    }
    try {
        const r = lockInfo.safeParse(JSON.parse(text));
        return r.success ? r.data : 'unreadable';
    }
    catch {
        return 'unreadable';
    }
}
/** Signal 0 tests for existence; EPERM means it exists under another user. */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
function lockedMessage(root, path, holder, now) {
    if (holder === 'unreadable')
        return `${root} is locked by ${path}, which does not say who holds it (not the JSON svsm-build writes); if no other build of this tree runs, remove it`;
    const age = Math.max(0, Math.round((now.getTime() - Date.parse(holder.started)) / 1000));
    const elsewhere = holder.host !== (0,external_node_os_.hostname)() ? ` (another host: its pid cannot be checked from here)` : '';
    return (`another build of ${root} is running: pid ${holder.pid} on ${holder.host}${elsewhere}, started ${holder.started} (${age} s ago): ${holder.command}\n` +
        `Wait for it to finish, or stop it; if it is gone, remove ${path}`);
}

// EXTERNAL MODULE: ./src/engine/prepare.ts + 11 modules
var prepare = __webpack_require__(7878);
;// CONCATENATED MODULE: ./src/engine/build.ts
// The whole engine: prepare → preflight → run → measurements. The CLI and the action call this.











async function runBuild(req, io, prepared = (0,prepare/* prepareBuild */.y)(req)) {
    const { root, plan, warnings } = prepared;
    for (const w of warnings)
        io.log.warn(w);
    preflight(root, plan, req.env);
    // Before anything is removed: those may be the results of a build that is still running.
    const release = acquireBuildLock(root, io.command ?? process.argv.join(' '), m => io.log.warn(m));
    try {
        return await buildLocked(root, plan, warnings, req, io);
    }
    finally {
        release();
    }
}
async function buildLocked(root, plan, warnings, req, io) {
    // Nothing from an earlier run may look like a result of this one.
    const results = [measure_results/* MEASUREMENTS_FILE */.x3, ...plan.targets.map(t => t.igvm)].map(f => (0,external_node_path_.resolve)(root, f));
    const removeResults = () => results.forEach(f => (0,external_node_fs_.rmSync)(f, { force: true }));
    removeResults();
    const toolchain = rustcVersion(root, req.env);
    const source = readSourceState(root);
    let outcome;
    try {
        outcome = await runPlan(plan, {
            root,
            env: { ...process.env, ...req.env },
            out: io.out,
            err: io.err,
            log: io.log,
            measure: io.measure,
            ...(io.skip ? { skip: io.skip } : {}),
            ...(io.interrupt ? { interrupt: io.interrupt } : {})
        });
        // A signal after the last step still means "stop": the run gives no result.
        if (io.interrupt?.signal)
            throw new interrupt/* Interrupted */.j$(io.interrupt.signal, `interrupted by ${io.interrupt.signal} after the last step`);
    }
    catch (e) {
        // A failed or stopped run leaves no IGVM file of its own either (an earlier target's).
        removeResults();
        throw e;
    }
    const inputs = recordedInputs(root, plan, source);
    const measurements = plan.targets.map(t => {
        const d = outcome.digests.get(t.measureStep);
        const recipe = plan.recipes.find(r => r.file === t.recipe);
        return {
            target: t.target,
            recipe: t.recipe,
            recipeSha256: recipe.sha256,
            igvm: t.igvm,
            size: d.size,
            sha256: d.sha256,
            launchDigest: d.printed ?? d.builtin,
            measuredBy: d.printed !== undefined ? 'igvmmeasure' : 'builtin',
            platforms: t.platforms,
            policy: t.policy,
            checkKvm: t.checkKvm,
            nativeZero: t.nativeZero,
            gitVersion: outcome.gitVersion,
            profile: plan.options.release ? 'release' : 'debug',
            features: featuresOf(plan, recipe.file),
            allFeatures: plan.options.allFeatures,
            firmware: t.firmware ? recordFirmware(root, t.firmware, io.log, warnings) : null,
            ...(toolchain ? { toolchain } : {}),
            inputs,
            ...(d.details ? { details: d.details } : {})
        };
    });
    writeJsonAtomic((0,external_node_path_.resolve)(root, measure_results/* MEASUREMENTS_FILE */.x3), measurements);
    return {
        root,
        plan,
        steps: outcome.results,
        measurements,
        gitVersion: outcome.gitVersion,
        ...(toolchain ? { toolchain } : {}),
        warnings
    };
}
function preflight(root, plan, env) {
    const problems = (0,tools/* missingTools */.C)(plan, env.PATH ?? process.env.PATH);
    const made = new Set(plan.steps.flatMap(s => s.outputs));
    for (const t of plan.targets) {
        if (t.firmware && !made.has(t.firmware) && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, t.firmware))) {
            problems.push(`firmware file ${t.firmware} (for ${t.recipe}, ${t.target}) does not exist`);
        }
    }
    // Upstream's tools read their outputs from target/; another target dir breaks every path.
    const targetDir = env.CARGO_TARGET_DIR ?? process.env.CARGO_TARGET_DIR;
    if (targetDir && (0,external_node_path_.resolve)(root, targetDir) !== (0,external_node_path_.resolve)(root, 'target')) {
        problems.push(`CARGO_TARGET_DIR is set to ${targetDir}; upstream's build reads its outputs from target/, so unset it`);
    }
    if (problems.length > 0)
        throw new errors/* PreflightError */.w([...new Set(problems)].join('\n'));
}
/** Features each component gets from the recipe and the command line (what cargo is told). */
function featuresOf(plan, file) {
    const r = plan.recipes.find(x => x.file === file);
    const out = {};
    for (const [name, c] of [...Object.entries(r.kernel), ...Object.entries(r.fs.modules)]) {
        out[name] = [
            ...(c.features ?? []),
            ...plan.options.features.filter(f => f.pkg === name).map(f => f.feature)
        ].filter(Boolean);
    }
    return out;
}
function rustcVersion(root, env) {
    try {
        return (0,external_node_child_process_.execFileSync)('rustc', ['-V'], {
            cwd: root,
            env: { ...process.env, ...env },
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore']
        }).trim();
    }
    catch {
        return undefined;
    }
}
function recordFirmware(root, path, log, warnings) {
    const r = firmwareRecord(root, path);
    if (r.warning && !warnings.includes(r.warning)) {
        log.warn(r.warning);
        warnings.push(r.warning);
    }
    return r.firmware;
}
function writeJsonAtomic(path, value) {
    const tmp = `${path}.tmp-${process.pid}`;
    (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify(value, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(tmp, path);
}


/***/ }),

/***/ 5421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ builtinMeasure)
});

// UNUSED EXPORTS: TDX_NOTE

// EXTERNAL MODULE: ./src/igvm/format.ts
var format = __webpack_require__(12782);
// EXTERNAL MODULE: ./src/igvm/measure.ts + 1 modules
var measure = __webpack_require__(81498);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/igvm/tdx.ts
// The TDX MRTD of an IGVM file, as the igvm crate's measurement/tdx.rs (HEAD, not in 0.4.0)
// computes it: one SHA-384 over MEM.PAGE.ADD (128 bytes) and MR.EXTEND (384 bytes, 256 bytes of
// page data each) records. No COCONUT tool computes it; it is reported as such. A parameter area
// adds one page per 4 KiB of its declared size: the walk stops (MeasureError) rather than add
// more than 4 GiB of them, or pages past the top of the address space.



const PAGE_ADD = Buffer.alloc(128);
Buffer.from('MEM.PAGE.ADD').copy(PAGE_ADD);
const EXTEND = Buffer.alloc(384);
Buffer.from('MR.EXTEND').copy(EXTEND);
const CHUNK = 256;
const TOP = 1n << 64n;
/** Parameter area bytes walked per file at most: 2^20 pages, about a quarter of a second. */
const AREA_BUDGET = 1n << 32n;
const hex = (v) => `0x${v.toString(16)}`;
function tdxMrtd(file) {
    const mask = file.platforms.find(p => p.platformType === format/* PLATFORM_TYPE */.pD.TDX)?.mask;
    if (mask === undefined)
        return null;
    const h = (0,external_node_crypto_.createHash)('sha384');
    const areas = new Map();
    let walked = 0n;
    const addPage = (gpa, data) => {
        PAGE_ADD.writeBigUInt64LE(gpa, 16);
        h.update(PAGE_ADD);
        if (data === undefined)
            return; // not measured: the page is added, its contents are not extended
        for (let off = 0; off < format/* PAGE_4K */.AI; off += CHUNK) {
            EXTEND.writeBigUInt64LE(gpa + BigInt(off), 16);
            EXTEND.fill(0, 128);
            if (data)
                EXTEND.set(data.subarray(off, off + CHUNK), 128);
            h.update(EXTEND);
        }
    };
    for (const d of file.directives) {
        // Headers with a mask apply only when it covers the TDX mask; parameter areas have none.
        if ('mask' in d && (d.mask & mask) !== mask)
            continue;
        if (d.kind === 'parameter-area')
            areas.set(d.index, d.bytes);
        else if (d.kind === 'page-data') {
            if (d.flags & format/* PAGE_FLAGS */.Of.SHARED)
                continue;
            addPage(d.gpa, d.flags & format/* PAGE_FLAGS */.Of.UNMEASURED ? undefined : d.data);
        }
        else if (d.kind === 'parameter-insert') {
            const size = areas.get(d.index) ?? 0n;
            const area = `parameter area ${d.index} inserted at ${hex(d.gpa)} has ${hex(size)} bytes`;
            if (d.gpa + size > TOP)
                throw new measure/* MeasureError */.TG(`${area}: it runs past the top of the 64-bit guest physical address space`);
            walked += size;
            if (walked > AREA_BUDGET)
                throw new measure/* MeasureError */.TG(`${area}, more than the 4 GiB of parameter areas svsm-build walks for the MRTD`);
            for (let gpa = d.gpa; gpa < d.gpa + size; gpa += BigInt(format/* PAGE_4K */.AI))
                addPage(gpa, undefined);
        }
    }
    return h.digest();
}

;// CONCATENATED MODULE: ./src/igvm/inventory.ts
// What is inside an IGVM file, per platform: pages by kind, parameter areas, VMSAs, policy,
// required memory, ID block, and the digests (SNP default and native-zero; TDX MRTD).



const inventory_hex = (v) => `0x${v.toString(16)}`;
function snpPolicy(p) {
    const bit = (n) => ((p >> BigInt(n)) & 1n) === 1n;
    return {
        abiMinor: Number(p & 0xffn),
        abiMajor: Number((p >> 8n) & 0xffn),
        smt: bit(16),
        reservedMustBeOne: bit(17),
        migrateMa: bit(18),
        debug: bit(19),
        singleSocket: bit(20)
    };
}
function inventory(file) {
    const byMask = new Map(file.platforms.map(p => [p.mask, format/* PLATFORM_NAMES */.Z6[p.platformType] ?? String(p.platformType)]));
    const names = (mask) => file.platforms.filter(p => (p.mask & mask) !== 0).map(p => byMask.get(p.mask));
    const pages = {};
    for (const p of file.platforms)
        pages[byMask.get(p.mask)] = {
            data: 0,
            zero: 0,
            unmeasured: 0,
            cpuid: 0,
            secrets: 0,
            shared: 0,
            large: 0,
            bytes: 0
        };
    const areas = new Map();
    const vmsas = [];
    let required = { bytes: 0, ranges: 0 };
    let idBlock = false;
    for (const d of file.directives) {
        if (d.kind === 'page-data') {
            for (const name of names(d.mask)) {
                const c = pages[name];
                const size = d.flags & format/* PAGE_FLAGS */.Of.IS_2MB ? format/* PAGE_2M */.kI : format/* PAGE_4K */.AI;
                c.bytes += size;
                if (d.flags & format/* PAGE_FLAGS */.Of.IS_2MB)
                    c.large++;
                if (d.flags & format/* PAGE_FLAGS */.Of.SHARED)
                    c.shared++;
                const type = format/* DATA_TYPE_NAMES */.xc[d.dataType];
                if (type === 'cpuid' || type === 'cpuid-xf')
                    c.cpuid++;
                else if (type === 'secrets')
                    c.secrets++;
                else if (d.flags & format/* PAGE_FLAGS */.Of.UNMEASURED)
                    c.unmeasured++;
                else if (d.data)
                    c.data++;
                else
                    c.zero++;
            }
        }
        else if (d.kind === 'parameter-area')
            areas.set(d.index, { index: d.index, bytes: Number(d.bytes), insertedAt: null, usedBy: [] });
        else if (d.kind === 'parameter-usage')
            areas.get(d.index)?.usedBy.push(format/* TYPE_NAMES */.et[d.type] ?? inventory_hex(d.type));
        else if (d.kind === 'parameter-insert') {
            const a = areas.get(d.index);
            if (a)
                a.insertedAt = inventory_hex(d.gpa);
        }
        else if (d.kind === 'vp-context' &&
            (d.platformType === format/* PLATFORM_TYPE */.pD.SEV_SNP || d.platformType === format/* PLATFORM_TYPE */.pD.SEV_ES)) {
            const v = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength);
            const features = v.readBigUInt64LE(format/* VMSA */.yM.SEV_FEATURES);
            vmsas.push({
                gpa: inventory_hex(d.gpa),
                mask: inventory_hex(d.mask),
                cr0: inventory_hex(v.readBigUInt64LE(format/* VMSA */.yM.CR0)),
                rip: inventory_hex(v.readBigUInt64LE(format/* VMSA */.yM.RIP)),
                sevFeatures: inventory_hex(features),
                sevFeatureNames: format/* SEV_FEATURE_NAMES */.lz.filter(([b]) => ((features >> BigInt(b)) & 1n) === 1n).map(([, n]) => n),
                virtualTom: inventory_hex(v.readBigUInt64LE(format/* VMSA */.yM.VIRTUAL_TOM))
            });
        }
        else if (d.kind === 'required-memory')
            required = { bytes: required.bytes + d.bytes, ranges: required.ranges + 1 };
        else if (d.kind === 'snp-id-block')
            idBlock = true;
    }
    const digests = {};
    let matches = null;
    if (file.platforms.some(p => p.platformType === format/* PLATFORM_TYPE */.pD.SEV_SNP)) {
        try {
            const r = (0,measure/* measure */.xP)(file);
            const nativeZero = (0,measure/* measure */.xP)(file, { nativeZero: true }).digest;
            digests.snp = (0,measure/* toHex */.nj)(r.digest);
            digests.snpNativeZero = (0,measure/* toHex */.nj)(nativeZero);
            // The file does not say which zero-page mode it is launched with (igvmmeasure's
            // --native-zero): the block matches when it asserts the digest of either.
            if (r.idBlock)
                matches = r.idBlock.equals(r.digest) || r.idBlock.equals(nativeZero);
        }
        catch (e) {
            if (!(e instanceof measure/* MeasureError */.TG))
                throw e;
            digests.snpError = e.message;
        }
    }
    try {
        const mrtd = tdxMrtd(file);
        if (mrtd)
            digests.tdxMrtd = (0,measure/* toHex */.nj)(mrtd);
    }
    catch (e) {
        if (!(e instanceof measure/* MeasureError */.TG))
            throw e;
        digests.tdxMrtdError = e.message;
    }
    return {
        formatVersion: file.version,
        platforms: file.platforms.map(p => ({
            type: byMask.get(p.mask),
            mask: inventory_hex(p.mask),
            highestVtl: p.highestVtl,
            sharedGpaBoundary: inventory_hex(p.sharedGpaBoundary)
        })),
        policies: file.policies.map(p => ({
            mask: inventory_hex(p.mask),
            policy: inventory_hex(p.policy),
            decoded: snpPolicy(p.policy)
        })),
        pages,
        parameterAreas: [...areas.values()],
        vmsas,
        requiredMemory: required,
        idBlock: { present: idBlock, matches },
        ...(file.corim.length > 0
            ? {
                corim: file.corim.map(h => ({
                    kind: h.kind,
                    platforms: names(h.mask),
                    mask: inventory_hex(h.mask),
                    bytes: h.size,
                    offset: inventory_hex(h.offset)
                }))
            }
            : {}),
        ...(file.skipped.length > 0
            ? {
                skippedOptional: file.skipped.map(h => ({
                    type: inventory_hex(h.type),
                    offset: inventory_hex(h.offset),
                    bytes: h.length
                }))
            }
            : {}),
        digests
    };
}
function renderInventoryTable(inv) {
    const lines = [`IGVM format V${inv.formatVersion}`];
    lines.push(`platforms: ${inv.platforms.map(p => `${p.type} (mask ${p.mask}${p.sharedGpaBoundary !== '0x0' ? `, vTOM ${p.sharedGpaBoundary}` : ''})`).join(', ')}`);
    for (const p of inv.policies)
        lines.push(`policy: ${p.policy} (mask ${p.mask})`);
    lines.push('pages        data   zero  unmeas  cpuid  secrets  shared  2MiB  bytes');
    for (const [name, c] of Object.entries(inv.pages)) {
        lines.push(`  ${name.padEnd(9)} ${[c.data, c.zero, c.unmeasured, c.cpuid, c.secrets, c.shared, c.large].map(n => String(n).padStart(6)).join(' ')}  ${c.bytes}`);
    }
    lines.push(`parameter areas: ${inv.parameterAreas.map(a => `#${a.index} ${a.bytes} B at ${a.insertedAt ?? '(not inserted)'}${a.usedBy.length ? ` [${a.usedBy.join(', ')}]` : ''}`).join('; ') || 'none'}`);
    for (const v of inv.vmsas)
        lines.push(`VMSA at ${v.gpa}: cr0 ${v.cr0}, rip ${v.rip}, sev_features ${v.sevFeatures} (${v.sevFeatureNames.join(', ')})`);
    lines.push(`required memory: ${inv.requiredMemory.bytes} bytes in ${inv.requiredMemory.ranges} range(s)`);
    for (const h of inv.corim ?? [])
        lines.push(`CoRIM ${h.kind} for ${h.platforms.join(', ') || `mask ${h.mask} (no platform)`}: ${h.bytes} bytes at header ${h.offset} (not measured)`);
    for (const h of inv.skippedOptional ?? [])
        lines.push(`optional header ${h.type} at ${h.offset} (${h.bytes} bytes): type not known, skipped`);
    lines.push(`ID block: ${inv.idBlock.present ? (inv.idBlock.matches ? 'present, matches' : 'present, DOES NOT match') : 'none'}`);
    if (inv.digests.snp)
        lines.push(`SEV-SNP launch digest:              ${inv.digests.snp}`, `SEV-SNP launch digest (native-zero): ${inv.digests.snpNativeZero}`);
    if (inv.digests.snpError)
        lines.push(`SEV-SNP launch digest: ${inv.digests.snpError}`);
    if (inv.digests.tdxMrtd)
        lines.push(`TDX MRTD (svsm-build, after the igvm crate; no COCONUT tool computes it): ${inv.digests.tdxMrtd}`);
    if (inv.digests.tdxMrtdError)
        lines.push(`TDX MRTD: not computed: ${inv.digests.tdxMrtdError}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/igvm/parse.ts + 9 modules
var parse = __webpack_require__(72832);
;// CONCATENATED MODULE: ./src/engine/builtin-measure.ts
// Our own reader in the shape the runner wants: the SEV-SNP digest igvmmeasure would print for the
// target's flags, plus the file's inventory and (for TDX platforms) the MRTD.



const TDX_NOTE = 'computed by svsm-build after the igvm crate (measurement/tdx.rs); no COCONUT tool computes it';
const builtinMeasure = (bytes, o) => {
    const file = (0,parse/* parseIgvm */.V)(bytes);
    const r = (0,measure/* measure */.xP)(file, { checkKvm: o.checkKvm, nativeZero: o.nativeZero });
    if (r.idBlock && !r.idBlock.equals(r.digest)) {
        throw new measure/* MeasureError */.TG(`the ID block expects ${(0,measure/* toHex */.nj)(r.idBlock)}, the file measures ${(0,measure/* toHex */.nj)(r.digest)}`);
    }
    const inv = inventory(file);
    const { digests, ...rest } = inv;
    return {
        digest: (0,measure/* toHex */.nj)(r.digest),
        details: {
            inventory: rest,
            ...(digests.tdxMrtd ? { tdxMrtd: { value: digests.tdxMrtd, note: TDX_NOTE } } : {})
        }
    };
};


/***/ }),

/***/ 7878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ prepareBuild)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/recipe/errors.ts
/** A problem in one recipe: which file, where in it (JSON path), what was found, what is expected. */
class RecipeError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(problems.map(p => formatProblem(file, p)).join('\n'));
        this.file = file;
        this.problems = problems;
        this.name = 'RecipeError';
    }
}
function formatProblem(file, p) {
    const file_ = p.at ? `${file}:${p.at.line}:${p.at.column}` : file;
    const where = p.path ? `${file_}: ${p.path}` : file_;
    return p.found === undefined
        ? `${where}: ${p.expected}`
        : `${where}: expected ${p.expected}, got ${p.found}`;
}
/** `number 3`, `string "x"`, `array [..]`, `nothing (the key is missing)`. */
function describeValue(v) {
    if (v === undefined)
        return 'nothing (the key is missing)';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return `array ${clip(JSON.stringify(v))}`;
    if (typeof v === 'object')
        return `object ${clip(JSON.stringify(v))}`;
    if (typeof v === 'string')
        return `string ${clip(JSON.stringify(v))}`;
    return `${typeof v} ${String(v)}`;
}
function clip(s) {
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
/** Joins a JSON path; keys that are not identifiers are quoted (`kernel."my.part".features`). */
function jsonPath(parts) {
    return parts
        .map(p => typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z_][\w-]*$/.test(String(p))
            ? String(p)
            : JSON.stringify(String(p)))
        .join('.')
        .replace(/\.\[/g, '[');
}
/** Problems in several recipe files: every one is reported before anything runs. */
class RecipeErrors extends Error {
    errors;
    constructor(errors) {
        super(errors.map(e => e.message).join('\n'));
        this.errors = errors;
        this.name = 'RecipeErrors';
    }
}

// EXTERNAL MODULE: ./src/recipe/types.ts
var types = __webpack_require__(59067);
;// CONCATENATED MODULE: ./src/recipe/expand.ts
// Fills every default the dialect applies, and rejects what upstream would only reject (or crash
// on) in the middle of a build: by then kernels have been compiled for nothing.


const DEFAULT_POLICY = '0x30000';
const DEFAULT_OUTPUT = 'default.json';
const DEFAULT_PLATFORMS = ['snp', 'tdp', 'vsm'];
const DEFAULT_OBJCOPY = 'elf64-x86-64';
/** Roles the dialect's igvmbuilder call gives kernel parts; other parts are built and ignored. */
const KERNEL_ROLES = {
    xbuild: { svsm: '--kernel', bldr: '--bldr', 'tdx-stage1': '--tdx-stage1' },
    'build.py': { stage2: '--stage2', svsm: '--kernel', 'tdx-stage1': '--tdx-stage1' }
};
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
function expandRecipe(input, raw, ctx) {
    const problems = [];
    const warnings = [];
    const { dialect } = ctx;
    const expandComponents = (src, base) => {
        const out = {};
        for (const [name, c] of Object.entries(src ?? {})) {
            const path = jsonPath([...base, name]);
            if (!NAME.test(name)) {
                problems.push({
                    path,
                    expected: 'a cargo package or binary name (letters, digits, "_", "-", ".")',
                    found: `name ${JSON.stringify(name)}`
                });
                continue;
            }
            out[name] = expandComponent(c, path, dialect, problems, warnings);
        }
        return out;
    };
    const kernel = expandComponents(input.kernel, ['kernel']);
    const modules = expandComponents(input.fs?.modules, ['fs', 'modules']);
    const firmware = expandFirmware(input.firmware, dialect, problems, warnings);
    const igvm = {};
    const rawIgvm = (raw.igvm ?? {});
    const igvmIn = (input.igvm ?? {});
    for (const target of Object.keys(rawIgvm)) {
        const t = igvmIn[target];
        if (!t || !types/* IGVM_TARGETS */.TL.includes(target))
            continue;
        igvm[target] = expandTarget(t, target, dialect, warnings);
    }
    checkRoles(kernel, igvm, firmware, dialect, problems, warnings);
    checkModules(modules, dialect, problems, warnings);
    checkOutputs(igvm, problems, warnings);
    const recipe = {
        file: ctx.file,
        dialect,
        sha256: ctx.sha256,
        kernel,
        firmware,
        fs: { modules },
        igvm
    };
    return { recipe, problems, warnings };
}
function expandComponent(c, path, dialect, problems, warnings) {
    const type = c.type ?? 'cargo';
    const out = {
        type,
        no_default_features: 'no_default_features' in c ? (c.no_default_features ?? false) : false,
        binary: c.binary ?? false,
        objcopy: c.objcopy ?? DEFAULT_OBJCOPY,
        env: 'env' in c ? (c.env ?? {}) : {}
    };
    if (c.output_file != null)
        out.output_file = c.output_file;
    if (c.manifest != null)
        out.manifest = c.manifest;
    if (c.path != null)
        out.path = c.path;
    if (c.features != null) {
        // xbuild: split(',') + trim, so "" gives [""]; build.py: str.split(), whitespace, no empties.
        out.features =
            dialect === 'xbuild'
                ? c.features.split(',').map(f => f.trim())
                : c.features.split(/\s+/).filter(Boolean);
    }
    const toolchain = 'toolchain' in c ? c.toolchain : undefined;
    if (toolchain != null)
        out.toolchain = toolchain;
    if (type === 'make' && out.output_file === undefined) {
        problems.push({
            path: `${path}.output_file`,
            expected: 'a make target: a "make" build item needs "output_file"',
            found: describeMissing()
        });
    }
    if (type === 'cargo' && out.toolchain !== undefined) {
        problems.push({
            path: `${path}.toolchain`,
            expected: 'no toolchain: a non-default toolchain is only allowed for "type": "test" items',
            found: `string ${JSON.stringify(out.toolchain)}`
        });
    }
    if (type === 'make' && out.toolchain !== undefined)
        warnings.push(`${path}.toolchain: ignored for "make" items`);
    if (type !== 'make' && out.output_file !== undefined && dialect === 'xbuild') {
        warnings.push(`${path}.output_file: ignored by xbuild for "${type}" items (it is used only by "make")`);
    }
    if (type === 'make' && Object.keys(out.env).length > 0)
        warnings.push(`${path}.env: ignored for "make" items`);
    return out;
}
const describeMissing = () => 'nothing (the key is missing)';
function expandFirmware(f, dialect, problems, warnings) {
    if (f == null)
        return null;
    const out = {};
    if (f.command != null) {
        if (f.command.length === 0) {
            if (dialect === 'xbuild') {
                problems.push({
                    path: 'firmware.command',
                    expected: 'a non-empty array: program and arguments',
                    found: 'array []'
                });
            }
            else {
                warnings.push('firmware.command: empty, so build.py runs nothing');
            }
        }
        else {
            out.command = f.command;
        }
    }
    if (f.file != null)
        out.file = f.file;
    if (f.env != null)
        out.env = f.env;
    if (out.file !== undefined && out.env !== undefined)
        warnings.push('firmware: both "file" and "env" given; "file" wins');
    return out;
}
function expandTarget(t, target, dialect, warnings) {
    if (t.output === undefined) {
        warnings.push(`igvm.${target}.output: missing, so the file is named bin/${DEFAULT_OUTPUT} (upstream's default)`);
    }
    const out = {
        output: t.output ?? DEFAULT_OUTPUT,
        platforms: t.platforms ?? [...DEFAULT_PLATFORMS],
        policy: t.policy ?? DEFAULT_POLICY,
        measure: 'print',
        'check-kvm': t['check-kvm'] ?? false,
        'measure-native-zeroes': t['measure-native-zeroes'] ?? false,
        'no-vtom': dialect === 'xbuild' ? (t['no-vtom'] ?? false) : false
    };
    if (t.comport != null)
        out.comport = t.comport;
    return out;
}
function checkRoles(kernel, igvm, firmware, dialect, problems, warnings) {
    const roles = KERNEL_ROLES[dialect];
    const required = dialect === 'xbuild' ? ['svsm'] : ['stage2', 'svsm'];
    for (const r of required) {
        if (!kernel[r]) {
            problems.push({
                path: `kernel.${r}`,
                expected: r === 'svsm'
                    ? 'the main kernel: igvmbuilder needs --kernel'
                    : 'the stage2 loader: build.py always passes --stage2 bin/stage2',
                found: describeMissing()
            });
        }
    }
    for (const name of Object.keys(kernel)) {
        if (!(name in roles)) {
            warnings.push(`kernel.${name}: not one of ${Object.keys(roles).join(', ')}; it is built and copied to bin/${name} but not put into any IGVM file`);
        }
    }
    const hasStage1 = 'tdx-stage1' in kernel;
    for (const [target, t] of Object.entries(igvm)) {
        const path = `igvm.${target}.platforms`;
        const found = `array ${JSON.stringify(t.platforms)}`;
        if (t.platforms.length === 0) {
            problems.push({ path, expected: 'at least one platform (igvmbuilder: "No platform specified")', found });
            continue;
        }
        const tdp = t.platforms.includes('tdp');
        if (tdp && !hasStage1) {
            problems.push({
                path,
                expected: 'no "tdp" unless kernel has "tdx-stage1" (igvmbuilder: "TDP platform requires --tdx-stage1")',
                found
            });
        }
        if (!tdp && hasStage1) {
            problems.push({
                path,
                expected: '"tdp" because kernel has "tdx-stage1" (igvmbuilder: "TDP platform must be specified when using --tdx-stage1")',
                found
            });
        }
        if (!t.platforms.includes('snp')) {
            problems.push({
                path,
                expected: '"snp": the policy is always passed and igvmbuilder refuses it without SEV-SNP ("Policy not supported by the specified platform(s)")',
                found
            });
        }
        if (dialect === 'xbuild' && !('bldr' in kernel)) {
            const vtomZero = target !== 'hyper-v';
            if (tdp || (t.platforms.includes('snp') && vtomZero)) {
                problems.push({
                    path: 'kernel.bldr',
                    expected: `the boot loader: igvmbuilder requires --bldr for igvm.${target} (${tdp ? 'tdp' : 'snp without vTOM'})`,
                    found: describeMissing()
                });
            }
        }
        const seen = new Set();
        for (const p of t.platforms) {
            if (seen.has(p))
                warnings.push(`${path}: "${p}" is listed twice`);
            seen.add(p);
        }
    }
    if (firmware && firmware.file === undefined && firmware.env === undefined && firmware.command) {
        warnings.push('firmware: "command" runs but neither "file" nor "env" names its result, so no firmware is put into the IGVM files');
    }
    // De-duplicate required-part problems reported once per target.
    const seen = new Set();
    for (let i = problems.length - 1; i >= 0; i--) {
        const key = `${problems[i].path}|${problems[i].expected}`;
        if (seen.has(key))
            problems.splice(i, 1);
        seen.add(key);
    }
}
/**
 * Where a module lands in the fs image: its `path` (or its name). Like Rust's
 * `Path::strip_prefix("/")`, an absolute path loses its root and any `.` components right after
 * it (`//init`, `/./init` → `init`); anything else is kept verbatim.
 */
function fsImageName(name, c) {
    let p = c.path ?? name;
    if (!p.startsWith('/'))
        return p;
    p = p.replace(/^\/+/, '');
    while (p === '.' || p.startsWith('./'))
        p = p.replace(/^\.(\/+|$)/, '');
    return p;
}
function checkModules(modules, dialect, problems, warnings) {
    const names = new Map();
    for (const [name, c] of Object.entries(modules)) {
        const path = `fs.modules.${name}.path`;
        const image = fsImageName(name, c);
        const parts = image.split('/');
        if (image === '' || parts.includes('..')) {
            problems.push({
                path,
                expected: 'a file path inside the fs image such as "/init", without ".." components',
                found: `string ${JSON.stringify(c.path)}`
            });
            continue;
        }
        const other = names.get(image);
        if (other !== undefined) {
            warnings.push(`${path}: "${image}" is also the path of fs.modules.${other}; the image holds both and the kernel keeps the last`);
        }
        names.set(image, name);
        if (dialect === 'build.py' && parts.length > 1) {
            warnings.push(`${path}: build.py does not create sub-directories of bin/fs; svsm-build does`);
        }
    }
}
function checkOutputs(igvm, problems, warnings) {
    const seen = new Map();
    for (const [target, t] of Object.entries(igvm)) {
        const path = `igvm.${target}.output`;
        if (t.output === '' || t.output.startsWith('/') || t.output.split('/').includes('..')) {
            problems.push({
                path,
                expected: 'a file name under bin/, like "coconut-qemu.igvm"',
                found: `string ${JSON.stringify(t.output)}`
            });
            continue;
        }
        const other = seen.get(t.output);
        if (other)
            warnings.push(`${path}: bin/${t.output} is also the output of igvm.${other}; the later target overwrites it`);
        seen.set(t.output, target);
    }
    if (Object.keys(igvm).length === 0)
        warnings.push('igvm: no targets, so no IGVM file is built');
}

;// CONCATENATED MODULE: ./src/plan/common.ts
// Pieces both dialects share: step construction, profile paths, firmware resolution.

const KERNEL_TRIPLE = 'x86_64-unknown-none';
const HOST_TRIPLE = 'x86_64-unknown-linux-gnu';
const profileDir = (o) => (o.release ? 'release' : 'debug');
const PLATFORM_FLAG = { native: '--native', snp: '--snp', tdp: '--tdp', vsm: '--vsm' };
/** Short, unique names for recipes in step ids: file name without `.json`, numbered when repeated. */
function recipeKeys(recipes) {
    const seen = new Map();
    return recipes.map(r => {
        const base = (0,external_node_path_.basename)(r.file).replace(/\.json$/, '');
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n === 1 ? base : `${base}#${n}`;
    });
}
function command(s) {
    return { kind: 'command', cwd: '.', env: {}, ...s };
}
function internal(id, group, title, op, extra = {}) {
    const outputs = op.type === 'pack-fs' ? [op.output] : op.type === 'measure' ? [] : [op.path];
    const inputs = op.type === 'pack-fs' ? op.entries.map(e => e.file) : op.type === 'measure' ? [op.igvm] : [];
    return { kind: 'internal', id, group, title, op, inputs, outputs, ...extra };
}
/**
 * The firmware path igvmbuilder gets: `file` wins, else the value of `env`; the action's firmware
 * input replaces whichever the recipe uses. A recipe without a firmware section gets none.
 */
function resolveFirmware(r, o, warnings) {
    const fw = r.firmware;
    if (!fw) {
        if (o.firmware)
            warnings.push(`${r.file}: has no "firmware" section, so the firmware file ${o.firmware} is not used`);
        return null;
    }
    if (o.firmware && (fw.file !== undefined || fw.env !== undefined))
        return o.firmware;
    if (fw.file !== undefined)
        return fw.file;
    if (fw.env !== undefined) {
        const v = o.env[fw.env];
        if (v === undefined || v === '') {
            warnings.push(`${r.file}: firmware.env: ${fw.env} is not set, so the IGVM files get no firmware (upstream does the same, silently)`);
            return null;
        }
        return v;
    }
    if (o.firmware)
        warnings.push(`${r.file}: firmware has neither "file" nor "env", so the firmware file ${o.firmware} is not used`);
    return null;
}
function selectedTargets(r, o) {
    return Object.entries(r.igvm).filter(([t]) => !o.targets || o.targets.includes(t));
}
/**
 * What follows igvmbuilder for one target in both dialects: `igvmmeasure [--check-kvm]
 * [--native-zero] bin/<output> measure` (unless `igvmmeasure` is null: builtin mode), then our own
 * measurement, which cross-checks what igvmmeasure printed.
 */
function measureSteps(a, igvmmeasure) {
    const { key, recipe, t, igvm } = a;
    const target = a.target;
    const steps = [];
    const igvmmeasureStep = igvmmeasure ? `${key}:igvm/${target}/igvmmeasure` : undefined;
    if (igvmmeasureStep) {
        const argv = [igvmmeasure];
        if (t['check-kvm'])
            argv.push('--check-kvm');
        if (t['measure-native-zeroes'])
            argv.push('--native-zero');
        argv.push(igvm, 'measure');
        steps.push(command({
            id: igvmmeasureStep,
            group: 'measure',
            title: `Measuring ${igvm}`,
            recipe,
            target,
            argv,
            inputs: [igvm],
            outputs: [],
            capture: 'igvmmeasure'
        }));
    }
    const measureStep = `${key}:igvm/${target}/measure`;
    const op = {
        type: 'measure',
        igvm,
        checkKvm: t['check-kvm'],
        nativeZero: t['measure-native-zeroes'],
        ...(igvmmeasureStep ? { igvmmeasureStep } : {})
    };
    steps.push(internal(measureStep, 'measure', `Checking the launch digest of ${igvm}`, op, { recipe, target }));
    return {
        steps,
        plan: {
            measureStep,
            recipe,
            target,
            igvm,
            platforms: [...t.platforms],
            policy: t.policy,
            checkKvm: t['check-kvm'],
            nativeZero: t['measure-native-zeroes'],
            firmware: a.firmware
        }
    };
}

;// CONCATENATED MODULE: ./src/plan/buildpy.ts
// The legacy tool (`scripts/build.py`, Nov 2024 - May 2025), command for command: helpers first
// (for the host triple, packit with its CLI), then per recipe all kernel parts, their objcopy,
// firmware, the fs image through `packit pack`, and the IGVM targets in recipe order.


function cargo(name, c, triple, o) {
    const argv = ['cargo', 'build'];
    if (o.verbose)
        argv.push('-vv');
    argv.push(c.binary ? '--bin' : '--package', name);
    if (o.offline)
        argv.push('--locked', '--offline');
    if (c.features && c.features.length > 0)
        argv.push('--features', c.features.join(','));
    if (c.manifest !== undefined)
        argv.push('--manifest-path', c.manifest);
    if (o.release)
        argv.push('--release');
    argv.push('--target', triple);
    return argv;
}
function build(id, group, name, c, triple, recipe, o) {
    const title = `Building ${name}...`;
    if (c.type === 'make') {
        const argv = ['make', c.output_file];
        if (o.release)
            argv.push('RELEASE=1');
        if (o.verbose)
            argv.push('V=2');
        return command({
            id: `${id}/make`,
            group,
            title,
            recipe,
            argv,
            inputs: [],
            outputs: [c.output_file],
            produces: { path: c.output_file }
        });
    }
    // build.py looks for target/<triple>/<profile>/<output_file or name> and, when that is
    // missing, passes the bare name on (the objcopy then fails on it).
    const out = `target/${triple}/${profileDir(o)}/${c.output_file ?? name}`;
    return command({
        id: `${id}/cargo`,
        group,
        title,
        recipe,
        argv: cargo(name, c, triple, o),
        inputs: [],
        outputs: [out],
        produces: { path: out, fallback: name }
    });
}
function objcopy(id, group, name, c, from, dst, recipe) {
    const src = from.produces.path;
    return command({
        id: `${id}/objcopy`,
        group,
        title: `Copying ${name} to ${dst}`,
        recipe,
        argv: ['objcopy', '-O', c.objcopy, '--strip-unneeded', src, dst],
        inputs: [src],
        outputs: [dst],
        argFrom: { index: 4, step: from.id }
    });
}
function planBuildpy(recipes, keys, o, warnings) {
    const steps = [];
    const targets = [];
    const built = new Set();
    const prof = profileDir(o);
    const tool = (n) => o.tools?.[n] ?? `target/${HOST_TRIPLE}/${prof}/${n}`;
    // Reported as the build's git version; build.py itself leaves the file to release/build.rs.
    steps.push(command({
        id: 'git-version',
        group: 'prepare',
        title: 'Reading the git version',
        argv: ['git', 'describe', '--always', '--dirty=+'],
        inputs: [],
        outputs: [],
        capture: 'git-version',
        mayFail: true
    }));
    steps.push(internal('mkdir-bin', 'prepare', 'Creating bin/', { type: 'mkdir', path: 'bin' }));
    const helpers = [
        ['igvmbuilder', {}],
        ['igvmmeasure', {}],
        ['packit', { features: ['cli'] }]
    ];
    for (const [name, c] of helpers) {
        if (name === 'igvmmeasure' && o.measure === 'builtin')
            continue;
        if (o.tools?.[name])
            continue;
        steps.push(build(`helpers/${name}`, 'helpers', name, c, HOST_TRIPLE, undefined, o));
    }
    recipes.forEach((r, i) => {
        const key = keys[i];
        const recipe = r.file;
        const kernelBuilds = Object.entries(r.kernel).map(([name, c]) => {
            built.add(name);
            return [name, c, build(`${key}:kernel/${name}`, 'kernel', name, c, KERNEL_TRIPLE, recipe, o)];
        });
        steps.push(...kernelBuilds.map(([, , s]) => s));
        steps.push(...kernelBuilds.map(([name, c, s]) => objcopy(`${key}:kernel/${name}`, 'kernel', name, c, s, `bin/${name}`, recipe)));
        const firmware = resolveFirmware(r, o, warnings);
        if (r.firmware?.command) {
            steps.push(command({
                id: `${key}:firmware/command`,
                group: 'firmware',
                title: 'Running the firmware command',
                recipe,
                argv: [...r.firmware.command],
                inputs: [],
                outputs: firmware ? [firmware] : []
            }));
        }
        steps.push(internal(`${key}:fs/reset`, 'fs', 'Resetting bin/fs', { type: 'reset-dir', path: 'bin/fs' }, { recipe }));
        const modules = Object.entries(r.fs.modules);
        for (const [name, c] of modules) {
            built.add(name);
            const b = build(`${key}:fs/${name}`, 'fs', name, c, KERNEL_TRIPLE, recipe, o);
            // build.py formats "bin/fs/{path}", so "/init" becomes "bin/fs//init".
            const dst = `bin/fs/${c.path ?? name}`;
            steps.push(b, objcopy(`${key}:fs/${name}`, 'fs', name, c, b, dst, recipe));
        }
        const fsImage = modules.length > 0 ? 'bin/svsm-fs.bin' : null;
        if (fsImage) {
            const inputs = modules.map(([name, c]) => `bin/fs/${fsImageName(name, c)}`);
            steps.push(command({
                id: `${key}:fs/packit`,
                group: 'fs',
                title: `Writing ${fsImage}`,
                recipe,
                argv: [tool('packit'), 'pack', '--input', 'bin/fs', '--output', fsImage],
                inputs,
                outputs: [fsImage]
            }));
        }
        for (const [target, t] of selectedTargets(r, o)) {
            const igvm = `bin/${t.output}`;
            const argv = [
                tool('igvmbuilder'),
                '--sort',
                '--output',
                igvm,
                '--policy',
                t.policy,
                '--stage2',
                'bin/stage2',
                '--kernel',
                'bin/svsm'
            ];
            if ('tdx-stage1' in r.kernel)
                argv.push('--tdx-stage1', 'bin/tdx-stage1');
            if (t.comport !== undefined)
                argv.push('--comport', t.comport);
            argv.push(...t.platforms.map(p => PLATFORM_FLAG[p]));
            if (firmware)
                argv.push('--firmware', firmware);
            if (fsImage)
                argv.push('--filesystem', fsImage);
            argv.push(target);
            const inputs = [
                'bin/stage2',
                'bin/svsm',
                ...('tdx-stage1' in r.kernel ? ['bin/tdx-stage1'] : []),
                ...(firmware ? [firmware] : []),
                ...(fsImage ? [fsImage] : [])
            ];
            steps.push(command({
                id: `${key}:igvm/${target}/build`,
                group: 'igvm',
                title: `Building ${igvm} (${target})`,
                recipe,
                target: target,
                argv,
                inputs,
                outputs: [igvm]
            }));
            const m = measureSteps({ key, recipe, target, t, igvm, firmware }, o.measure === 'igvmmeasure' ? tool('igvmmeasure') : null);
            steps.push(...m.steps);
            targets.push(m.plan);
        }
    });
    return { steps, targets, built };
}

// EXTERNAL MODULE: ./src/plan/features.ts
var features = __webpack_require__(62412);
// EXTERNAL MODULE: ./src/fsimage/packit.ts
var packit = __webpack_require__(41590);
;// CONCATENATED MODULE: ./src/plan/xbuild.ts
// The current upstream tool (`./build` = `cargo xbuild`), command for command:
// git version file, then per recipe kernel → firmware → fs → IGVM targets, helpers built lazily.



const GIT_VERSION_FILE = 'release/src/git_version.rs';
const cliFeatures = (name, o) => o.features.filter((f) => f.pkg === name).map(f => f.feature);
/** Feature flags for one component: `--all-features`, or `[--no-default-features] [--features a,b]`. */
function featureArgs(name, c, o) {
    if (o.allFeatures)
        return ['--all-features'];
    const args = [];
    if (c?.no_default_features)
        args.push('--no-default-features');
    const cli = cliFeatures(name, o);
    const list = [...(c?.features ?? []), ...cli];
    // A recipe's `"features": ""` gives [""] and so `--features ""`, as upstream.
    if (c?.features !== undefined || cli.length > 0)
        args.push('--features', list.join(','));
    return args;
}
function tailArgs(c, o) {
    const args = [];
    if (c?.manifest !== undefined)
        args.push('--manifest-path', c.manifest);
    if (o.release)
        args.push('--release');
    if (o.offline)
        args.push('--offline', '--locked');
    if (o.verbose)
        args.push('-vv');
    return args;
}
/** Build + objcopy for one kernel part or fs module. */
function componentSteps(prefix, group, name, c, dst, recipe, o) {
    const prof = profileDir(o);
    const id = `${prefix}:${group}/${name}`;
    const title = `Building ${name}...`;
    const build = (() => {
        switch (c.type) {
            case 'make': {
                const features = o.allFeatures ? '' : [...(c.features ?? []), ...cliFeatures(name, o)].join(',');
                const argv = ['make', c.output_file];
                if (o.release)
                    argv.push('RELEASE=1');
                if (o.verbose)
                    argv.push('V=2');
                return command({
                    id: `${id}/make`,
                    group,
                    title,
                    recipe,
                    argv,
                    env: { FEATURES: features, FEATURES_TEST: features },
                    inputs: [],
                    outputs: [c.output_file],
                    produces: { path: c.output_file }
                });
            }
            case 'test': {
                const argv = ['cargo'];
                if (c.toolchain !== undefined)
                    argv.push(`+${c.toolchain}`);
                argv.push('test', '--no-run', '--message-format=json-render-diagnostics', '--package', name, '--target', KERNEL_TRIPLE);
                argv.push(...featureArgs(name, c, o), ...tailArgs(c, o));
                return command({
                    id: `${id}/cargo`,
                    group,
                    title,
                    recipe,
                    argv,
                    env: { ...c.env },
                    inputs: [],
                    outputs: [],
                    capture: 'cargo-test-executable',
                    produces: { cargoTestTarget: name }
                });
            }
            default: {
                const argv = ['cargo', 'build', c.binary ? '--bin' : '--package', name, '--target', KERNEL_TRIPLE];
                argv.push(...featureArgs(name, c, o), ...tailArgs(c, o));
                const out = `target/${KERNEL_TRIPLE}/${prof}/${name}`;
                return command({
                    id: `${id}/cargo`,
                    group,
                    title,
                    recipe,
                    argv,
                    env: { ...c.env },
                    inputs: [],
                    outputs: [out],
                    produces: { path: out }
                });
            }
        }
    })();
    const src = c.type === 'test' ? `<test executable of ${name}>` : build.produces.path;
    const objcopy = command({
        id: `${id}/objcopy`,
        group,
        title: `Copying ${name} to ${dst}`,
        recipe,
        argv: ['objcopy', '-O', c.objcopy, o.release ? '--strip-unneeded' : '--strip-debug', src, dst],
        inputs: c.type === 'test' ? [] : [src],
        outputs: [dst],
        argFrom: c.type === 'test' ? { index: 4, step: build.id } : undefined
    });
    if (!objcopy.argFrom)
        delete objcopy.argFrom;
    return [build, objcopy];
}
function planXbuild(recipes, keys, o, warnings) {
    const steps = [];
    const targets = [];
    const built = new Set();
    const helpersBuilt = new Set();
    const prof = profileDir(o);
    steps.push(command({
        id: 'git-version',
        group: 'prepare',
        title: `Writing ${GIT_VERSION_FILE}`,
        argv: ['git', 'describe', '--always', '--dirty=+'],
        inputs: [],
        outputs: [GIT_VERSION_FILE],
        capture: 'git-version',
        writeVersionTo: GIT_VERSION_FILE,
        mayFail: true
    }));
    // A prebuilt helper (--igvmbuilder, --igvmmeasure) is used as given; the tree's own is built.
    const toolPath = (name) => o.tools?.[name] ?? `target/${prof}/${name}`;
    const helper = (name) => {
        built.add(name);
        if (helpersBuilt.has(name) || o.tools?.[name])
            return;
        helpersBuilt.add(name);
        const out = `target/${prof}/${name}`;
        steps.push(command({
            id: `helpers/${name}`,
            group: 'helpers',
            title: `Building ${name}...`,
            argv: [
                'cargo',
                'build',
                '--package',
                name,
                ...featureArgs(name, undefined, o),
                ...tailArgs(undefined, o)
            ],
            inputs: [],
            outputs: [out],
            produces: { path: out }
        }));
    };
    recipes.forEach((r, i) => {
        const key = keys[i];
        const recipe = r.file;
        steps.push(internal(`${key}:kernel/mkdir`, 'kernel', 'Creating bin/', { type: 'mkdir', path: 'bin' }, { recipe }));
        for (const [name, c] of Object.entries(r.kernel)) {
            built.add(name);
            steps.push(...componentSteps(key, 'kernel', name, c, `bin/${name}`, recipe, o));
        }
        const firmware = resolveFirmware(r, o, warnings);
        if (r.firmware?.command) {
            steps.push(command({
                id: `${key}:firmware/command`,
                group: 'firmware',
                title: 'Running the firmware command',
                recipe,
                argv: [...r.firmware.command],
                inputs: [],
                outputs: firmware ? [firmware] : []
            }));
        }
        steps.push(internal(`${key}:fs/reset`, 'fs', 'Resetting bin/fs', { type: 'reset-dir', path: 'bin/fs' }, { recipe }));
        const entries = [];
        for (const [name, c] of Object.entries(r.fs.modules)) {
            built.add(name);
            const image = fsImageName(name, c);
            steps.push(...componentSteps(key, 'fs', name, c, `bin/fs/${image}`, recipe, o));
            entries.push({ name: image, file: `bin/fs/${image}` });
        }
        const fsImage = entries.length > 0 ? 'bin/svsm-fs.bin' : null;
        if (fsImage) {
            // Sorted by name: upstream writes HashMap order, so its bytes (and digest) vary between runs.
            entries.sort((a, b) => (0,packit/* packItCompare */.SC)(a.name, b.name));
            steps.push(internal(`${key}:fs/pack`, 'fs', `Writing ${fsImage}`, { type: 'pack-fs', output: fsImage, entries }, { recipe }));
        }
        for (const [target, t] of selectedTargets(r, o)) {
            const igvm = `bin/${t.output}`;
            const parts = ['svsm', 'tdx-stage1', 'bldr'].filter(p => p in r.kernel);
            const argv = [
                toolPath('igvmbuilder'),
                '--sort',
                '--output',
                igvm,
                '--policy',
                t.policy,
                '--kernel',
                'bin/svsm'
            ];
            if (parts.includes('tdx-stage1'))
                argv.push('--tdx-stage1', 'bin/tdx-stage1');
            if (parts.includes('bldr'))
                argv.push('--bldr', 'bin/bldr');
            if (firmware)
                argv.push('--firmware', firmware);
            if (fsImage)
                argv.push('--filesystem', fsImage);
            if (t.comport !== undefined)
                argv.push('--comport', t.comport);
            if (o.verbose)
                argv.push('--verbose');
            if (t['no-vtom'])
                argv.push('--no-vtom');
            argv.push(...t.platforms.map(p => PLATFORM_FLAG[p]), target);
            helper('igvmbuilder');
            const inputs = [
                ...parts.map(p => `bin/${p}`),
                ...(firmware ? [firmware] : []),
                ...(fsImage ? [fsImage] : [])
            ];
            steps.push(command({
                id: `${key}:igvm/${target}/build`,
                group: 'igvm',
                title: `Building ${igvm} (${target})`,
                recipe,
                target: target,
                argv,
                inputs,
                outputs: [igvm]
            }));
            if (o.measure === 'igvmmeasure')
                helper('igvmmeasure');
            const m = measureSteps({ key, recipe, target, t, igvm, firmware }, o.measure === 'igvmmeasure' ? toolPath('igvmmeasure') : null);
            steps.push(...m.steps);
            targets.push(m.plan);
        }
    });
    return { steps, targets, built };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts




function makePlan(recipes, dialect, options) {
    const warnings = [];
    const keys = recipeKeys(recipes);
    const { steps, targets, built } = (dialect === 'xbuild' ? planXbuild : planBuildpy)(recipes, keys, options, warnings);
    if (options.targets) {
        for (const t of options.targets) {
            if (!targets.some(p => p.target === t))
                warnings.push(`target ${t}: no recipe builds it`);
        }
    }
    if (dialect === 'xbuild')
        warnings.push(...(0,features/* unusedFeatureWarnings */.E)(options.features, built));
    const { env: _env, ...rest } = options;
    return { dialect, options: rest, recipes, steps, targets, warnings };
}

;// CONCATENATED MODULE: ./src/recipe/dialect.ts
// Which upstream tool the svsm tree was made for: xbuild (May 2025 on) or scripts/build.py.


function detectDialect(root) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'xbuild')))
        return 'xbuild';
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'scripts', 'build.py')))
        return 'build.py';
    return null;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/recipe/bundled.ts
// Recipe inputs: a path (relative to svsm-path) or the name of a recipe bundled with the action.



/** Bundled names → files in this repository's recipes/ (kept equal to upstream's configs). */
const BUNDLED_RECIPES = {
    qemu: 'qemu-target.json',
    'hyper-v': 'hyperv-target.json',
    vanadium: 'vanadium-target.json',
    'all-targets': 'all-targets.json',
    'qemu-test': 'test/qemu-test-target.json',
    'hyper-v-test': 'test/hyperv-test-target.json',
    'vanadium-test': 'test/vanadium-test-target.json'
};
/** recipes/ next to dist/ (the bundle lives in dist/<entry>/index.js) or next to src/. */
function bundledRecipesDir() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'recipes', 'all-targets.json')))
            return (0,external_node_path_.join)(dir, 'recipes');
        dir = (0,external_node_path_.dirname)(dir);
    }
    return (0,external_node_path_.join)(dir, 'recipes');
}
/** The bundled recipe a name stands for, or null. */
function bundledRecipe(name) {
    const file = BUNDLED_RECIPES[name];
    return file ? (0,external_node_path_.join)(bundledRecipesDir(), file) : null;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/recipe/json-syntax.ts
// Where a text stops being JSON, as a line and column a user can jump to. JSON.parse only says
// "at position N" (and not even that in every Node version), so the text is scanned once more,
// by the same grammar (RFC 8259), when JSON.parse has already refused it.
class Stop extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
/** The first syntax error in `text`, or null when it is valid JSON. */
function findJsonSyntaxError(text) {
    try {
        scanDocument(text);
        return null;
    }
    catch (e) {
        if (!(e instanceof Stop))
            throw e;
        return { ...lineColumn(text, e.offset), message: e.message };
    }
}
function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    return { line, column: Array.from(before.slice(lineStart)).length + 1 };
}
function scanDocument(text) {
    if (text.charCodeAt(0) === 0xfeff)
        throw new Stop(0, 'the file starts with a byte order mark (BOM); save it as UTF-8 without one');
    let i = skipSpace(text, 0);
    if (i === text.length)
        throw new Stop(i, text.length === 0 ? 'the file is empty' : 'the file holds only white space');
    i = scanValue(text, i);
    i = skipSpace(text, i);
    if (i < text.length)
        throw new Stop(i, `expected the end of the file after the value, found ${shown(text, i)}`);
}
function skipSpace(t, i) {
    while (i < t.length && (t[i] === ' ' || t[i] === '\t' || t[i] === '\n' || t[i] === '\r'))
        i++;
    return i;
}
/** Returns the offset just after the value that starts at `i`. */
function scanValue(t, i) {
    const c = t[i];
    if (c === '{')
        return scanObject(t, i);
    if (c === '[')
        return scanArray(t, i);
    if (c === '"')
        return scanString(t, i);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
        return scanNumber(t, i);
    for (const word of ['true', 'false', 'null'])
        if (t.startsWith(word, i))
            return i + word.length;
    throw new Stop(i, `expected a value (object, array, string, number, true, false or null), found ${shown(t, i)}`);
}
function scanObject(t, i) {
    i = skipSpace(t, i + 1);
    if (t[i] === '}')
        return i + 1;
    for (;;) {
        if (t[i] !== '"')
            throw new Stop(i, t[i] === '}'
                ? 'expected a property name in double quotes, found "}" (a trailing comma is not allowed)'
                : `expected a property name in double quotes, found ${shown(t, i)}`);
        i = skipSpace(t, scanString(t, i));
        if (t[i] !== ':')
            throw new Stop(i, `expected ":" after the property name, found ${shown(t, i)}`);
        i = skipSpace(t, scanValue(t, skipSpace(t, i + 1)));
        if (t[i] === '}')
            return i + 1;
        if (t[i] !== ',')
            throw new Stop(i, `expected "," or "}" after a property value, found ${shown(t, i)}`);
        i = skipSpace(t, i + 1);
    }
}
function scanArray(t, i) {
    i = skipSpace(t, i + 1);
    if (t[i] === ']')
        return i + 1;
    for (;;) {
        if (t[i] === ']')
            throw new Stop(i, 'expected a value, found "]" (a trailing comma is not allowed)');
        i = skipSpace(t, scanValue(t, i));
        if (t[i] === ']')
            return i + 1;
        if (t[i] !== ',')
            throw new Stop(i, `expected "," or "]" after an array element, found ${shown(t, i)}`);
        i = skipSpace(t, i + 1);
    }
}
function scanString(t, start) {
    let i = start + 1;
    for (;;) {
        if (i >= t.length)
            throw new Stop(start, 'this string is never closed (no ending double quote)');
        const code = t.charCodeAt(i);
        if (t[i] === '"')
            return i + 1;
        if (code === 0x0a)
            throw new Stop(start, 'this string is not closed on its line (a closing double quote is missing; write \\n for a line break in a string)');
        if (code < 0x20)
            throw new Stop(i, `control character U+${code.toString(16).padStart(4, '0').toUpperCase()} inside a string (write it as an escape)`);
        if (t[i] === '\\') {
            const e = t[i + 1];
            if (e === 'u') {
                if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6)))
                    throw new Stop(i, 'expected four hexadecimal digits after \\u');
                i += 6;
                continue;
            }
            if (e === undefined || !'"\\/bfnrt'.includes(e))
                throw new Stop(i, `invalid escape ${shown(t, i, 2)} in a string (allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
            i += 2;
            continue;
        }
        i++;
    }
}
function scanNumber(t, start) {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(start, start + 400));
    if (!m || m[0] === '-')
        throw new Stop(start, `invalid number ${shown(t, start, 12)}`);
    const end = start + m[0].length;
    const next = t[end];
    if (next !== undefined && /[\d.eE+-]/.test(next))
        throw new Stop(start, `invalid number ${shown(t, start, end - start + 1)} (no leading zeros, digits needed after "." and in exponents)`);
    return end;
}
/** The characters found at `i`, quoted, or "the end of the file". */
function shown(t, i, n = 1) {
    if (i >= t.length)
        return 'the end of the file';
    return JSON.stringify(Array.from(t.slice(i)).slice(0, n).join(''));
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/recipe/schema.ts
// zod schemas for both recipe dialects. Each schema's error text is the "expected" half of a
// RecipeProblem; load.ts adds the file, the JSON path and what was found.

const BOOL = 'true or false';
const optStr = (what) => schemas/* string */.YjP({ error: what }).nullish();
const componentFields = {
    output_file: optStr('a string (the make target and the file it builds)'),
    manifest: optStr('a string (path to a Cargo.toml)'),
    binary: schemas/* boolean */.zMY({ error: BOOL }).optional(),
    objcopy: schemas/* string */.YjP({ error: 'a string (an objcopy BFD name such as "binary" or "elf64-x86-64")' })
        .optional(),
    path: optStr('a string (the file path inside the fs image, e.g. "/init")')
};
const xbuildComponent = schemas/* object */.Ikc({
    ...componentFields,
    type: schemas/* enum */.k5n(['cargo', 'make', 'test'], { error: 'one of "cargo", "make", "test"' }).optional(),
    features: optStr('a string of comma-separated cargo features, e.g. "vtpm,enable-gdb"'),
    no_default_features: schemas/* boolean */.zMY({ error: BOOL }).optional(),
    toolchain: optStr('a string (a rustup toolchain such as "nightly")'),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP({ error: 'a string' }), { error: 'an object of environment variables' })
        .optional()
}, { error: 'an object (a build item)' });
const buildpyComponent = schemas/* object */.Ikc({
    ...componentFields,
    type: schemas/* enum */.k5n(['cargo', 'make'], { error: 'one of "cargo", "make" (build.py knows no other build type)' })
        .optional(),
    features: schemas/* string */.YjP({ error: 'a string of whitespace-separated cargo features' }).optional()
}, { error: 'an object (a build item)' });
const platform = schemas/* enum */.k5n(['native', 'snp', 'tdp', 'vsm'], { error: 'one of "native", "snp", "tdp", "vsm"' });
const igvmTargetFields = {
    output: schemas/* string */.YjP({ error: 'a string (file name under bin/)' }).optional(),
    platforms: schemas/* array */.YOg(platform, { error: 'an array of platforms, e.g. ["snp", "tdp"]' }).optional(),
    policy: schemas/* string */.YjP({ error: 'a string with a hex SEV-SNP policy like "0x30000"' })
        .regex(/^(0[xX])?[0-9a-fA-F]{1,16}$/, {
        error: 'a hex SEV-SNP policy of at most 64 bits, like "0x30000"'
    })
        .optional(),
    comport: schemas/* string */.YjP({ error: 'a string like "3"' })
        .regex(/^0*[1-4]$/, { error: 'a COM port number from "1" to "4"' })
        .nullish(),
    measure: schemas/* literal */.euz('print', { error: '"print" (the only measure mode)' }).optional(),
    'check-kvm': schemas/* boolean */.zMY({ error: BOOL }).optional(),
    'measure-native-zeroes': schemas/* boolean */.zMY({ error: BOOL }).optional()
};
const xbuildIgvmTarget = schemas/* object */.Ikc({ ...igvmTargetFields, 'no-vtom': schemas/* boolean */.zMY({ error: BOOL }).optional() }, { error: 'an object of IGVM settings' });
const buildpyIgvmTarget = schemas/* object */.Ikc(igvmTargetFields, { error: 'an object of IGVM settings' });
const firmware = schemas/* object */.Ikc({
    command: schemas/* array */.YOg(schemas/* string */.YjP({ error: 'a string' }), { error: 'a JSON array of strings (program and arguments)' })
        .nullish(),
    file: optStr('a string (path to the firmware file)'),
    env: optStr('a string (name of an environment variable holding the firmware path)')
}, { error: 'an object with "command", "file" or "env"' });
const targets = (t) => schemas/* strictObject */.rej({ qemu: t.optional(), 'hyper-v': t.optional(), vanadium: t.optional() }, { error: 'an object keyed by IGVM target: "qemu", "hyper-v", "vanadium"' });
const components = (c, what) => schemas/* record */.g1P(schemas/* string */.YjP(), c, { error: `an object mapping ${what} names to build items` });
const xbuildRecipe = schemas/* object */.Ikc({
    kernel: components(xbuildComponent, 'kernel component'),
    firmware: firmware.nullish(),
    fs: schemas/* object */.Ikc({ modules: components(xbuildComponent, 'module') }, { error: 'an object with "modules" (xbuild requires it, even when empty)' }),
    igvm: targets(xbuildIgvmTarget)
}, { error: 'a JSON object with "kernel", "fs" and "igvm"' });
// build.py reads every top-level part with dict.get(..., {}): all optional.
const buildpyRecipe = schemas/* object */.Ikc({
    kernel: components(buildpyComponent, 'kernel component').optional(),
    firmware: firmware.optional(),
    fs: schemas/* object */.Ikc({ modules: components(buildpyComponent, 'module').optional() }, { error: 'an object' })
        .optional(),
    igvm: targets(buildpyIgvmTarget).optional()
}, { error: 'a JSON object with "kernel", "igvm" and optionally "firmware" and "fs"' });
/** Keys each dialect reads; anything else is ignored upstream and warned about here. */
const KNOWN_KEYS = {
    xbuild: {
        root: ['kernel', 'firmware', 'fs', 'igvm'],
        component: [
            'type',
            'output_file',
            'manifest',
            'features',
            'no_default_features',
            'binary',
            'objcopy',
            'path',
            'toolchain',
            'env'
        ],
        firmware: ['command', 'file', 'env'],
        fs: ['modules'],
        target: [
            'output',
            'platforms',
            'policy',
            'comport',
            'measure',
            'check-kvm',
            'measure-native-zeroes',
            'no-vtom'
        ]
    },
    'build.py': {
        root: ['kernel', 'firmware', 'fs', 'igvm'],
        component: ['type', 'output_file', 'manifest', 'features', 'binary', 'objcopy', 'path'],
        firmware: ['command', 'file', 'env'],
        fs: ['modules'],
        target: ['output', 'platforms', 'policy', 'comport', 'measure', 'check-kvm', 'measure-native-zeroes']
    }
};

;// CONCATENATED MODULE: ./src/recipe/load.ts
// Reads one recipe file and turns it into an ExpandedRecipe, or a RecipeError that lists every
// problem with its JSON path. Nothing is built from a recipe that fails here.






/** Loads `file` (resolved against `root`; `displayName` is how errors name it). */
function loadRecipe(file, dialect, root = '.', displayName = file) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file.startsWith('/') ? file : `${root}/${file}`);
    }
    catch (e) {
        const code = e.code;
        throw new RecipeError(displayName, [
            {
                path: '',
                expected: code === 'ENOENT' ? 'cannot read the recipe: no such file' : `cannot read the recipe: ${String(e)}`
            }
        ]);
    }
    return parseRecipe(bytes, displayName, dialect);
}
function parseRecipe(bytes, file, dialect) {
    const raw = parseJson(bytes.toString('utf8'), file);
    const schema = dialect === 'xbuild' ? xbuildRecipe : buildpyRecipe;
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
        throw new RecipeError(file, issuesToProblems(parsed.error.issues, raw));
    const warnings = unknownKeyWarnings(raw, dialect).map(w => `${file}: ${w}`);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const { recipe, problems, warnings: more } = expandRecipe(parsed.data, raw, { file, dialect, sha256 });
    if (problems.length > 0)
        throw new RecipeError(file, problems);
    return { recipe, warnings: [...warnings, ...more.map(w => `${file}: ${w}`)] };
}
/** JSON.parse, with the first syntax error named by line and column (`configs/x.json:3:17: ...`). */
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        let found = null;
        try {
            found = findJsonSyntaxError(text);
        }
        catch {
            // Nested too deep for the scanner's recursion: JSON.parse's own words are all there is.
        }
        throw new RecipeError(file, [
            found
                ? {
                    path: '',
                    at: { line: found.line, column: found.column },
                    expected: `not valid JSON: ${found.message}`
                }
                : { path: '', expected: `not valid JSON: ${e.message}` }
        ]);
    }
}
function issuesToProblems(issues, raw) {
    const out = [];
    for (const issue of issues) {
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
                out.push({
                    path: jsonPath([...issue.path, key]),
                    expected: 'an IGVM target: "qemu", "hyper-v" or "vanadium"',
                    found: `unknown target ${JSON.stringify(key)}`
                });
            }
            continue;
        }
        const path = jsonPath(issue.path);
        out.push({ path, expected: issue.message, found: describeValue(valueAt(raw, issue.path)) });
    }
    return out;
}
function valueAt(raw, path) {
    let v = raw;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
/** Upstream ignores unknown keys (serde/dict.get); a typo such as "featurs" would go unnoticed. */
function unknownKeyWarnings(raw, dialect) {
    const known = KNOWN_KEYS[dialect];
    const warnings = [];
    const check = (obj, path, keys) => {
        if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
            return;
        for (const k of Object.keys(obj)) {
            if (!keys.includes(k)) {
                warnings.push(`${jsonPath([...path, k])}: unknown key, ignored (${dialect} reads only ${keys.join(', ')})`);
            }
        }
    };
    const r = raw;
    check(r, [], known.root);
    for (const [name, c] of Object.entries(r.kernel ?? {}))
        check(c, ['kernel', name], known.component);
    check(r.firmware, ['firmware'], known.firmware);
    check(r.fs, ['fs'], known.fs);
    const modules = (r.fs?.modules ?? {});
    for (const [name, c] of Object.entries(modules))
        check(c, ['fs', 'modules', name], known.component);
    for (const [name, t] of Object.entries(r.igvm ?? {}))
        check(t, ['igvm', name], known.target);
    return warnings;
}

// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/engine/prepare.ts
// Recipes on disk → Plan: resolve the files, pick the dialect, load, expand and plan them.








function prepareBuild(req) {
    const root = (0,external_node_path_.resolve)(req.root);
    if (!(0,external_node_fs_.existsSync)(root))
        throw new engine_errors/* UsageError */.e(`--svsm ${req.root}: no such directory`);
    if (req.recipes.length === 0)
        throw new engine_errors/* UsageError */.e('no recipe given (for example configs/qemu-target.json)');
    const dialect = req.dialect === 'auto' ? detectDialect(root) : req.dialect;
    if (!dialect) {
        throw new engine_errors/* UsageError */.e(`${req.root}: cannot tell the build dialect: neither xbuild/ (current svsm) nor scripts/build.py (before May 2025) exists; is --svsm the root of an svsm checkout? Pass --dialect xbuild|build.py to choose`);
    }
    if (dialect === 'build.py' && (req.options.allFeatures || req.options.features.length > 0)) {
        throw new engine_errors/* UsageError */.e('--all-features and --feature are not supported by the build.py dialect (scripts/build.py has no feature flags)');
    }
    const warnings = [];
    const recipes = [];
    const errors = [];
    for (const file of req.recipes) {
        try {
            const loaded = loadRecipe(locateRecipe(root, file), dialect, root, file);
            recipes.push({ ...loaded.recipe, file });
            warnings.push(...loaded.warnings);
        }
        catch (e) {
            if (!(e instanceof RecipeError))
                throw e;
            errors.push(e);
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new RecipeErrors(errors);
    const plan = makePlan(recipes, dialect, { ...req.options, env: req.env });
    warnings.push(...plan.warnings);
    return { root, plan, warnings };
}
/**
 * Upstream resolves recipes against its root; a path that only exists from here is accepted too,
 * and so is the name of a recipe bundled with svsm-build (qemu, hyper-v, ..., see recipe/bundled.ts).
 */
function locateRecipe(root, file) {
    if ((0,external_node_path_.isAbsolute)(file))
        return file;
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, file)))
        return file;
    const fromCwd = (0,external_node_path_.resolve)(file);
    if ((0,external_node_fs_.existsSync)(fromCwd))
        return (0,external_node_path_.relative)(root, fromCwd).startsWith('..') ? fromCwd : (0,external_node_path_.relative)(root, fromCwd);
    return bundledRecipe(file) ?? file;
}


/***/ }),

/***/ 41590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SC: () => (/* binding */ packItCompare),
/* harmony export */   gw: () => (/* binding */ writePackItFile)
/* harmony export */ });
/* unused harmony exports PACKIT_MAGIC, PackItError, encodePackIt, packItCliOrder */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// PackIt archives (COCONUT's bin/svsm-fs.bin): an 8-byte header, then per file a 12-byte prelude
// (type 1, name length, data length; little-endian), the UTF-8 name and the data. No padding,
// no index, no trailer.

const PACKIT_MAGIC = Buffer.from('PKIT', 'ascii');
const MAX_NAME = 0xffff;
class PackItError extends Error {
}
/** Encodes entries in the given order (the packit library's `write_file` sequence). */
function encodePackIt(entries) {
    const header = Buffer.alloc(8);
    PACKIT_MAGIC.copy(header, 0);
    header.writeUInt32LE(8, 4);
    const parts = [header];
    for (const { name, data } of entries) {
        const nameBytes = Buffer.from(name, 'utf8');
        // The encoder accepts an empty name, but every decoder (and so the SVSM kernel) rejects it.
        if (nameBytes.length === 0)
            throw new PackItError('PackIt: a file name must not be empty');
        if (nameBytes.length > MAX_NAME) {
            throw new PackItError(`PackIt: file name of ${nameBytes.length} bytes is longer than ${MAX_NAME}: ${name.slice(0, 40)}...`);
        }
        const prelude = Buffer.alloc(12);
        prelude.writeUInt16LE(1, 0);
        prelude.writeUInt16LE(nameBytes.length, 2);
        prelude.writeBigUInt64LE(BigInt(data.length), 4);
        parts.push(prelude, nameBytes, data);
    }
    return Buffer.concat(parts);
}
/** The order `packit pack --input DIR` uses: siblings by the bytes of their names, depth first. */
function packItCliOrder(names) {
    return [...names].sort(packItCompare);
}
function packItCompare(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const c = Buffer.compare(Buffer.from(pa[i]), Buffer.from(pb[i]));
        if (c !== 0)
            return c;
    }
    return pa.length - pb.length;
}
/** Writes the archive next to `output` and renames it into place, so no half-written image remains. */
function writePackItFile(output, files) {
    const data = encodePackIt(files.map(f => ({ name: f.name, data: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f.file) })));
    const tmp = `${output}.tmp-${process.pid}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, output);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    }
    return data.length;
}


/***/ }),

/***/ 28541:
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

/***/ 62412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ unusedFeatureWarnings),
/* harmony export */   r: () => (/* binding */ parseFeatureArgs)
/* harmony export */ });
function parseFeatureArgs(values) {
    const features = [];
    const warnings = [];
    for (const value of values) {
        for (const raw of value.split(',')) {
            const colon = raw.indexOf(':');
            const pkg = colon < 0 ? 'svsm' : raw.slice(0, colon).trim();
            const feature = (colon < 0 ? raw : raw.slice(colon + 1)).trim();
            if (feature === '' || pkg === '') {
                warnings.push(`WARNING: Empty feature specified: '${raw}'`);
                continue;
            }
            features.push({ raw, pkg, feature });
        }
    }
    return { features, warnings };
}
/** Command-line features whose package no built component matched. */
function unusedFeatureWarnings(features, built) {
    return features
        .filter(f => !built.has(f.pkg))
        .map(f => `WARNING: Command line feature not used: '${f.raw}'`);
}


/***/ }),

/***/ 47214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ Interrupt),
/* harmony export */   j$: () => (/* binding */ Interrupted),
/* harmony export */   rm: () => (/* binding */ trapSignals)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
// SIGINT / SIGTERM during a build. A terminal's Ctrl-C reaches the whole foreground group, but
// GitHub's runner signals the step's node process alone (SIGINT, then SIGTERM); so each child
// runs in its own process group (cargo spawns rustc) and the signal is passed on to every group.

/** What the build was told to stop with; one per build, shared by every running process. */
class Interrupt {
    /** The first signal received (it decides the exit code), or null. */
    signal = null;
    count = 0;
    listeners = new Set();
    trigger(signal) {
        this.count++;
        this.signal ??= signal;
        for (const l of [...this.listeners])
            l(signal, this.count);
    }
    /** Calls `fn` on every signal from now on; returns the function that stops that. */
    listen(fn) {
        this.listeners.add(fn);
        return () => this.listeners.delete(fn);
    }
}
/** The build stopped because it was told to; it produced nothing. */
class Interrupted extends Error {
    signal;
    name = 'Interrupted';
    constructor(signal, message) {
        super(message);
        this.signal = signal;
    }
    /** 128 + the signal's number, as a shell reports a command killed by it (130, 143). */
    get exitCode() {
        return 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[this.signal] ?? 0);
    }
}
/** Routes SIGINT and SIGTERM to `interrupt` until the returned function is called. */
function trapSignals(interrupt, note) {
    const handlers = ['SIGINT', 'SIGTERM'].map(signal => {
        const h = () => {
            note(interrupt.count === 0
                ? `${signal} received: stopping the running commands and removing this build's results`
                : `${signal} received again: killing the running commands`);
            interrupt.trigger(signal);
        };
        process.on(signal, h);
        return () => process.off(signal, h);
    });
    return () => handlers.forEach(off => off());
}


/***/ }),

/***/ 68016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   w$: () => (/* binding */ lastLines),
/* harmony export */   zq: () => (/* binding */ displayArgv)
/* harmony export */ });
/* unused harmony export KILL_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Runs one argv (never through a shell), streams its output, keeps what the caller needs.

const TAIL_BYTES = 4096;
/** How long a process group gets to end after the signal is passed on, before SIGKILL. */
const KILL_GRACE_MS = 3000;
function runProcess(argv, o) {
    // Told to stop before it even started (between two steps): it is not started at all.
    if (o.interrupt?.signal)
        return Promise.resolve({
            code: null,
            signal: null,
            stdout: '',
            stderrTail: '',
            interrupted: o.interrupt.signal
        });
    return new Promise(resolve => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(argv[0], argv.slice(1), {
            cwd: o.cwd,
            env: o.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own process group, so that one kill reaches what it spawned too (cargo → rustc). Only
            // when someone passes signals on: otherwise a terminal's Ctrl-C must reach it directly.
            detached: o.interrupt !== undefined
        });
        let interrupted;
        let escalation;
        const killGroup = (signal) => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, signal);
            }
            catch {
                // The group is gone already.
            }
        };
        const onSignal = (signal, count) => {
            interrupted ??= signal;
            if (count > 1)
                return killGroup('SIGKILL');
            killGroup(signal);
            escalation = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
            escalation.unref();
        };
        const stopListening = o.interrupt?.listen(onSignal);
        const stdout = [];
        let tail = Buffer.alloc(0);
        let spawnError;
        child.stdout.on('data', (b) => {
            if (o.captureStdout)
                stdout.push(b);
            if (!o.captureStdout || o.echoCapturedStdout)
                o.out?.write(b);
        });
        child.stderr.on('data', (b) => {
            o.err?.write(b);
            tail = Buffer.concat([tail, b]);
            if (tail.length > TAIL_BYTES * 2)
                tail = tail.subarray(tail.length - TAIL_BYTES);
        });
        child.on('error', e => {
            spawnError = e;
        });
        child.on('close', (code, signal) => {
            stopListening?.();
            clearTimeout(escalation);
            // Whatever of its group outlived it (a rustc whose cargo died first) goes with it.
            if (interrupted)
                killGroup('SIGKILL');
            const text = tail.toString('utf8');
            resolve({
                code: spawnError ? null : code,
                signal,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderrTail: lastLines(text.length > TAIL_BYTES ? text.slice(-TAIL_BYTES) : text, 20),
                ...(spawnError ? { spawnError } : {}),
                ...(interrupted ? { interrupted } : {})
            });
        });
    });
}
function lastLines(text, n) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return lines.slice(-n).join('\n');
}
/** An argv as a user would type it (for messages and logs, never for execution). */
function displayArgv(argv) {
    return argv.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 53102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ missingTools),
/* harmony export */   a: () => (/* binding */ findOnPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
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


/***/ })

};
