// Offline checks of GitHub workflow and action metadata files with GitHub's own parser
// (@actions/workflow-parser): schema and expression errors, plus the inputs every `uses:` of an
// action or reusable workflow of this repository passes (declared, and the required ones given).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { parse as parseYaml, LineCounter, parseDocument } from 'yaml'

/** This repository as others reference it (`svsm-build/svsm-build-action[/sub]@ref`). */
export const REPOSITORY = 'svsm-build/svsm-build-action'
const LOCAL_CHECKOUT = '.svsm-build-action'

/** Files to check under a repository root: workflows, example workflows, every action.yml. */
export function defaultFiles(root) {
  const out = []
  for (const dir of ['.github/workflows', 'examples/workflows']) {
    const d = join(root, dir)
    if (existsSync(d)) for (const f of readdirSync(d).sort()) if (/\.ya?ml$/.test(f)) out.push(join(d, f))
  }
  for (const f of actionFiles(root)) out.push(f)
  return out
}

function actionFiles(root) {
  const out = []
  if (existsSync(join(root, 'action.yml'))) out.push(join(root, 'action.yml'))
  for (const e of readdirSync(root)) {
    if (e.startsWith('.') || e === 'node_modules' || e === 'examples' || e === '__tests__') continue
    const p = join(root, e, 'action.yml')
    if (statSync(join(root, e)).isDirectory() && existsSync(p)) out.push(p)
  }
  return out
}

const isAction = file => basename(file) === 'action.yml' || basename(file) === 'action.yaml'

/** Maps a `uses:` value to a file of this repository, or null when it points elsewhere. */
export function localTarget(uses, root) {
  let path = null
  if (uses.startsWith('./'))
    path = uses.slice(2).replace(new RegExp(`^${LOCAL_CHECKOUT.replace('.', '\\.')}/?`), '')
  else if (uses.startsWith(`${REPOSITORY}/`) || uses.startsWith(`${REPOSITORY}@`))
    path = uses.slice(REPOSITORY.length).replace(/^\//, '').replace(/@.*$/, '')
  if (path === null) return null
  const full = resolve(root, path)
  if (/\.ya?ml$/.test(path)) return { kind: 'workflow', file: full }
  return { kind: 'action', file: join(full, 'action.yml') }
}

/** Declared inputs: name → { required, hasDefault }. */
function declaredInputs(target) {
  const doc = parseYaml(readFileSync(target.file, 'utf8')) ?? {}
  const inputs =
    target.kind === 'action'
      ? (doc.inputs ?? {})
      : (doc.on?.workflow_call?.inputs ?? doc.true?.workflow_call?.inputs ?? {})
  return Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [
      k,
      { required: v?.required === true, hasDefault: v?.default !== undefined }
    ])
  )
}

function lineOf(doc, lc, path) {
  const node = doc.getIn(path, true)
  const range = node?.range
  return range ? lc.linePos(range[0]).line : undefined
}

/** Checks `uses:` of steps and jobs against what the referenced local file declares. */
function checkUses(file, text, root) {
  const problems = []
  const lc = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lc })
  if (doc.errors.length > 0)
    return doc.errors.map(
      e => `${relative(root, file)}:${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`
    )
  const wf = doc.toJS() ?? {}
  const check = (uses, withs, path) => {
    if (typeof uses !== 'string') return
    const target = localTarget(uses, root)
    if (!target) return
    const where = `${relative(root, file)}:${lineOf(doc, lc, path) ?? '?'}`
    if (!existsSync(target.file)) {
      problems.push(`${where}: uses ${uses}, but ${relative(root, target.file)} does not exist`)
      return
    }
    const declared = declaredInputs(target)
    for (const k of Object.keys(withs ?? {})) {
      if (!(k in declared))
        problems.push(
          `${where}: ${uses} has no input '${k}' (it declares: ${Object.keys(declared).join(', ') || 'none'})`
        )
    }
    for (const [k, d] of Object.entries(declared)) {
      if (d.required && !d.hasDefault && !(withs && k in withs))
        problems.push(`${where}: ${uses} needs input '${k}'`)
    }
  }
  if (isAction(file)) {
    for (const [i, s] of (wf.runs?.steps ?? []).entries())
      check(s?.uses, s?.with, ['runs', 'steps', i, 'uses'])
    return problems
  }
  for (const [id, job] of Object.entries(wf.jobs ?? {})) {
    check(job?.uses, job?.with, ['jobs', id, 'uses'])
    for (const [i, s] of (job?.steps ?? []).entries())
      check(s?.uses, s?.with, ['jobs', id, 'steps', i, 'uses'])
  }
  return problems
}

/** Every problem in `files`, one line each (`file:line: message`); `parser` is @actions/workflow-parser. */
export async function validateFiles(files, root, parser) {
  const problems = []
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const name = relative(root, file)
    const result = isAction(file)
      ? parser.parseAction({ name, content: text }, new parser.NoOperationTraceWriter())
      : parser.parseWorkflow({ name, content: text }, new parser.NoOperationTraceWriter())
    for (const e of result.context.errors.getErrors())
      problems.push(e.message.replace(/ \(Line: (\d+), Col: (\d+)\): /, ':$1:$2: '))
    if (result.context.errors.getErrors().length === 0) problems.push(...checkUses(file, text, root))
  }
  return problems
}
