// A stand-in edk2 checkout: BaseTools that make builds (or fails to), the Conf templates, an OVMF
// platform description, and a `build` that writes the firmware volumes the way a DEBUG build does
// (bytes that depend on its arguments and the build path).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { git } from './tree.js'

export function fakeEdk2(dir: string, o: { baseToolsFail?: boolean } = {}): string {
  const w = (f: string, text: string, mode = 0o644) => {
    mkdirSync(join(dir, f, '..'), { recursive: true })
    writeFileSync(join(dir, f), text, { mode })
  }
  w(
    'BaseTools/Makefile',
    o.baseToolsFail ? 'all:\n\t@echo no compiler here >&2; exit 3\n' : 'all:\n\t@echo BaseTools built\n'
  )
  for (const t of ['target', 'tools_def', 'build_rule']) w(`BaseTools/Conf/${t}.template`, `# ${t}\n`)
  w('OvmfPkg/OvmfPkgX64.dsc', '[Defines]\n  PLATFORM_NAME = Ovmf\n  OUTPUT_DIRECTORY = Build/OvmfX64\n')
  w(
    'BaseTools/BinWrappers/PosixLike/build',
    `#!/bin/sh\nset -e\nfv="$WORKSPACE/Build/OvmfX64/DEBUG_GCC5/FV"\nmkdir -p "$fv"\necho "OVMF $* built in $WORKSPACE" > "$fv/OVMF.fd"\necho vars > "$fv/OVMF_VARS.fd"\n`,
    0o755
  )
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'edk2')
  return dir
}
