#!/usr/bin/env node
// Validates the repository's workflows and action metadata offline with GitHub's own parser.
//   node scripts/validate-workflows.mjs [--root DIR] [FILE...]
// Exit 0 when clean; 1 with one line per problem otherwise.
import { register } from 'node:module'
import { resolve } from 'node:path'
import { defaultFiles, validateFiles } from './lib/validate-workflows.mjs'

register('./lib/json-import-hook.mjs', import.meta.url)
const parser = {
  ...(await import('@actions/workflow-parser')),
  ...(await import('@actions/workflow-parser/actions/action-parser'))
}

const args = process.argv.slice(2)
const rootAt = args.indexOf('--root')
const root = resolve(rootAt >= 0 ? args.splice(rootAt, 2)[1] : '.')
const files = args.length > 0 ? args.map(f => resolve(f)) : defaultFiles(root)
const problems = await validateFiles(files, root, parser)
for (const p of problems) console.error(p)
console.log(`${files.length} file(s) checked, ${problems.length} problem(s)`)
process.exitCode = problems.length > 0 ? 1 : 0
