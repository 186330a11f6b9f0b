// Where the engine's own messages go: the terminal for the CLI, @actions/core in the action.
import type { Writable } from 'node:stream'

export interface Logger {
  info(message: string): void
  warn(message: string): void
  /** A titled section (a foldable group in GitHub's log). */
  group(title: string): void
  endGroup(): void
}

export function streamLogger(out: Writable, err: Writable, colour = false): Logger {
  const bold = (s: string) => (colour ? `\x1b[1m${s}\x1b[0m` : s)
  const yellow = (s: string) => (colour ? `\x1b[33m${s}\x1b[0m` : s)
  return {
    info: m => out.write(`${m}\n`),
    warn: m => err.write(`${yellow('warning')}: ${m}\n`),
    group: t => out.write(`${bold(t)}\n`),
    endGroup: () => {}
  }
}
