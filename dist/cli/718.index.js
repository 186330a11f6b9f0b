export const id = 718;
export const ids = [718];
export const modules = {

/***/ 8718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smokeCommand: () => (/* binding */ smokeCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/input-file.ts
var input_file = __webpack_require__(5939);
;// CONCATENATED MODULE: ./src/smoke/accel.ts

/** KVM when /dev/kvm can be opened for reading and writing, else TCG (software emulation). */
function pickAccel(wanted, kvmDevice = '/dev/kvm') {
    if (wanted !== 'auto')
        return wanted;
    try {
        (0,external_node_fs_.accessSync)(kvmDevice, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        return 'kvm';
    }
    catch {
        return 'tcg';
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/smoke/probe.ts
// What QEMU is this, and can it load IGVM files? Asked before booting so that a QEMU without IGVM
// support fails with one clear message instead of an "invalid object type" from deep in a boot.

const parseQemuVersion = (stdout) => /QEMU emulator version (\S+)/.exec(stdout)?.[1] ?? null;
/** `-object help` lists the user-creatable objects; IGVM support means igvm-cfg is one. */
const listsIgvmCfg = (objectHelp) => /^\s*igvm-cfg\s*$/m.test(objectHelp);
function probeQemu(qemu, romDir, env) {
    const rom = romDir ? ['-L', romDir] : [];
    const ask = (args) => {
        const r = (0,external_node_child_process_.spawnSync)(qemu, [...rom, ...args], {
            encoding: 'utf8',
            timeout: 30_000,
            ...(env ? { env } : {})
        });
        if (r.error)
            throw new Error(`cannot run QEMU ${qemu}: ${r.error.message}`);
        if (r.status !== 0)
            throw new Error(`${qemu} ${args.join(' ')} exited with status ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
        return r.stdout;
    };
    const out = ask(['--version']);
    const version = parseQemuVersion(out) ?? out.split('\n')[0].trim();
    return { qemu, version, igvm: listsIgvmCfg(ask(['-object', 'help'])) };
}
function describeQemu(i) {
    return `QEMU ${i.version} (${i.qemu}): IGVM support ${i.igvm ? 'yes' : 'no'}`;
}
/** The error for a QEMU that cannot load IGVM files. */
function noIgvmError(i) {
    return new Error(`${i.qemu} (QEMU ${i.version}) has no IGVM support: its "-object help" does not list igvm-cfg; use a QEMU built with --enable-igvm (the qemu reusable workflow builds one)`);
}

;// CONCATENATED MODULE: ./src/smoke/qemu-argv.ts
/** SVSM test images exit through isa-debug-exit at port 0xf4: QEMU's status is (value << 1) | 1. */
const DEBUG_EXIT_DEVICE = 'isa-debug-exit,iobase=0xf4,iosize=0x04';
/**
 * Under KVM the CPU also asks for 1 GiB pages: upstream's initial page tables use them, and a KVM
 * that cannot offer them (nested, as on some CI hosts) makes QEMU say so at once ("host doesn't
 * support requested feature ... pdpe1gb") instead of leaving a guest that resets in a loop.
 */
const KVM_CPU_FEATURES = ',+pdpe1gb';
function qemuArgv(p, igvm, accel) {
    const argv = [
        p.qemu,
        ...(p['rom-dir'] ? ['-L', p['rom-dir']] : []),
        '-machine',
        `${p.machine},igvm-cfg=igvm0`,
        '-object',
        `igvm-cfg,id=igvm0,file=${igvm}`,
        '-accel',
        accel,
        '-cpu',
        accel === 'kvm' ? `${p.cpu}${KVM_CPU_FEATURES}` : p.cpu,
        '-smp',
        String(p.smp),
        '-m',
        p.memory,
        '-display',
        'none',
        '-serial',
        'stdio',
        '-monitor',
        'none',
        '-no-reboot'
    ];
    if (p['success-exit-code'] !== undefined)
        argv.push('-device', DEBUG_EXIT_DEVICE);
    return [...argv, ...p.args];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/run/process.ts
var run_process = __webpack_require__(8016);
;// CONCATENATED MODULE: ./src/smoke/runner.ts
// Boots an IGVM file and decides: the success pattern in the serial log, or QEMU's exit status
// (isa-debug-exit), within the timeout. Everything QEMU prints goes to the log file as it comes.
// With -no-reboot QEMU exits with status 0 when the guest resets (a triple fault): `reset` says so.




function runSmoke(o) {
    const started = Date.now();
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(o.log), { recursive: true });
    const out = (0,external_node_fs_.createWriteStream)(o.log);
    return new Promise(resolve => {
        let text = '';
        let verdict = null;
        let aborted;
        const child = (0,external_node_child_process_.spawn)(o.argv[0], o.argv.slice(1), {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: o.env ?? process.env
        });
        const stop = (v, graceMs = 0) => {
            if (verdict)
                return;
            verdict = v;
            const kill = () => {
                child.kill('SIGTERM');
                setTimeout(() => child.kill('SIGKILL'), o.killAfterMs ?? 2000).unref();
            };
            if (graceMs > 0)
                setTimeout(kill, graceMs).unref();
            else
                kill();
        };
        const timer = setTimeout(() => stop({ status: 'timeout', reason: `no success within ${o.timeoutMs / 1000} s` }), o.timeoutMs);
        const onData = (b) => {
            out.write(b);
            text += b.toString('utf8');
            if (text.length > 1 << 20)
                text = text.slice(-(1 << 19));
            // With a success exit code too, QEMU gets a moment to end by itself, so its status is known.
            if (o.success.test(text))
                stop({ status: 'passed', reason: `serial log matched /${o.success.source}/` }, o.successExitCode !== undefined ? (o.exitGraceMs ?? 2000) : 0);
            const bad = o.abortOn?.exec(text);
            if (bad && !verdict) {
                aborted = bad[0];
                stop({ status: 'failed', reason: `QEMU printed "${bad[0]}"` });
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', e => stop({ status: 'failed', reason: `cannot start ${o.argv[0]}: ${e.message}` }));
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            let v = verdict;
            const reset = !v && code === 0 && !signal;
            if (!v) {
                if (o.successExitCode !== undefined && code === o.successExitCode)
                    v = { status: 'passed', reason: `QEMU exited with the success status 0x${code.toString(16)}` };
                else
                    v = {
                        status: 'failed',
                        reason: signal
                            ? `QEMU was killed by ${signal}`
                            : reset
                                ? 'the guest reset (QEMU exits with status 0 at a reset under -no-reboot) before the success pattern appeared'
                                : `QEMU exited with status ${code} before the success pattern appeared`
                    };
            }
            const result = {
                ...v,
                reset,
                ...(aborted !== undefined ? { aborted } : {}),
                exitCode: code,
                ms: Date.now() - started,
                log: o.log,
                tail: (0,run_process/* lastLines */.w$)(text, 30)
            };
            // Resolved once the log is on disk: callers read it next.
            out.end(() => resolve(result));
        });
    });
}

;// CONCATENATED MODULE: ./src/smoke/boot.ts
// One smoke boot as the CLI and the sub-action run it: ask QEMU what it is (and refuse one without
// IGVM support), boot under KVM when it is usable, and when KVM cannot run the image here (no
// 1 GiB pages, or a guest that resets instead of printing) boot again under TCG, saying why.






/** QEMU's warning when the host KVM lacks a CPU feature the profile asks for. */
const KVM_FEATURE_WARNING = /host doesn't support requested feature: [^\n]*pdpe1gb[^\n]*/;
/** QEMU 11.1 on a machine without a device tree (q35) refuses upstream's DEVICE_TREE parameter. */
const NO_DEVICE_TREE = /IGVM: device tree not available/;
const kvmLog = (log) => log.replace(/(\.serial)?\.log$/, '') + '.kvm.serial.log';
async function smokeBoot(o) {
    const p = o.profile;
    const info = probeQemu(p.qemu, p['rom-dir'], o.env);
    o.say(describeQemu(info));
    if (!info.igvm)
        throw noIgvmError(info);
    const boot = async (accel, log) => {
        const argv = qemuArgv(p, o.igvm, accel);
        o.say(`$ ${(0,run_process/* displayArgv */.zq)(argv)}`);
        const result = await runSmoke({
            argv,
            log,
            timeoutMs: p.timeout * 1000,
            success: new RegExp(p.success),
            ...(p['success-exit-code'] !== undefined ? { successExitCode: p['success-exit-code'] } : {}),
            ...(accel === 'kvm' ? { abortOn: KVM_FEATURE_WARNING } : {}),
            ...(o.env ? { env: o.env } : {})
        });
        if (result.status !== 'passed' && NO_DEVICE_TREE.test(result.tail))
            result.reason += `; QEMU ${info.version} takes a file with a DEVICE_TREE directive (upstream's igvmbuilder always writes one) only on a machine with a device tree: set machine = "microvm" in the run profile, or use COCONUT's QEMU fork for ${p.machine}`;
        return { accel, argv, result };
    };
    const accel = pickAccel(p.accel, o.kvmDevice);
    const attempts = [];
    if (accel === 'kvm') {
        const first = await boot('kvm', o.log);
        attempts.push(first);
        const r = first.result;
        const why = r.aborted
            ? `KVM here offers no 1 GiB pages (QEMU: "${r.aborted}"), which upstream's initial page tables use`
            : r.reset
                ? 'the guest reset under KVM instead of printing (a KVM without 1 GiB pages does that to upstream-made images)'
                : null;
        if (why && p.accel === 'auto') {
            const fallback = `${why}; booting under TCG instead`;
            o.say(fallback);
            // The KVM attempt's log is kept beside the one that decides.
            (0,external_node_fs_.renameSync)(o.log, kvmLog(o.log));
            first.result.log = kvmLog(o.log);
            const second = await boot('tcg', o.log);
            attempts.push(second);
            return { qemu: info, accel: 'tcg', fallback, attempts, result: second.result };
        }
        return { qemu: info, accel: 'kvm', attempts, result: r };
    }
    const only = await boot('tcg', o.log);
    return { qemu: info, accel: 'tcg', attempts: [only], result: only.result };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/smoke/manifest.ts
// Run profiles for the boot smoke test, in the style of Asterinas OSDK's manifest: a default [run]
// and overrides for an IGVM target and/or a scheme that inherit every key they do not set.
//
//   [run]                                  # the default
//   [target.hyper-v.run]                   # = 'cfg(target="hyper-v")'
//   [scheme.tcg.run]                       # = 'cfg(scheme="tcg")'
//   ['cfg(target="qemu", scheme="test")'.run]
//
// The more keys a cfg names, the later it applies: default < one key < two keys.



const runSchema = schemas/* strictObject */.rej({
    qemu: schemas/* string */.YjP({ error: 'a QEMU program (path or name on PATH)' }).optional(),
    machine: schemas/* string */.YjP({ error: 'a machine type such as "q35" or "microvm"' }).optional(),
    'rom-dir': schemas/* string */.YjP({ error: 'a directory of firmware ROMs (QEMU -L)' }).optional(),
    cpu: schemas/* string */.YjP({ error: 'a CPU model such as "max"' }).optional(),
    memory: schemas/* string */.YjP({ error: 'a memory size such as "2G"' }).optional(),
    smp: schemas/* number */.aig({ error: 'a whole number of vCPUs (1 or more)' }).int().min(1).optional(),
    accel: schemas/* enum */.k5n(['auto', 'kvm', 'tcg'], { error: 'auto, kvm or tcg' }).optional(),
    args: schemas/* array */.YOg(schemas/* string */.YjP({ error: 'a QEMU argument (a string)' }), { error: 'an array of extra QEMU arguments' })
        .optional(),
    timeout: schemas/* number */.aig({ error: 'seconds (a number above 0)' }).positive().optional(),
    success: schemas/* string */.YjP({ error: 'a regular expression the serial log must match' }).optional(),
    'success-exit-code': schemas/* number */.aig({ error: 'the QEMU exit status that means success (0x21 for SVSM test images)' })
        .int()
        .optional()
});
const DEFAULT_PROFILE = {
    qemu: 'qemu-system-x86_64',
    machine: 'q35',
    cpu: 'max',
    memory: '2G',
    smp: 1,
    accel: 'auto',
    args: [],
    timeout: 180,
    success: 'COCONUT Secure Virtual Machine Service Module'
};
const CFG = /^cfg\((.*)\)$/;
const CFG_ITEM = /^\s*(target|scheme)\s*=\s*"([^"]*)"\s*$/;
/** Parses `cfg(target="qemu", scheme="tcg")`. */
function parseCfg(text) {
    const m = CFG.exec(text.trim());
    if (!m)
        throw new Error(`expected cfg(target="...", scheme="..."), got ${text}`);
    const sel = {};
    for (const part of m[1].split(',').filter(p => p.trim() !== '')) {
        const item = CFG_ITEM.exec(part);
        if (!item)
            throw new Error(`expected target="..." or scheme="...", got ${part.trim()}`);
        sel[item[1]] = item[2];
    }
    return sel;
}
const isTable = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
/** What a TOML value is, for messages: `number 5`, `string "x"`, `array`, `table`. */
function found(v) {
    if (isTable(v))
        return 'a table';
    if (Array.isArray(v))
        return 'an array';
    if (v instanceof Date)
        return `a date ${v.toISOString()}`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
const SECTIONS = "run, target.<name>.run, scheme.<name>.run or 'cfg(...)'.run";
function parseManifest(text, file = 'smoke.toml') {
    const fail = (where, what) => {
        throw new errors/* BadInput */.kp(`${file}: ${where}: ${what}`);
    };
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new errors/* BadInput */.kp(`${file}: not valid TOML: ${e.message.split('\n')[0]}`);
    }
    const sections = [];
    const add = (cfg, run, where) => {
        if (!isTable(run))
            fail(where, `expected a table of run settings, got ${found(run)}`);
        const r = runSchema.safeParse(run);
        if (!r.success) {
            const lines = r.error.issues.map(i => {
                const at = `${file}: ${where}${i.path.length ? `.${i.path.join('.')}` : ''}`;
                if (i.code === 'unrecognized_keys')
                    return `${at}: unknown key ${i.keys.join(', ')}`;
                const value = i.path.reduce((v, k) => (isTable(v) || Array.isArray(v) ? v[k] : undefined), run);
                return `${at}: expected ${i.message}, got ${found(value)}`;
            });
            throw new errors/* BadInput */.kp(lines.join('\n'));
        }
        sections.push({ cfg, run: r.data });
    };
    /** A table whose one key is `run`: `[target.qemu.run]`, `['cfg(...)'.run]`. */
    const runOf = (table, where) => {
        if (!isTable(table))
            return fail(where, `expected a table holding [${where}.run], got ${found(table)}`);
        for (const k of Object.keys(table))
            if (k !== 'run')
                fail(`${where}.${k}`, 'unknown key (expected run)');
        return table.run ?? {};
    };
    for (const [key, value] of Object.entries(doc)) {
        if (key === 'run')
            add({}, value, 'run');
        else if (key === 'target' || key === 'scheme') {
            if (!isTable(value))
                fail(key, `expected a table of ${key} names, got ${found(value)}`);
            for (const [name, sub] of Object.entries(value))
                add({ [key]: name }, runOf(sub, `${key}.${name}`), `${key}.${name}.run`);
        }
        else if (CFG.test(key)) {
            let cfg;
            try {
                cfg = parseCfg(key);
            }
            catch (e) {
                return fail(`'${key}'`, e.message);
            }
            add(cfg, runOf(value, `'${key}'`), `'${key}'.run`);
        }
        else
            fail(key, `unknown section (expected ${SECTIONS})`);
    }
    return { sections };
}
/** The profile for a target and scheme: defaults, then every matching section, least specific first. */
function resolveProfile(m, sel) {
    const matching = m.sections
        .filter(s => (s.cfg.target === undefined || s.cfg.target === sel.target) &&
        (s.cfg.scheme === undefined || s.cfg.scheme === sel.scheme))
        .map((s, i) => ({ s, i, rank: Object.keys(s.cfg).length }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i);
    let p = { ...DEFAULT_PROFILE };
    for (const { s } of matching)
        p = { ...p, ...s.run };
    return p;
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/smoke.ts
// `svsm-build smoke IGVM`: boots the native platform of an IGVM file in QEMU with a run profile.






/** A smoke.toml is a few hundred bytes. */
const MAX_MANIFEST_BYTES = 1 << 20;
const SMOKE_COMMAND = (0,flags/* command */.G5)({
    synopsis: ['svsm-build smoke <IGVM> [OPTIONS]'],
    about: "Boots the native platform of an IGVM file in QEMU with IGVM support and passes when the serial\nlog matches the profile's success pattern or QEMU exits with its success-exit-code. It reports\nthe QEMU version and whether it loads IGVM files first. With accel auto (the default) it uses KVM\nwhen /dev/kvm is usable, and TCG when it is not or when KVM cannot run the image (no 1 GiB pages,\na guest that resets), saying why.",
    flags: {
        manifest: { value: '<FILE>', help: 'Run profiles (smoke.toml)' },
        target: { value: '<T>', help: 'The profile of this target in the manifest' },
        scheme: { value: '<S>', help: 'The profile of this scheme in the manifest' },
        qemu: { value: '<PATH>', help: 'The QEMU binary (with IGVM support)' },
        machine: { value: '<M>', help: 'QEMU machine type' },
        'rom-dir': { value: '<DIR>', help: "QEMU's firmware ROM directory (-L)" },
        accel: { value: '<A>', choices: ['auto', 'kvm', 'tcg'], help: 'Accelerator (default auto)' },
        timeout: {
            value: '<SECONDS>',
            check: v => (Number(v) > 0 ? null : 'a number of seconds'),
            help: 'Give up after this long'
        },
        log: { value: '<FILE>', help: 'Serial log (default: <IGVM>.serial.log)' }
    },
    args: { min: 1, max: 1, what: 'one IGVM file' },
    footer: 'Exit codes: 0 passed, 1 failed (or QEMU cannot run it), 2 a bad command line or manifest.'
});
async function smokeCommand(args) {
    const parsed = (0,flags/* parseFlags */.bQ)(SMOKE_COMMAND, args);
    if (!parsed)
        return 0;
    const v = parsed.values;
    const usage = (0,flags/* usageOf */.Fs)(SMOKE_COMMAND);
    const igvm = parsed.positionals[0];
    if (!(0,external_node_fs_.existsSync)(igvm))
        throw new errors/* UsageError */.eb(`${igvm}: no such file`, usage);
    if (v.manifest !== undefined && !(0,external_node_fs_.existsSync)(v.manifest))
        throw new errors/* UsageError */.eb(`--manifest ${v.manifest}: no such file`, usage);
    let manifest = { sections: [] };
    if (v.manifest !== undefined) {
        const text = (0,input_file/* readRegularFile */.XF)(v.manifest, MAX_MANIFEST_BYTES, `--manifest ${v.manifest}`).toString('utf8');
        try {
            manifest = parseManifest(text, v.manifest);
        }
        catch (e) {
            // Its messages name the file, the table and what is expected: one line, not a stack trace.
            throw new errors/* BadInput */.kp(e.message);
        }
    }
    const profile = resolveProfile(manifest, {
        ...(v.target ? { target: v.target } : {}),
        ...(v.scheme ? { scheme: v.scheme } : {})
    });
    if (v.qemu)
        profile.qemu = v.qemu;
    if (v.machine)
        profile.machine = v.machine;
    if (v['rom-dir'])
        profile['rom-dir'] = v['rom-dir'];
    if (v.accel)
        profile.accel = v.accel;
    if (v.timeout)
        profile.timeout = Number(v.timeout);
    let report;
    try {
        report = await smokeBoot({
            profile,
            igvm,
            log: v.log ?? `${igvm}.serial.log`,
            say: line => process.stdout.write(`${line}\n`)
        });
    }
    catch (e) {
        // A QEMU that cannot run or has no IGVM support: one message, before any boot.
        process.stderr.write(`error: ${e.message}\n`);
        return 1;
    }
    const r = report.result;
    process.stdout.write(`${r.status}: ${r.reason} (${(r.ms / 1000).toFixed(1)} s, ${report.accel}, QEMU exit status ${r.exitCode ?? 'none: stopped'}); serial log ${r.log}\n`);
    if (r.status !== 'passed')
        process.stderr.write(`--- last lines of the serial log ---\n${r.tail}\n`);
    return r.status === 'passed' ? 0 : 1;
}


/***/ })

};
