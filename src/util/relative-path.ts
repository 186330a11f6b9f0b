// A name that must stay inside a folder (an output under bin/, a recipe in the svsm tree, a file
// in an artifact): plain names joined by "/", nothing that climbs out, nothing a file cannot be.

/** Linux's limit for one name in a path (NAME_MAX), in bytes. */
const MAX_NAME_BYTES = 255

/** The first control character in `s` (NUL, a line break, ...), which no name should hold. */
export const controlCharacter = (s: string): string | undefined =>
  [...s].find(c => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)

/** Why `p` cannot be a relative path inside a folder, as a clause ("is an absolute path"), or null. */
export function relativePathProblem(p: string): string | null {
  if (p === '') return 'is empty'
  if (p.startsWith('/')) return 'is an absolute path'
  const control = controlCharacter(p)
  if (control !== undefined)
    return `holds the control character U+${control.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`
  for (const part of p.split('/')) {
    if (part === '') return 'has an empty part (a doubled or trailing "/")'
    if (part === '.' || part === '..') return `has a "${part}" part`
    const bytes = Buffer.byteLength(part)
    if (bytes > MAX_NAME_BYTES)
      return `has a part of ${bytes} bytes, more than the ${MAX_NAME_BYTES} a file name may have`
  }
  return null
}
