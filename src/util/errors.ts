/** A wrong command line or action input: exit code 2, usage shown. */
export class UsageError extends Error {
  override name = 'UsageError'
  /** The usage text to show with the message (the command's own; default: the build usage). */
  constructor(
    message: string,
    readonly usage?: string
  ) {
    super(message)
  }
}

/** Something the build needs is missing (a tool, a submodule, a file): exit code 1, before any step. */
export class PreflightError extends Error {
  override name = 'PreflightError'
}

/** A file or value the user named that cannot be used (missing, not JSON, the wrong shape): exit code 2. */
export class BadInput extends Error {
  override name = 'BadInput'
}
