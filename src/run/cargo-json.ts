// `cargo test --no-run --message-format=json-render-diagnostics` prints one JSON object per line;
// the test executable of a package is the last lib compiler-artifact built with the test profile.
export function cargoTestExecutable(stdout: string, name: string): string | null {
  const target = name.replace(/-/g, '_')
  let found: string | null = null
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue
    let msg: {
      reason?: string
      target?: { name?: string; kind?: string[] }
      profile?: { test?: boolean }
      executable?: string | null
    }
    try {
      msg = JSON.parse(line)
    } catch {
      continue
    }
    if (
      msg.reason === 'compiler-artifact' &&
      msg.target?.name === target &&
      msg.target.kind?.includes('lib') &&
      msg.profile?.test === true &&
      typeof msg.executable === 'string'
    ) {
      found = msg.executable
    }
  }
  return found
}
