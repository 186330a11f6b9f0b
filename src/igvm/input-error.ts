import { BadInput } from '../util/errors.js'

/** A file that could not be read as the reader needs (not a regular file or a pipe, a pipe that
 * stayed silent, a file that shrank while it was read). The message names the file. */
export class InputError extends BadInput {
  override name = 'InputError'
}
