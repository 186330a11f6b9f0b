import { spawnSync } from 'node:child_process'

/** First line a program prints about itself (`gcc --version`), or 'not found'. */
export function firstLine(argv: string[], cwd?: string): string {
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd, encoding: 'utf8' })
  if (r.error) return 'not found'
  return `${r.stdout}\n${r.stderr}`.trim().split('\n')[0]!.trim()
}
