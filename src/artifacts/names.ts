// GitHub's rules for artifact names and the paths inside an artifact (the service refuses the
// rest; @actions/artifact checks them only once the upload has started). Checked when the inputs
// and the plan are known, so a bad name fails before any build.
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

/** Why GitHub refuses this artifact name, or null. */
export function artifactNameProblem(name: string): string | null {
  const bad = firstBad(name, NAME_CHARS)
  return bad ? `contains ${bad}, which GitHub does not allow in an artifact name` : null
}

/** Why GitHub refuses this path inside an artifact, or null. */
export function artifactPathProblem(path: string): string | null {
  const bad = firstBad(path, PATH_CHARS)
  return bad ? `contains ${bad}, which GitHub does not allow in an uploaded file name` : null
}
