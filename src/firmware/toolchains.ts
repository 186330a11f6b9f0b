import { firstLine } from '../util/exec-first-line.js'

/** The tools whose versions change an EDK2 build's bytes. */
export function edk2Toolchains(): Record<string, string> {
  return {
    gcc: firstLine(['gcc', '--version']),
    nasm: firstLine(['nasm', '-v']),
    iasl: firstLine(['iasl', '-v']).replace(/^$/, 'unknown'),
    python3: firstLine(['python3', '--version']),
    make: firstLine(['make', '--version'])
  }
}
