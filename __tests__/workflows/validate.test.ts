// The repository's workflows and actions pass GitHub's own parser offline; broken files do not;
// the examples shown in docs/ are exactly the files that are checked.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runNode } from '../helpers/run.js'
import { fixture, REPO } from '../helpers/paths.js'

const script = join(REPO, 'scripts', 'validate-workflows.mjs')

describe('workflow validation', () => {
  it('passes every workflow, example workflow and action.yml of the repository', () => {
    const r = runNode(script, [])
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^(\d+) file\(s\) checked, 0 problem\(s\)\n$/)
    expect(Number(/^(\d+)/.exec(r.stdout)![1])).toBeGreaterThanOrEqual(15)
    expect(r.code).toBe(0)
  })

  it('fails on a workflow GitHub would refuse, naming file and line', () => {
    const r = runNode(script, [fixture('workflows', 'broken-syntax.yml')])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("broken-syntax.yml:6:5: Unexpected value 'stepz'")
    expect(r.stderr).toMatch(/broken-syntax\.yml:11:\d+: Unexpected symbol/)
  })

  it('fails on inputs a local action or reusable workflow does not declare, and on missing required ones', () => {
    const r = runNode(script, [fixture('workflows', 'undeclared-input.yml')])
    expect(r.code).toBe(1)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(
        /undeclared-input\.yml:7: \.\/ has no input 'recipes' \(it declares: recipe, svsm-path, /
      ),
      expect.stringMatching(
        /undeclared-input\.yml:15: \.\/\.github\/workflows\/build\.yml has no input 'recipe' \(it declares: svsm-repository, /
      )
    ])
  })

  it('shows in docs/ exactly the example workflows it validates', () => {
    const docs = join(REPO, 'docs')
    const readme = readdirSync(docs)
      .filter(f => f.endsWith('.md'))
      .map(f => readFileSync(join(docs, f), 'utf8'))
      .join('\n')
    const dir = join(REPO, 'examples', 'workflows')
    const files = readdirSync(dir).filter(f => f.endsWith('.yml'))
    expect(files.length).toBeGreaterThanOrEqual(5)
    for (const f of files) expect(readme).toContain(`\`\`\`yaml\n${readFileSync(join(dir, f), 'utf8')}\`\`\``)
  })
})
