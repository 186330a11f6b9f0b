// A whole IGVM file in memory, for the commands that need its bytes (inspect, diff): read only
// when it is a regular file or a pipe (capped) and its fixed header holds, so /dev/zero, a FIFO
// nobody writes to, or 2 GiB of something else are refused before they are read.
import { IgvmError } from './errors.js'
import { readFixedHeader } from './fixed-header.js'
import { fileInput, type IgvmInput } from './input.js'
import type { PipeOptions } from './pipe-input.js'

/**
 * The file's bytes. Throws an errno error when it cannot be opened (ENOENT, EACCES, EISDIR), an
 * IgvmError when its fixed header is wrong (the same one the parser would throw), an InputError
 * for anything else; each message names the file.
 */
export function readIgvmFile(path: string, o: PipeOptions = {}): Uint8Array {
  const input: IgvmInput = fileInput(path, o)
  try {
    readFixedHeader(input.head, input.size, (offset, rule, debug) => {
      throw new IgvmError(offset, rule, debug, path)
    })
    return input.head.length === input.size ? input.head : input.read(0, input.size)
  } finally {
    input.close()
  }
}
