// ID-block signing of a build's IGVM files with upstream's `igvmmeasure sign`, in a job that holds
// the keys (sign.yml): the keys live only in a private temp folder for the tool's run, every signed
// file is measured again (igvmmeasure and our own reader), its ID block decoded and its signatures
// checked, and each record gains `signed` next to its unsigned digest.
import { spawnSync } from 'node:child_process'
import { createHash, createPrivateKey, type KeyObject } from 'node:crypto'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { builtinMeasure } from '../engine/builtin-measure.js'
import { idBlockFacts, idBlockSignatures, parseIgvmWithBytes } from '../igvm/id-block.js'
import { parseIgvmmeasureOutput } from '../igvm/igvmmeasure-output.js'
import type { Measurement } from '../record/schema.js'
import { writeRecords } from '../record/write.js'

export class SignError extends Error {
  override name = 'SignError'
}

interface SignKeys {
  /** PEM (SEC1 "EC PRIVATE KEY" or PKCS#8) of a P-384 key. */
  idKey: string
  authorKey?: string
}

interface SignRequest {
  /** The build's artifact: measurements.json and the IGVM files (flat, as the action uploads them). */
  artifactDir: string
  /** Where the signed files and the new measurements.json go. */
  outDir: string
  /** Upstream's igvmmeasure (built in the signing job). */
  igvmmeasure: string
  keys: SignKeys
}

export interface SignResult {
  measurements: Measurement[]
  /** Records left unsigned, and why (SEV-SNP is the only platform with an ID block). */
  skipped: { igvm: string; reason: string }[]
  files: string[]
}

/** The key as igvmmeasure reads it (SEC1 PEM), refused unless it is P-384; never echoes the key. */
function keyFor(input: string, pem: string): string {
  let key: KeyObject
  try {
    key = createPrivateKey(pem)
  } catch {
    throw new SignError(
      `${input}: not a PEM private key (expected an ECDSA P-384 key: openssl ecparam -name secp384r1 -genkey -noout)`
    )
  }
  const curve = key.asymmetricKeyDetails?.namedCurve
  if (key.asymmetricKeyType !== 'ec' || curve !== 'secp384r1')
    throw new SignError(
      `${input}: a ${key.asymmetricKeyType ?? 'unknown'}${curve ? ` ${curve}` : ''} key; SEV-SNP ID blocks need ECDSA P-384 (secp384r1)`
    )
  // igvmmeasure reads SEC1 only ("Error: Error" for PKCS#8).
  return key.export({ type: 'sec1', format: 'pem' }).toString()
}

/** Runs `fn` with the keys as 0600 files in a 0700 folder of their own, removed afterwards. */
function withKeyFiles<T>(keys: SignKeys, fn: (paths: { id: string; author?: string }) => T): T {
  const id = keyFor('id-key', keys.idKey)
  const author = keys.authorKey ? keyFor('author-key', keys.authorKey) : undefined
  // RUNNER_TEMP: the runner empties it after the job, even if this process is killed.
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'svsm-sign-'))
  try {
    chmodSync(dir, 0o700)
    const write = (name: string, pem: string) => {
      const p = join(dir, name)
      writeFileSync(p, pem, { mode: 0o600 })
      return p
    }
    return fn({ id: write('id.pem', id), ...(author ? { author: write('author.pem', author) } : {}) })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function run(argv: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8' })
  if (r.error) throw new SignError(`${argv[0]}: ${r.error.message}`)
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** `<name>.igvm` → `<name>-signed.igvm` (upstream's naming in its signing test). */
const signedName = (igvm: string) => basename(igvm).replace(/(\.igvm)?$/, '-signed.igvm')

function signOne(
  req: SignRequest,
  m: Measurement,
  keys: { id: string; author?: string }
): NonNullable<Measurement['signed']> {
  const input = join(req.artifactDir, basename(m.igvm))
  const name = signedName(m.igvm)
  const output = join(req.outDir, name)
  // The ID block asserts the digest measured with the record's flags (--native-zero changes it).
  const flags = [...(m.checkKvm ? ['--check-kvm'] : []), ...(m.nativeZero ? ['--native-zero'] : [])]
  const argv = [req.igvmmeasure, ...flags, input, 'sign', '--output', output, '--id-key', keys.id]
  if (keys.author) argv.push('--author-key', keys.author)
  const s = run(argv)
  if (s.code !== 0)
    throw new SignError(
      `igvmmeasure sign ${basename(m.igvm)} failed (exit ${s.code}): ${s.stderr.trim() || s.stdout.trim()}`
    )

  // Measured again: igvmmeasure refuses a file whose ID block asserts another digest.
  const r = run([req.igvmmeasure, ...flags, output, 'measure'])
  const printed = parseIgvmmeasureOutput(r.stdout)
  if (r.code !== 0 || printed.length !== 1)
    throw new SignError(`igvmmeasure measure ${name} failed (exit ${r.code}): ${r.stderr.trim()}`)
  const bytes = readFileSync(output)
  const ours = builtinMeasure(bytes, { checkKvm: m.checkKvm, nativeZero: m.nativeZero }).digest
  if (ours !== printed[0]!.digest)
    throw new SignError(`${name}: igvmmeasure measures ${printed[0]!.digest}, svsm-build ${ours}`)

  const parsed = parseIgvmWithBytes(bytes, name)
  const facts = idBlockFacts(parsed)
  const sigs = idBlockSignatures(parsed)
  if (!facts || !sigs) throw new SignError(`${name}: igvmmeasure sign wrote no SEV-SNP ID block`)
  if (!sigs.idBlock || sigs.author === false)
    throw new SignError(`${name}: the ID block's ${sigs.idBlock ? 'author' : 'ID'} signature does not verify`)
  if (facts.ld !== ours)
    throw new SignError(`${name}: the ID block asserts ${facts.ld}, the file measures ${ours}`)
  return {
    igvm: name,
    sha256: sha256(bytes),
    launchDigest: ours,
    idKeyDigest: facts.idKeyDigest,
    authorKeyDigest: facts.authorKeyDigest,
    familyId: facts.familyId,
    imageId: facts.imageId
  }
}

export function signArtifact(req: SignRequest, records: Measurement[]): SignResult {
  mkdirSync(req.outDir, { recursive: true })
  const skipped: SignResult['skipped'] = []
  const files: string[] = []
  const measurements = withKeyFiles(req.keys, keys =>
    records.map(m => {
      if (!m.platforms.includes('snp')) {
        skipped.push({
          igvm: m.igvm,
          reason: `platforms ${m.platforms.join(',')}: no SEV-SNP, so no ID block`
        })
        return m
      }
      const signed = signOne(req, m, keys)
      files.push(join(req.outDir, signed.igvm))
      return { ...m, signed }
    })
  )
  // The unsigned files travel with the signed ones: the record names both.
  for (const m of records) {
    const dest = join(req.outDir, basename(m.igvm))
    copyFileSync(join(req.artifactDir, basename(m.igvm)), dest)
    files.push(dest)
  }
  const out = join(req.outDir, 'measurements.json')
  writeRecords(out, measurements)
  files.push(out)
  return { measurements, skipped, files }
}
