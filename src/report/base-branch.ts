// Which workflow file a run was started from (the base-branch baseline looks up its runs).
/** `owner/repo/.github/workflows/build.yml@refs/...` → `build.yml`. */
export function workflowFileOf(workflowRef: string | undefined): string | null {
  const m = /\.github\/workflows\/([^@]+)@/.exec(workflowRef ?? '')
  return m ? m[1]! : null
}
