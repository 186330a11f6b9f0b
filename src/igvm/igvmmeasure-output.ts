// igvmmeasure's `measure` block: a blank line, 111 '=', `igvmmeasure '<file>'`,
// `Launch Digest: <HEX>`, the '=' line again and a blank line.
const BLOCK = /^igvmmeasure '([^\n]*)'\nLaunch Digest: ([0-9A-F]+)$/gm

interface PrintedDigest {
  file: string
  digest: string
}

/** Every digest block in `stdout`, in order. */
export function parseIgvmmeasureOutput(stdout: string): PrintedDigest[] {
  return [...stdout.replace(/\r\n/g, '\n').matchAll(BLOCK)].map(m => ({ file: m[1]!, digest: m[2]! }))
}

export function formatIgvmmeasureBlock(file: string, digest: string): string {
  const line = '='.repeat(111)
  return `\n${line}\nigvmmeasure '${file}'\nLaunch Digest: ${digest}\n${line}\n\n`
}
