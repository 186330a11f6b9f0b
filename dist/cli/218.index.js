export const id = 218;
export const ids = [218];
export const modules = {

/***/ 218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SMOKE_USAGE: () => (/* binding */ SMOKE_USAGE),
  smokeCommand: () => (/* binding */ smokeCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(679);
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

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(292);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(816);
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
    machine: schemas/* string */.YjP({ error: 'a machine type such as "q35"' }).optional(),
    cpu: schemas/* string */.YjP({ error: 'a CPU model such as "max"' }).optional(),
    memory: schemas/* string */.YjP({ error: 'a memory size such as "2G"' }).optional(),
    smp: schemas/* number */.aig({ error: 'a number of vCPUs' }).int().min(1).optional(),
    accel: schemas/* enum */.k5n(['auto', 'kvm', 'tcg'], { error: 'auto, kvm or tcg' }).optional(),
    args: schemas/* array */.YOg(schemas/* string */.YjP(), { error: 'an array of extra QEMU arguments' }).optional(),
    timeout: schemas/* number */.aig({ error: 'seconds' }).positive().optional(),
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
        throw new Error(`${text}: expected cfg(target="...", scheme="...")`);
    const sel = {};
    for (const part of m[1].split(',').filter(p => p.trim() !== '')) {
        const item = CFG_ITEM.exec(part);
        if (!item)
            throw new Error(`${text}: expected target="..." or scheme="...", got ${part.trim()}`);
        sel[item[1]] = item[2];
    }
    return sel;
}
function parseManifest(text, file = 'smoke.toml') {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new Error(`${file}: not valid TOML: ${e.message.split('\n')[0]}`);
    }
    const sections = [];
    const add = (cfg, run, where) => {
        const r = runSchema.safeParse(run ?? {});
        if (!r.success) {
            const lines = r.error.issues.map(i => `${file}: ${where}${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.code === 'unrecognized_keys' ? `unknown key ${i.keys.join(', ')}` : `expected ${i.message}`}`);
            throw new Error(lines.join('\n'));
        }
        sections.push({ cfg, run: r.data });
    };
    for (const [key, value] of Object.entries(doc)) {
        const table = value;
        if (key === 'run')
            add({}, table, 'run');
        else if (key === 'target' || key === 'scheme') {
            for (const [name, sub] of Object.entries(table))
                add({ [key]: name }, sub.run, `${key}.${name}.run`);
        }
        else if (CFG.test(key))
            add(parseCfg(key), table.run, `'${key}'.run`);
        else
            throw new Error(`${file}: ${key}: unknown section (expected run, target.<name>.run, scheme.<name>.run or 'cfg(...)'.run)`);
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

;// CONCATENATED MODULE: ./src/smoke/qemu-argv.ts
/** SVSM test images exit through isa-debug-exit at port 0xf4: QEMU's status is (value << 1) | 1. */
const DEBUG_EXIT_DEVICE = 'isa-debug-exit,iobase=0xf4,iosize=0x04';
function qemuArgv(p, igvm, accel) {
    const argv = [
        p.qemu,
        '-machine',
        `${p.machine},igvm-cfg=igvm0`,
        '-object',
        `igvm-cfg,id=igvm0,file=${igvm}`,
        '-accel',
        accel,
        '-cpu',
        p.cpu,
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: ./src/run/process.ts
var run_process = __webpack_require__(16);
;// CONCATENATED MODULE: ./src/smoke/runner.ts
// Boots an IGVM file and decides: the success pattern in the serial log, or QEMU's exit status
// (isa-debug-exit), within the timeout. Everything QEMU prints goes to the log file as it comes.




function runSmoke(o) {
    const started = Date.now();
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(o.log), { recursive: true });
    const out = (0,external_node_fs_.createWriteStream)(o.log);
    return new Promise(resolve => {
        let text = '';
        let verdict = null;
        const child = (0,external_node_child_process_.spawn)(o.argv[0], o.argv.slice(1), {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: o.env ?? process.env
        });
        const stop = (v) => {
            if (verdict)
                return;
            verdict = v;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), o.killAfterMs ?? 2000).unref();
        };
        const timer = setTimeout(() => stop({ status: 'timeout', reason: `no success within ${o.timeoutMs / 1000} s` }), o.timeoutMs);
        const onData = (b) => {
            out.write(b);
            text += b.toString('utf8');
            if (text.length > 1 << 20)
                text = text.slice(-(1 << 19));
            if (o.success.test(text))
                stop({ status: 'passed', reason: `serial log matched /${o.success.source}/` });
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', e => stop({ status: 'failed', reason: `cannot start ${o.argv[0]}: ${e.message}` }));
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            out.end();
            let v = verdict;
            if (!v) {
                if (o.successExitCode !== undefined && code === o.successExitCode)
                    v = { status: 'passed', reason: `QEMU exited with the success status 0x${code.toString(16)}` };
                else
                    v = {
                        status: 'failed',
                        reason: signal
                            ? `QEMU was killed by ${signal}`
                            : `QEMU exited with status ${code} before the success pattern appeared`
                    };
            }
            resolve({ ...v, exitCode: code, ms: Date.now() - started, log: o.log, tail: (0,run_process/* lastLines */.w$)(text, 30) });
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/smoke.ts
// `svsm-build smoke IGVM`: boots the native platform of an IGVM file in QEMU with a run profile.








const SMOKE_USAGE = `Usage: svsm-build smoke <IGVM> [--manifest smoke.toml] [--target T] [--scheme S] [--qemu PATH] [--timeout SECONDS] [--log FILE]

Boots the native platform of an IGVM file in QEMU (KVM when /dev/kvm is usable, else TCG) and
passes when the serial log matches the profile's success pattern or QEMU exits with its
success-exit-code.`;
async function smokeCommand(args) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            strict: true,
            allowPositionals: true,
            options: {
                manifest: { type: 'string' },
                target: { type: 'string' },
                scheme: { type: 'string' },
                qemu: { type: 'string' },
                timeout: { type: 'string' },
                log: { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (e) {
        throw new errors/* UsageError */.e(`${e.message}`, SMOKE_USAGE);
    }
    const v = parsed.values;
    if (v.help) {
        process.stdout.write(`${SMOKE_USAGE}\n`);
        return 0;
    }
    const [igvm] = parsed.positionals;
    if (!igvm || parsed.positionals.length > 1)
        throw new errors/* UsageError */.e(`expected one IGVM file`, SMOKE_USAGE);
    if (!(0,external_node_fs_.existsSync)(igvm))
        throw new errors/* UsageError */.e(`${igvm}: no such file`);
    const manifest = v.manifest ? parseManifest((0,external_node_fs_.readFileSync)(v.manifest, 'utf8'), v.manifest) : { sections: [] };
    const profile = resolveProfile(manifest, {
        ...(v.target ? { target: v.target } : {}),
        ...(v.scheme ? { scheme: v.scheme } : {})
    });
    if (v.qemu)
        profile.qemu = v.qemu;
    if (v.timeout)
        profile.timeout = Number(v.timeout);
    const accel = pickAccel(profile.accel);
    const argv = qemuArgv(profile, igvm, accel);
    process.stdout.write(`$ ${(0,run_process/* displayArgv */.zq)(argv)}\n`);
    const r = await runSmoke({
        argv,
        log: v.log ?? `${igvm}.serial.log`,
        timeoutMs: profile.timeout * 1000,
        success: new RegExp(profile.success),
        ...(profile['success-exit-code'] !== undefined ? { successExitCode: profile['success-exit-code'] } : {})
    });
    process.stdout.write(`${r.status}: ${r.reason} (${(r.ms / 1000).toFixed(1)} s, ${accel}); serial log ${r.log}\n`);
    if (r.status !== 'passed')
        process.stderr.write(`--- last lines of the serial log ---\n${r.tail}\n`);
    return r.status === 'passed' ? 0 : 1;
}


/***/ })

};
