export const id = 786;
export const ids = [786];
export const modules = {

/***/ 7786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PREDICATE_USAGE: () => (/* binding */ PREDICATE_USAGE),
  predicateCommand: () => (/* binding */ predicateCommand)
});

// EXTERNAL MODULE: ./src/cli/parse-command.ts
var parse_command = __webpack_require__(8453);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/trust/reproduce.ts
var reproduce = __webpack_require__(7381);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/measure/results.ts
var results = __webpack_require__(8258);
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

;// CONCATENATED MODULE: ./src/cli/commands/predicate.ts
// `svsm-build predicate MEASUREMENTS.json|ARTIFACT_DIR --out DIR`: the measurement attestation
// predicates of a build's records, one file per IGVM file (build.yml's attest job signs them).
// Prints a JSON array: {target, igvm, sha256, predicate}.





const PREDICATE_USAGE = `Usage: svsm-build predicate MEASUREMENTS.json|ARTIFACT_DIR --out DIR

Writes DIR/<igvm file>.predicate.json for each record (predicate type
https://svsm-build.dev/measurement/v1, schema schemas/measurement-predicate.schema.json) and prints
what it wrote as JSON.`;
async function predicateCommand(args) {
    const parsed = (0,parse_command/* parseCommand */.R)(args, { out: { type: 'string' } }, PREDICATE_USAGE);
    if (!parsed)
        return 0;
    if (parsed.positionals.length !== 1 || !parsed.values.out)
        throw new errors/* UsageError */.e('expected one MEASUREMENTS.json or artifact folder and --out DIR', PREDICATE_USAGE);
    try {
        const { records } = (0,reproduce/* loadMeasurements */.cN)(parsed.positionals[0]);
        const written = writePredicates((0,external_node_path_.resolve)(parsed.values.out), records);
        process.stdout.write(`${JSON.stringify(written)}\n`);
        return 0;
    }
    catch (e) {
        if (e instanceof reproduce/* ReproduceInputError */.sq) {
            process.stderr.write(`error: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}


/***/ }),

/***/ 8453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
// A subcommand's flags as every svsm-build command takes them: node:util parseArgs, strict, with
// -h/--help; a bad flag is a UsageError carrying that command's usage text.


const HELP = { help: { type: 'boolean', short: 'h' } };
/** The parsed flags and positionals, or null after printing the usage for -h/--help. */
function parseCommand(args, options, usage) {
    const config = { args, allowPositionals: true, strict: true, options: { ...options, ...HELP } };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(e.message, usage);
    }
    if (parsed.values.help) {
        process.stdout.write(`${usage}\n`);
        return null;
    }
    return parsed;
}


/***/ }),

/***/ 6723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ reproduced),
/* harmony export */   n: () => (/* binding */ compareRecord)
/* harmony export */ });
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


/***/ }),

/***/ 7381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ reproduce),
/* harmony export */   cN: () => (/* binding */ loadMeasurements),
/* harmony export */   sq: () => (/* binding */ ReproduceInputError)
/* harmony export */ });
/* unused harmony exports loadRecords, groupRecords, checkTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _engine_build_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2156);
/* harmony import */ var _engine_builtin_measure_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6092);
/* harmony import */ var _measure_results_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8258);
/* harmony import */ var _plan_features_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2412);
/* harmony import */ var _reproduce_compare_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6723);
// `svsm-build reproduce`: a measurements.json (or an artifact folder holding one) → checks of the
// svsm tree against the record → a rebuild of the recorded commit in a fresh clone with the
// recorded options and firmware → a comparison per target (reproduce-compare.ts).










/** A record or a tree reproduce cannot work with: exit code 2. */
class ReproduceInputError extends Error {
    name = 'ReproduceInputError';
}
const sha256Of = (path) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(path)).digest('hex');
function git(cwd, args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd, encoding: 'utf8' });
    return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() };
}
/** measurements.json (or the one in a folder / its bin/), validated. */
function loadMeasurements(source) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(source);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(path))
        throw new ReproduceInputError(`${source}: no such file or directory`);
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(path).isDirectory()
        ? [(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, 'measurements.json'), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, 'bin', 'measurements.json')].find(f => (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(f))
        : path;
    if (!file)
        throw new ReproduceInputError(`${source}: no measurements.json in this folder (nor in bin/)`);
    let json;
    try {
        json = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        throw new ReproduceInputError(`${file}: not JSON: ${e.message}`);
    }
    const parsed = _measure_results_js__WEBPACK_IMPORTED_MODULE_7__/* .measurementsSchema */ .HW.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ReproduceInputError(`${file}: expected a measurements.json array; ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    }
    if (parsed.data.length === 0)
        throw new ReproduceInputError(`${file}: no records (an empty array)`);
    return { file, records: parsed.data };
}
/** Records that say what a rebuild needs. */
function loadRecords(source) {
    const { file, records } = loadMeasurements(source);
    records.forEach((m, i) => {
        if (!m.inputs)
            throw new ReproduceInputError(`${file}: [${i}] (${m.target}, ${m.igvm}) has no "inputs": it was written by an svsm-build that did not record what a rebuild needs`);
        if (!m.inputs.source.commit)
            throw new ReproduceInputError(`${file}: [${i}].inputs.source.commit is null: the build did not run in a git checkout, so there is no commit to rebuild`);
    });
    return { file, records };
}
/** Records made by one build (same commit and options) are rebuilt together, as they were built. */
function groupRecords(records) {
    const groups = new Map();
    for (const m of records) {
        const i = m.inputs;
        const key = JSON.stringify([i.source.commit, i.options]);
        const g = groups.get(key) ?? {
            commit: i.source.commit,
            gitVersion: m.gitVersion,
            options: i.options,
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
    const head = git(svsm, ['rev-parse', '--verify', '-q', 'HEAD']).out.trim();
    if (!git(svsm, ['cat-file', '-e', `${g.commit}^{commit}`]).ok)
        throw new ReproduceInputError(`--svsm ${svsm}: the recorded commit ${g.commit} (${g.gitVersion}) is not in this repository; fetch it first (git fetch origin ${g.commit})`);
    checks.push(head === g.commit
        ? { check: 'commit', ok: true, message: `the tree is at the recorded commit ${g.commit}` }
        : {
            check: 'commit',
            ok: false,
            message: `the tree is at ${head || '(no commit)'}, the record at ${g.commit}: the rebuild uses a clone of the recorded commit`
        });
    const status = git(svsm, ['status', '--porcelain', '--untracked-files=no']).out.trim();
    if (status !== '')
        checks.push({
            check: 'dirty',
            ok: false,
            message: `the tree has uncommitted changes (${status.split('\n').length} file(s)); they are not part of the rebuild`
        });
    if (first.dirty)
        checks.push({
            check: 'dirty',
            ok: false,
            message: `the record was built with uncommitted changes to ${first.dirtyFiles.join(', ')}; the rebuild has only the commit, so those changes explain any difference`
        });
    if (status === '' && !first.dirty)
        checks.push({
            check: 'dirty',
            ok: true,
            message: 'neither the record nor the tree has uncommitted changes'
        });
    const lock = git(svsm, ['show', `${g.commit}:Cargo.lock`]);
    const atCommit = lock.ok ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(lock.out).digest('hex') : null;
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
function findFirmware(req, g) {
    const recorded = g.records.find(m => m.firmware)?.firmware;
    if (!recorded)
        return null;
    if (req.firmware) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(req.firmware);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(p))
            throw new ReproduceInputError(`--firmware ${req.firmware}: no such file`);
        return { path: p, sha256: sha256Of(p) };
    }
    const candidates = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.isAbsolute)(recorded.path)
        ? [recorded.path]
        : [(0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(req.svsm, recorded.path), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(recorded.path)];
    const found = candidates.find(p => (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(p));
    if (!found)
        throw new ReproduceInputError(`the record's firmware ${recorded.path} (sha256 ${recorded.sha256}) is not at ${candidates.join(' nor ')}; pass --firmware FILE`);
    return { path: found, sha256: sha256Of(found) };
}
function cloneAt(svsm, commit, dir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'svsm');
    const steps = [
        ['clone', '-q', '--shared', '--no-checkout', (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(svsm), root],
        ['-C', root, 'checkout', '-q', '--detach', commit]
    ];
    for (const args of steps) {
        const r = git(dir, args);
        if (!r.ok)
            throw new Error(`git ${args.join(' ')}: ${r.err}`);
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, '.gitmodules'))) {
        const r = git(root, ['submodule', 'update', '--init', '--recursive']);
        if (!r.ok)
            throw new Error(`git submodule update in the clone of ${commit}: ${r.err}`);
    }
    return root;
}
async function rebuild(req, io, g, firmware) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'svsm-reproduce-'));
    try {
        const root = cloneAt(req.svsm, g.commit, dir);
        io.log.info(`rebuilding ${g.commit} (${g.gitVersion}) in ${root}`);
        return { root, dir, records: await buildClone(req, io, g, root, firmware) };
    }
    catch (e) {
        if (!req.keep)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
        throw e;
    }
}
async function buildClone(req, io, g, root, firmware) {
    const o = g.options;
    const result = await (0,_engine_build_js__WEBPACK_IMPORTED_MODULE_5__/* .runBuild */ .c)({
        root,
        recipes: o.recipes,
        dialect: o.dialect,
        options: {
            release: o.release,
            allFeatures: o.allFeatures,
            features: (0,_plan_features_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFeatureArgs */ .r)(o.features).features,
            verbose: false,
            offline: o.offline,
            measure: o.measure,
            ...(o.targets ? { targets: o.targets } : {}),
            ...(firmware ? { firmware: firmware.path } : {})
        },
        env: { ...req.env }
    }, { out: io.buildOut, err: io.buildOut, log: io.log, measure: _engine_builtin_measure_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinMeasure */ .I });
    return result.measurements;
}
async function reproduce(req, io) {
    const { records } = loadRecords(req.source);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(req.svsm))
        throw new ReproduceInputError(`--svsm ${req.svsm}: no such directory`);
    if (!git(req.svsm, ['rev-parse', '--git-dir']).ok)
        throw new ReproduceInputError(`--svsm ${req.svsm}: not a git checkout (the rebuild clones the recorded commit)`);
    const groups = groupRecords(records);
    // Every input is checked before anything is built.
    const prepared = groups.map(g => ({ g, checks: checkTree(req.svsm, g), firmware: findFirmware(req, g) }));
    const outcomes = [];
    for (const { g, checks, firmware } of prepared) {
        const built = await rebuild(req, io, g, firmware);
        try {
            const comparisons = g.records.map(m => (0,_reproduce_compare_js__WEBPACK_IMPORTED_MODULE_9__/* .compareRecord */ .n)(m, built.records.find(r => r.recipe === m.recipe && r.target === m.target)));
            outcomes.push({ group: g, checks, firmware, comparisons });
        }
        finally {
            if (!req.keep)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(built.dir, { recursive: true, force: true });
        }
    }
    return outcomes;
}


/***/ })

};
