export const id = 611;
export const ids = [611];
export const modules = {

/***/ 2611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  predicateCommand: () => (/* binding */ predicateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/record/load.ts
var load = __webpack_require__(9397);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/write-atomic.ts
var write_atomic = __webpack_require__(2093);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/record/schema.ts
var schema = __webpack_require__(7450);
;// CONCATENATED MODULE: ./src/attest/predicate.ts
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
    target: schema/* measurementSchema */.aY.shape.target,
    file: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), size: schemas/* number */.aig().int().nonnegative(), sha256: hex(64) }),
    /**
     * Where the bytes came from, for a verifier who rebuilds: the checkout and CARGO_HOME of the
     * build, whether absolute build paths are compiled into the file's parts (then only a rebuild at
     * those paths gives these bytes; `svsm-build reproduce` does that), and whether the build
     * remapped them. Absent when the record does not say (an older svsm-build).
     */
    buildPaths: schemas/* object */.Ikc({
        checkout: schemas/* string */.YjP(),
        cargoHome: schemas/* string */.YjP().nullable(),
        embedded: schemas/* boolean */.zMY(),
        remapped: schemas/* boolean */.zMY()
    })
        .optional(),
    /** The whole measurement record (without svsm-build's reader details): inputs, options, tools. */
    record: schema/* measurementSchema */.aY.omit({ details: true })
});
const inTotoStatementSchema = schemas/* object */.Ikc({
    _type: schemas/* literal */.euz(IN_TOTO_STATEMENT_TYPE),
    subject: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: schemas/* object */.Ikc({ sha256: hex(64) }) })).min(1),
    predicateType: schemas/* literal */.euz(MEASUREMENT_PREDICATE_TYPE),
    predicate: measurementPredicateSchema
});
function measurementPredicate(m) {
    const { details: _details, ...record } = m;
    const b = m.inputs?.build;
    return {
        launchDigest: m.launchDigest,
        policy: m.policy,
        platforms: [...m.platforms],
        target: m.target,
        file: { name: (0,external_node_path_.basename)(m.igvm), size: m.size, sha256: m.sha256 },
        ...(b
            ? {
                buildPaths: {
                    checkout: b.checkout,
                    cargoHome: b.cargoHome,
                    embedded: b.embeddedPaths.length > 0,
                    remapped: b.remap.length > 0
                }
            }
            : {}),
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

;// CONCATENATED MODULE: ./src/attest/write-predicates.ts
// Writes one attestation predicate per built IGVM file beside the build's outputs, for
// actions/attest's predicate-path. The folder is written into, never emptied: a file there that
// svsm-build did not write stops it before anything is written; its own earlier predicates are
// replaced (or removed, when this build has no IGVM file of that name).





/** Where the action writes them, in the svsm tree. */
const PREDICATE_DIR = 'bin/attestations';
const SUFFIX = '.predicate.json';
/** A predicate of a real record is a few KiB; anything far larger is not one of ours. */
const MAX_PREDICATE_BYTES = 1 << 20;
/** A predicate file svsm-build wrote: `<igvm name>.predicate.json` holding a measurement predicate. */
function isOurs(path) {
    if (!(0,external_node_path_.basename)(path).endsWith(SUFFIX))
        return false;
    try {
        const st = (0,external_node_fs_.lstatSync)(path);
        if (!st.isFile() || st.size > MAX_PREDICATE_BYTES)
            return false;
        return measurementPredicateSchema.safeParse(JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'))).success;
    }
    catch {
        return false;
    }
}
/**
 * Writes the predicates of `measurements` into `dir` (made when missing). `label` is how errors
 * name the folder (the CLI's `--out DIR`).
 */
function writePredicates(dir, measurements, label = dir) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(dir);
    }
    catch {
        st = null;
    }
    if (st && !st.isDirectory())
        throw new errors/* BadInput */.kp(`${label}: not a directory; expected a folder for the predicates`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const existing = (0,external_node_fs_.readdirSync)(dir);
    const foreign = existing.find(name => !isOurs((0,external_node_path_.join)(dir, name)));
    if (foreign !== undefined)
        throw new errors/* BadInput */.kp(`${label}: holds ${foreign}, which svsm-build did not write; nothing was written (predicates go into a new folder or one holding only earlier predicates)`);
    const written = measurements.map(m => {
        const predicate = (0,external_node_path_.join)(dir, `${(0,external_node_path_.basename)(m.igvm)}${SUFFIX}`);
        (0,write_atomic/* writeFileAtomic */.Z)(predicate, `${JSON.stringify(measurementPredicate(m), null, 2)}\n`);
        return { target: m.target, igvm: m.igvm, sha256: m.sha256, predicate };
    });
    // Earlier predicates of ours that this build did not rewrite are about other files.
    const now = new Set(written.map(w => (0,external_node_path_.basename)(w.predicate)));
    for (const name of existing)
        if (!now.has(name))
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, name), { force: true });
    return written;
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/commands/predicate.ts
// `svsm-build predicate MEASUREMENTS.json|ARTIFACT_DIR --out DIR`: the measurement attestation
// predicates of a build's records, one file per IGVM file (build.yml's attest job signs them).
// Prints a JSON array: {target, igvm, sha256, predicate}.





const PREDICATE_COMMAND = (0,flags/* command */.G5)({
    synopsis: ['svsm-build predicate MEASUREMENTS.json|ARTIFACT_DIR --out DIR'],
    about: 'Writes DIR/<igvm file>.predicate.json for each record (predicate type\nhttps://svsm-build.dev/measurement/v1, schema schemas/measurement-predicate.schema.json) and prints\nwhat it wrote as JSON. DIR is made when missing; a DIR holding files svsm-build did not write is\nrefused, and nothing in it is deleted but its own earlier predicates.',
    flags: { out: { value: '<DIR>', required: true, help: 'Folder for the predicate files' } },
    args: { min: 1, max: 1, what: 'one MEASUREMENTS.json or artifact folder' },
    footer: 'Exit codes: 0 written, 2 bad input (a record that is not valid, an --out folder it will not write into).'
});
async function predicateCommand(args) {
    const parsed = (0,flags/* parseFlags */.bQ)(PREDICATE_COMMAND, args);
    if (!parsed)
        return 0;
    const out = parsed.values.out;
    try {
        const { records } = (0,load/* loadRecords */.ff)(parsed.positionals[0], { untrustedNames: true });
        const written = writePredicates((0,external_node_path_.resolve)(out), records, `--out ${out}`);
        process.stdout.write(`${JSON.stringify(written)}\n`);
        return 0;
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
