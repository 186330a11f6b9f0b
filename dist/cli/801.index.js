export const id = 801;
export const ids = [801];
export const modules = {

/***/ 6801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand),
  matrixOf: () => (/* binding */ matrixOf),
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/build.ts + 3 modules
var build = __webpack_require__(7456);
// EXTERNAL MODULE: ./src/engine/prepare.ts + 16 modules
var prepare = __webpack_require__(6170);
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
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var cli_args = __webpack_require__(8127);
;// CONCATENATED MODULE: ./src/cli/version.ts
// Kept equal to package.json's version by __tests__/cli/version.test.ts.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/commands/build.ts
// `svsm-build [build] …` (a drop-in for upstream's ./build) and `svsm-build plan …`.











async function buildCommand(args) {
    const a = (0,cli_args/* parseBuildArgs */.NQ)(args, process.env);
    if (a.help)
        return usage();
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
    const a = (0,cli_args/* parseBuildArgs */.NQ)(args, process.env, true);
    if (a.help)
        return usage();
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
function usage() {
    process.stdout.write(`${cli_args/* BUILD_USAGE */.ZD}\n`);
    return 0;
}
function version() {
    process.stdout.write(`svsm-build ${VERSION}\n`);
    return 0;
}


/***/ })

};
