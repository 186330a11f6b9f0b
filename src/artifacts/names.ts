// GitHub's rules for artifact names and the paths inside an artifact (the service refuses the
// rest; @actions/artifact checks them only once the upload has started). Checked when the inputs
// and the plan are known, so a bad name fails before any build.
import { controlCharacter } from '../util/relative-path.js'

const PATH_CHARS: [string, string][] = [
  ['"', 'a double quote "'],
  [':', 'a colon :'],
  ['<', 'a less than <'],
  ['>', 'a greater than >'],
  ['|', 'a vertical bar |'],
  ['*', 'an asterisk *'],
  ['?', 'a question mark ?'],
  ['\r', 'a carriage return \\r'],
  ['\n', 'a line feed \\n']
]
const NAME_CHARS: [string, string][] = [...PATH_CHARS, ['\\', 'a backslash \\'], ['/', 'a forward slash /']]

const firstBad = (s: string, chars: [string, string][]) => chars.find(([c]) => s.includes(c))?.[1]

/** An artifact name becomes a folder's name when it is downloaded (or stored by the local backend). */
const MAX_ARTIFACT_NAME_BYTES = 255

/** What an artifact-name input must be, for the message that refuses one. */
export const ARTIFACT_NAME_EXPECTED = `a name of at most ${MAX_ARTIFACT_NAME_BYTES} bytes, not . or .., without " : < > | * ? \\ / or control characters`

/** Why GitHub (or a download's folder) refuses this artifact name, or null. */
export function artifactNameProblem(name: string): string | null {
  const bad = firstBad(name, NAME_CHARS)
  if (bad) return `contains ${bad}, which GitHub does not allow in an artifact name`
  if (name === '.' || name === '..') return `is ${name}, which names a folder, not an artifact`
  const control = controlCharacter(name)
  if (control !== undefined)
    return `contains the control character U+${control.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`
  const bytes = Buffer.byteLength(name)
  if (bytes > MAX_ARTIFACT_NAME_BYTES)
    return `is ${bytes} bytes long; a downloaded artifact is a folder of that name, and a name has at most ${MAX_ARTIFACT_NAME_BYTES}`
  return null
}

/** Why GitHub refuses this path inside an artifact, or null. */
export function artifactPathProblem(path: string): string | null {
  const bad = firstBad(path, PATH_CHARS)
  return bad ? `contains ${bad}, which GitHub does not allow in an uploaded file name` : null
}
