// The preflight checks that need no build: the submodules a plan needs, the C tools, what git says.
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  gitWarnings,
  missingCTools,
  missingSubmodules,
  requiredSubmodules
} from '../../src/preflight/checks.js'
import { examplePlan as plan } from '../helpers/plan.js'
import { tempDir, tempTree } from '../helpers/temp.js'

const tree = (files: Record<string, string>) => tempTree('preflight-', files)

describe('preflight', () => {
  it('needs the vTPM submodules only when a component uses vtpm', () => {
    const root = tree({
      '.gitmodules': '[submodule "x"]\n\tpath = libtcgtpm/deps/openssl\n[submodule "p"]\n\tpath = packit\n',
      'packit/Cargo.toml': 'x'
    })
    expect(requiredSubmodules(root, plan('qemu-target.json'))).toEqual([
      'packit',
      'libtcgtpm/deps/openssl',
      'libtcgtpm/deps/tpm-20-ref'
    ])
    expect(missingSubmodules(root, plan('qemu-target.json'))).toEqual([
      'libtcgtpm/deps/openssl',
      'libtcgtpm/deps/tpm-20-ref'
    ])
    expect(missingSubmodules(root, plan('test/qemu-test-target.json'))).toEqual([])
  })

  it('names the C tools the vTPM build lacks', () => {
    const bin = tempDir('path-')
    writeFileSync(join(bin, 'cmake'), '', { mode: 0o755 })
    expect(missingCTools(bin)).toEqual(['pkg-config', 'a C compiler (cc, gcc or clang)'])
  })

  it('says what a dirty tree puts into the digest', () => {
    expect(
      gitWarnings({ isRepo: true, describe: '2026.07-3-gabc+', shallow: false, tags: true, dirty: true })[0]
    ).toMatch(/^tracked files are modified: the kernel will embed the version "2026\.07-3-gabc\+"/)
    expect(
      gitWarnings({ isRepo: true, describe: '2026.07', shallow: false, tags: true, dirty: false })
    ).toEqual([])
  })
})
