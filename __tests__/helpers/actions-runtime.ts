// Runs the bundled action entry points the way the runner does: INPUT_* variables, and the
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files read back with their own format.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runNode, runNodeAsync, type Ran } from './run.js'
import { REPO } from './paths.js'

export interface StepRun extends Ran {
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
}

/** Parses the runner's file-command format: `name=value` lines and `name<<DELIM ... DELIM` blocks. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!)
      out[name!] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

export interface ActionEnv {
  workspace: string
  inputs: Record<string, string>
  env?: NodeJS.ProcessEnv
}

/** The environment of one job: GitHub's variables minus the service tokens (local backends). */
function jobEnv(a: ActionEnv, files: { output: string; summary: string; state: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const k of Object.keys(env))
    if (
      k.startsWith('INPUT_') ||
      k.startsWith('STATE_') ||
      k.startsWith('ACTIONS_') ||
      k.startsWith('GITHUB_')
    )
      delete env[k]
  for (const [k, v] of Object.entries(a.inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  return {
    ...env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: a.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: join(a.workspace, '_temp'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...a.env
  }
}

/** One entry point of dist/ (main, post, report, firmware, smoke) as the runner runs it. */
export function step(
  entry: string,
  a: ActionEnv,
  extra: NodeJS.ProcessEnv = {},
  tag: string = entry
): StepRun {
  const dir = join(a.workspace, '_runner', tag)
  mkdirSync(dir, { recursive: true })
  mkdirSync(join(a.workspace, '_temp'), { recursive: true })
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), state: join(dir, 'state') }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const r = runNode(join(REPO, 'dist', entry, 'index.js'), [], {
    cwd: a.workspace,
    env: { ...jobEnv(a, files), ...extra }
  })
  return readBack(r, files)
}

function stepFiles(entry: string, a: ActionEnv, tag: string) {
  const dir = join(a.workspace, '_runner', tag)
  mkdirSync(dir, { recursive: true })
  mkdirSync(join(a.workspace, '_temp'), { recursive: true })
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), state: join(dir, 'state') }
  for (const f of Object.values(files)) writeFileSync(f, '')
  return files
}

function readBack(r: Ran, files: { output: string; summary: string; state: string }): StepRun {
  return {
    ...r,
    outputs: parseFileCommand(readFileSync(files.output, 'utf8')),
    state: parseFileCommand(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8')
  }
}

/** `step` without blocking this process (the harness's services answer from it meanwhile). */
export async function stepAsync(
  entry: string,
  a: ActionEnv,
  extra: NodeJS.ProcessEnv = {},
  tag: string = entry
): Promise<StepRun & { ms: number }> {
  const files = stepFiles(entry, a, tag)
  const t0 = Date.now()
  const r = await runNodeAsync(join(REPO, 'dist', entry, 'index.js'), [], {
    cwd: a.workspace,
    env: { ...jobEnv(a, files), ...extra }
  })
  return { ...readBack(r, files), ms: Date.now() - t0 }
}

/** `runAction` without blocking this process. */
export async function runActionAsync(
  a: ActionEnv,
  tag = 'run'
): Promise<{ main: StepRun & { ms: number }; post: (StepRun & { ms: number }) | null }> {
  const main = await stepAsync('main', a, {}, `${tag}-main`)
  if (main.code !== 0) return { main, post: null }
  const stateEnv = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]))
  return { main, post: await stepAsync('post', a, stateEnv, `${tag}-post`) }
}

/** main, then (when main succeeded, as `post-if: success()`) post with main's saved state. */
export function runAction(a: ActionEnv, tag = 'run'): { main: StepRun; post: StepRun | null } {
  const main = step('main', a, {}, `${tag}-main`)
  if (main.code !== 0) return { main, post: null }
  const stateEnv = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]))
  return { main, post: step('post', a, stateEnv, `${tag}-post`) }
}
