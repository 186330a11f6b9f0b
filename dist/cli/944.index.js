export const id = 944;
export const ids = [944];
export const modules = {

/***/ 8944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPRODUCE_COMMAND: () => (/* binding */ REPRODUCE_COMMAND),
  reproduceCommand: () => (/* binding */ reproduceCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
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
    if (c.inputs.length === 0)
        return ['no recorded input differs: something the record does not capture changed the bytes'];
    return c.inputs.map(d => `${d.field}: recorded ${d.recorded}, rebuilt ${d.rebuilt}${d.note ? ` (${d.note})` : ''}`);
}
function renderReproduceText(outcomes) {
    const out = [];
    for (const o of outcomes) {
        out.push(`Rebuild of ${o.group.commit} (${o.group.gitVersion}), recipes ${o.group.options.recipes.join(', ')}`);
        for (const c of o.checks)
            out.push(`  ${c.ok ? 'ok  ' : 'note'}  ${c.check}: ${c.message}`);
        if (o.firmware)
            out.push(`  firmware: ${o.firmware.path} (sha256 ${o.firmware.sha256})`);
        out.push('');
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/build.ts + 2 modules
var build = __webpack_require__(8701);
// EXTERNAL MODULE: ./src/engine/builtin-measure.ts
var builtin_measure = __webpack_require__(6092);
// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(9397);
// EXTERNAL MODULE: ./src/plan/features.ts
var features = __webpack_require__(2412);
// EXTERNAL MODULE: ./src/util/input-file.ts
var input_file = __webpack_require__(5939);
;// CONCATENATED MODULE: ./src/reproduce/reproduce.ts
// `svsm-build reproduce`: a measurements.json (or an artifact folder holding one) → checks of the
// svsm tree against the record → a rebuild of the recorded commit in a fresh clone with the
// recorded options and firmware → a comparison per target (reproduce-compare.ts).












/** A record or a tree reproduce cannot work with: exit code 2. */
class ReproduceInputError extends errors/* BadInput */.kp {
    name = 'ReproduceInputError';
}
const sha256Of = (path) => (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex');
function git(cwd, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', args, { cwd, encoding: 'utf8' });
    return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() };
}
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
function findFirmware(req, g) {
    const recorded = g.records.find(m => m.firmware)?.firmware;
    if (!recorded)
        return null;
    if (req.firmware) {
        const p = (0,external_node_path_.resolve)(req.firmware);
        const problem = (0,input_file/* regularFileProblem */.Qn)(p, input_file/* MAX_FIRMWARE_BYTES */.rg);
        if (problem)
            throw new ReproduceInputError(`--firmware ${req.firmware}: ${problem}`);
        return { path: p, sha256: sha256Of(p) };
    }
    const candidates = (0,external_node_path_.isAbsolute)(recorded.path)
        ? [recorded.path]
        : [(0,external_node_path_.resolve)(req.svsm, recorded.path), (0,external_node_path_.resolve)(recorded.path)];
    // Only the file the record pins by sha256: a hand-edited path reaches igvmbuilder no other way.
    const found = (0,load/* findRecordedFile */.cP)(candidates, recorded.sha256, input_file/* MAX_FIRMWARE_BYTES */.rg);
    if (!found)
        throw new ReproduceInputError(`the record's firmware ${recorded.path} (sha256 ${recorded.sha256}) is not at ${candidates.join(' nor ')} (no regular file with that sha256); pass --firmware FILE`);
    return { path: found, sha256: sha256Of(found) };
}
function cloneAt(svsm, commit, dir) {
    const root = (0,external_node_path_.join)(dir, 'svsm');
    const steps = [
        ['clone', '-q', '--shared', '--no-checkout', (0,external_node_path_.resolve)(svsm), root],
        ['-C', root, 'checkout', '-q', '--detach', commit]
    ];
    for (const args of steps) {
        const r = git(dir, args);
        if (!r.ok)
            throw new Error(`git ${args.join(' ')}: ${r.err}`);
    }
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.gitmodules'))) {
        const r = git(root, ['submodule', 'update', '--init', '--recursive']);
        if (!r.ok)
            throw new Error(`git submodule update in the clone of ${commit}: ${r.err}`);
    }
    return root;
}
async function rebuild(req, io, g, firmware) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'svsm-reproduce-'));
    try {
        const root = cloneAt(req.svsm, g.commit, dir);
        io.log.info(`rebuilding ${g.commit} (${g.gitVersion}) in ${root}`);
        return { root, dir, records: await buildClone(req, io, g, root, firmware) };
    }
    catch (e) {
        if (!req.keep)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw e;
    }
}
async function buildClone(req, io, g, root, firmware) {
    const o = g.options;
    const result = await (0,build/* runBuild */.c)({
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
            ...(firmware ? { firmware: firmware.path } : {})
        },
        env: { ...req.env }
    }, { out: io.buildOut, err: io.buildOut, log: io.log, measure: builtin_measure/* builtinMeasure */.I });
    return result.measurements;
}
async function reproduce(req, io) {
    const { records } = loadRebuildableRecords(req.source);
    if (!(0,external_node_fs_.existsSync)(req.svsm))
        throw new ReproduceInputError(`--svsm ${req.svsm}: no such directory`);
    if (!git(req.svsm, ['rev-parse', '--git-dir']).ok)
        throw new ReproduceInputError(`--svsm ${req.svsm}: not a git checkout (the rebuild clones the recorded commit)`);
    const top = git(req.svsm, ['rev-parse', '--show-toplevel']).out.trim();
    if (top && (0,external_node_fs_.realpathSync)(top) !== (0,external_node_fs_.realpathSync)(req.svsm))
        throw new ReproduceInputError(`--svsm ${req.svsm}: a folder inside the repository ${top}, not its root; pass --svsm ${top}`);
    const groups = groupRecords(records);
    // Every input is checked before anything is built.
    const prepared = groups.map(g => ({ g, checks: checkTree(req.svsm, g), firmware: findFirmware(req, g) }));
    const outcomes = [];
    for (const { g, checks, firmware } of prepared) {
        const built = await rebuild(req, io, g, firmware);
        try {
            const comparisons = g.records.map(m => compareRecord(m, built.records.find(r => r.recipe === m.recipe && r.target === m.target && r.igvm === m.igvm)));
            outcomes.push({ group: g, checks, firmware, comparisons });
        }
        finally {
            if (!req.keep)
                (0,external_node_fs_.rmSync)(built.dir, { recursive: true, force: true });
        }
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
    about: "Checks that the svsm tree holds the recorded commit (and says what differs: commit, uncommitted\nchanges, Cargo.lock), rebuilds that commit in a fresh clone with the recorded options and firmware,\nand compares every IGVM file's sha256 and launch digest with the record. The record is untrusted\ninput: its recipes and IGVM names must stay inside the clone, and a recorded firmware path is used\nonly for a file with the recorded sha256.",
    flags: {
        svsm: { value: '<DIR>', help: 'The root of the svsm checkout holding the recorded commit (default: .)' },
        firmware: { value: '<FILE>', help: 'Firmware to use instead of the recorded one' },
        summary: { value: '<FILE>', help: 'Also append the comparison as markdown (e.g. $GITHUB_STEP_SUMMARY)' },
        keep: { help: 'Keep the temporary clone' }
    },
    args: { min: 1, max: 1, what: 'one MEASUREMENTS.json or artifact folder' },
    footer: 'Exit codes: 0 all equal, 1 something differs, 2 bad input.'
});
async function reproduceCommand(args) {
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
            env: process.env
        }, 
        // The rebuild's own output goes to stderr; stdout is the comparison.
        { buildOut: process.stderr, log: (0,log/* streamLogger */.V)(process.stderr, process.stderr) });
        process.stdout.write(renderReproduceText(outcomes));
        if (v.summary)
            (0,external_node_fs_.appendFileSync)(v.summary, renderReproduceMarkdown(outcomes));
        return outcomes.every(o => o.comparisons.every(reproduced)) ? 0 : 1;
    }
    catch (e) {
        if (e instanceof errors/* BadInput */.kp) {
            process.stderr.write(`error: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}


/***/ })

};
