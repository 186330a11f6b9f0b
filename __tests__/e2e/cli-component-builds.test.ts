// `svsm-build kernel` (and `qemu`, through the same runner), bundled, on a stand-in kernel tree: each
// command titled with its argv, the outputs listed; a failed command is one `error:`, exit 1.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../helpers/run.js'
import { findOnPath } from '../../src/run/tools.js'
import { tempDir } from '../helpers/temp.js'

const top = tempDir('cli-kernel-')

/** A kernel tree whose make targets write what the real ones would (or whose bzImage fails). */
function fakeLinux(name: string, bzImageFails = false): string {
  const dir = join(top, name)
  mkdirSync(join(dir, 'scripts'), { recursive: true })
  const bzImage = bzImageFails
    ? '\t@echo "ld: cannot link" >&2; exit 1'
    : '\tmkdir -p arch/x86/boot && echo kernel > arch/x86/boot/bzImage && echo map > System.map'
  writeFileSync(
    join(dir, 'Makefile'),
    `defconfig:\n\techo CONFIG_X=y > .config\nolddefconfig:\n\t@true\nbzImage:\n${bzImage}\n`
  )
  writeFileSync(join(dir, 'scripts', 'config'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
  return dir
}
const kernel = (src: string) =>
  runCli(['kernel', '--src', src, '--role', 'guest', '--defconfig', 'defconfig', '--jobs', '1'])

;(findOnPath('make') ? describe : describe.skip)('svsm-build kernel', () => {
  it('runs the plan in the tree, titling each command, and lists the outputs', () => {
    const src = fakeLinux('linux')
    const r = kernel(src)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^make defconfig\n\$ make defconfig\necho CONFIG_X=y > \.config\n/)
    expect(r.stdout).toContain('Enabling the SEV-SNP guest options\n$ scripts/config --file .config --enable')
    expect(r.stdout).toContain('Building bzImage\n$ make -j1 bzImage\n')
    expect(r.stdout).toMatch(
      new RegExp(`\\n${src}/arch/x86/boot/bzImage\\n${src}/System\\.map\\n${src}/\\.config\\n$`)
    )
  })

  it('ends a failed command in one error naming the step and its stderr, exit 1', () => {
    const r = kernel(fakeLinux('linux-failing', true))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /\nerror: step linux\/bzImage \(Building bzImage\) failed: `make -j1 bzImage` exited with code 2\n--- last lines of its stderr ---\nld: cannot link\n/
    )
    expect(r.stderr).not.toMatch(/^\s+at /m)
  })
})
