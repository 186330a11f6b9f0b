// The operating system's refusals (a full disk, a read-only folder, a directory where a file
// belongs) as one readable line, instead of Node's "EISDIR: illegal operation on a directory, read"
// and a stack trace.

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'a directory, expected a file',
  ENOTDIR: 'a part of this path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'already exists',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EAGAIN: 'no data to read now (a FIFO or a device?), expected a regular file'
}

/** An error the file system or a system call gave (it has an errno code such as ENOSPC). */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  // Duck-typed: errors from Node's core may come from another realm (a test's VM context).
  if (typeof e !== 'object' || e === null) return false
  const { code, syscall, errno, message } = e as NodeJS.ErrnoException
  return (
    typeof message === 'string' &&
    typeof code === 'string' &&
    /^E[A-Z0-9]+$/.test(code) &&
    (syscall !== undefined || errno !== undefined)
  )
}

/** `read-only file system (EROFS)`: what went wrong, without the path. */
export function systemErrorReason(e: NodeJS.ErrnoException): string {
  const code = e.code ?? 'error'
  const reason = REASONS[code]
  if (reason) return `${reason} (${code})`
  // Node's own words, minus its "CODE: " prefix and ", syscall 'path'" suffix.
  const text = e.message.replace(/^[A-Z0-9]+: /, '').replace(/, \w+ '.*'$/s, '')
  return `${text} (${code})`
}

/** `<path>: <reason>` (the path the call named; the call itself when there is none). */
export function systemErrorMessage(e: NodeJS.ErrnoException): string {
  return `${e.path ?? e.syscall ?? 'system call'}: ${systemErrorReason(e)}`
}
