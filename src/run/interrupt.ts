// SIGINT / SIGTERM during a build. A terminal's Ctrl-C reaches the whole foreground group, but
// GitHub's runner signals the step's node process alone (SIGINT, then SIGTERM); so each child
// runs in its own process group (cargo spawns rustc) and the signal is passed on to every group.
import { constants } from 'node:os'

type Listener = (signal: NodeJS.Signals, count: number) => void

/** What the build was told to stop with; one per build, shared by every running process. */
export class Interrupt {
  /** The first signal received (it decides the exit code), or null. */
  signal: NodeJS.Signals | null = null
  count = 0
  private readonly listeners = new Set<Listener>()

  trigger(signal: NodeJS.Signals) {
    this.count++
    this.signal ??= signal
    for (const l of [...this.listeners]) l(signal, this.count)
  }

  /** Calls `fn` on every signal from now on; returns the function that stops that. */
  listen(fn: Listener): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }
}

/** The build stopped because it was told to; it produced nothing. */
export class Interrupted extends Error {
  override name = 'Interrupted'
  constructor(
    readonly signal: NodeJS.Signals,
    message: string
  ) {
    super(message)
  }

  /** 128 + the signal's number, as a shell reports a command killed by it (130, 143). */
  get exitCode(): number {
    return 128 + (constants.signals[this.signal] ?? 0)
  }
}

/** Routes SIGINT and SIGTERM to `interrupt` until the returned function is called. */
export function trapSignals(interrupt: Interrupt, note: (message: string) => void): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map(signal => {
    const h = () => {
      note(
        interrupt.count === 0
          ? `${signal} received: stopping the running commands and removing this build's results`
          : `${signal} received again: killing the running commands`
      )
      interrupt.trigger(signal)
    }
    process.on(signal, h)
    return () => process.off(signal, h)
  })
  return () => handlers.forEach(off => off())
}
