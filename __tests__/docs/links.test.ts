// The README is a front door to docs/: every relative link in it and in docs/*.md names a file
// that exists, and the README stays short.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { REPO } from '../helpers/paths.js'

const pages = [
  'README.md',
  'bench/README.md',
  ...readdirSync(join(REPO, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`)
]

describe('documentation', () => {
  it.each(pages)('%s links only to files that exist', page => {
    const text = readFileSync(join(REPO, page), 'utf8')
    const targets = [...text.matchAll(/\]\(([^)#:\s]+)(#[^)]*)?\)/g)].map(m => m[1]!)
    const broken = targets.filter(t => !existsSync(join(REPO, dirname(page), t)))
    expect(broken).toEqual([])
  })

  it('the README links every page of docs/', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
    const unlinked = pages.filter(p => p.startsWith('docs/') && !readme.includes(`](${p})`))
    expect(unlinked).toEqual([])
  })

  it('the README stays a front door (under 250 lines)', () => {
    expect(readFileSync(join(REPO, 'README.md'), 'utf8').split('\n').length).toBeLessThan(250)
  })
})
