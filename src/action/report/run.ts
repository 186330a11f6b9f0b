// The report sub-action: gather every leg's measurements, compare with a baseline, gate, render
// one summary and one sticky PR comment. Fork-safe in workflow-run mode (untrusted artifacts).
import * as core from '@actions/core'
import { appendSummary } from '../main/summary.js'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { githubArtifactStore } from '../../artifacts/github.js'
import { githubArtifactSource } from '../../artifacts/github.js'
import { localArtifactSource } from '../../artifacts/local.js'
import type { ArtifactRef, ArtifactSource } from '../../artifacts/source.js'
import type { Measurement } from '../../record/schema.js'
import { workflowFileOf } from '../../report/base-branch.js'
import { parseBaseline, type BaselineEntry } from '../../report/baseline.js'
import { markerFor, upsertComment, type CommentApi } from '../../report/comment.js'
import { compare, renderComparison, type TargetComparison } from '../../report/compare.js'
import { escapeText } from '../../report/escape.js'
import { gate, type GateResult } from '../../report/gate.js'
import { imageDiffs, withImageDiffs, type ImageDiff, type Side } from '../../report/igvm-diffs.js'
import { githubCommentApi, latestSuccessfulRun, pullRequestHeadSha } from '../../report/github.js'
import { renderReport } from '../../report/markdown.js'
import { verifyPr } from '../../report/untrusted.js'
import { onGitHub, workspaceDir } from '../runtime.js'
import { collect } from './collect.js'
import { readReportInputs, type ReportInputs } from './inputs.js'

export interface ReportEvent {
  pull_request?: { number?: number; base?: { ref?: string } }
  workflow_run?: { id?: number; head_sha?: string; workflow_id?: number }
  repository?: { default_branch?: string }
}

interface ReportDeps {
  artifacts: ArtifactSource
  /** Artifacts of the base branch's latest successful run (null when there is none). */
  baseBranchArtifacts?: (branch: string) => Promise<ArtifactSource | null>
  comments?: (issue: number) => CommentApi
  headShaOf?: (pr: number) => Promise<string>
  /** The web page of an artifact of the run read (GitHub), for the comment's links. */
  artifactUrl?: (a: ArtifactRef) => string | undefined
}

interface ReportOutcome {
  measurements: Measurement[]
  markdown: string
  comparison: TargetComparison[]
  gate: GateResult
  commentUrl?: string
  warnings: string[]
  /** What changed in each changed image, when both IGVM files were at hand (for the artifact). */
  imageDiffs: ImageDiff[]
}

export async function runReport(
  i: ReportInputs,
  event: ReportEvent,
  workspace: string,
  deps: ReportDeps
): Promise<ReportOutcome> {
  // The downloaded artifacts live as long as the report needs their IGVM files, no longer.
  const work = mkdtempSync(join(tmpdir(), 'svsm-build-report-'))
  try {
    return await report(i, event, workspace, deps, work)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

async function report(
  i: ReportInputs,
  event: ReportEvent,
  workspace: string,
  deps: ReportDeps,
  work: string
): Promise<ReportOutcome> {
  const untrusted = i.mode === 'workflow-run'
  const got = await collect(deps.artifacts, i.pattern, untrusted, join(work, 'this-run'))
  const warnings = [...got.warnings]
  if (got.artifacts.length === 0)
    warnings.push(`no artifact matching ${i.pattern} with a valid measurements.json`)

  // Which pull request: the event's own, or (workflow_run from a fork) the artifact's claim, checked.
  let pr: number | undefined = event.pull_request?.number
  const baseRef = event.pull_request?.base?.ref
  if (untrusted) {
    pr = undefined
    const claims = [...new Set(got.prs.map(p => JSON.stringify(p)))].map(
      s => JSON.parse(s) as { number: number; head_sha: string }
    )
    if (claims.length > 1) warnings.push('the artifacts name more than one pull request; not commenting')
    else if (claims.length === 1 && event.workflow_run?.head_sha && deps.headShaOf) {
      try {
        await verifyPr(claims[0]!, event.workflow_run.head_sha, deps.headShaOf)
        pr = claims[0]!.number
      } catch (e) {
        warnings.push(`pull request not confirmed: ${(e as Error).message}; not commenting`)
      }
    }
  }

  // Baseline
  const mode = i.baseline === 'auto' ? (i.expected ? 'expected' : 'none') : i.baseline
  let baseline: BaselineEntry[] | null = null
  let baseSide: Side | null = null
  let against = ''
  if (mode === 'expected') {
    const file = resolve(workspace, i.expected)
    if (!i.expected || !existsSync(file))
      warnings.push(
        `expected measurements file ${i.expected || '(none given)'} not found; nothing to compare with`
      )
    else {
      baseline = parseBaseline(JSON.parse(readFileSync(file, 'utf8')), i.expected)
      against = i.expected
    }
  } else if (mode === 'base-branch') {
    const branch = baseRef ?? event.repository?.default_branch ?? 'main'
    const source = deps.baseBranchArtifacts
      ? await deps
          .baseBranchArtifacts(branch)
          .catch(e => (warnings.push(`base branch run: ${(e as Error).message}`), null))
      : null
    if (!source) warnings.push(`no successful run on ${branch} to compare with`)
    else {
      const base = await collect(source, i.pattern, false, join(work, 'base-branch'))
      baseSide = base
      baseline = base.measurements.map(m => ({
        target: m.target,
        recipe: m.recipe,
        launchDigest: m.launchDigest,
        record: m
      }))
      against = `the latest successful run on ${branch}`
    }
  }
  let comparison = baseline ? compare(got.measurements, baseline) : []
  const diffs = baseSide ? imageDiffs(comparison, baseSide, got) : { diffs: [], skipped: [] }
  comparison = withImageDiffs(comparison, diffs.diffs)
  warnings.push(...diffs.skipped)
  const verdict = gate(comparison, i['fail-on-change'], mode === 'expected' && baseline !== null)
  if (i['fail-on-change'] === 'unexpected' && mode !== 'expected')
    warnings.push('fail-on-change: unexpected needs an expected measurements file; not gating')

  const sections: string[] = []
  if (baseline) sections.push(renderComparison(comparison, against))
  if (!verdict.pass)
    sections.push(
      ['**Measurement gate failed:**', ...verdict.reasons.map(r => `- ${escapeText(r)}`)].join('\n')
    )
  const markdown = renderReport({
    title: i.title,
    measurements: got.measurements,
    sections,
    warnings,
    referenceValues: got.referenceValues.map(r => {
      const url = deps.artifactUrl?.(r.artifact)
      return { formats: r.formats, artifact: { name: r.artifact.name, ...(url ? { url } : {}) } }
    })
  })

  let commentUrl: string | undefined
  if (i.comment && pr !== undefined && deps.comments) {
    try {
      commentUrl = (
        await upsertComment(deps.comments(pr), markerFor(i['comment-id']), markdown, i['comment-author'])
      ).url
    } catch (e) {
      const status = (e as { status?: number }).status
      warnings.push(
        `PR comment not written${status ? ` (HTTP ${status})` : ''}: ${(e as Error).message}${status === 403 && !/rate limit/i.test((e as Error).message) ? ' (a read-only token: for pull requests from forks use the workflow_run pattern)' : ''}`
      )
    }
  }
  return {
    measurements: got.measurements,
    markdown,
    comparison,
    gate: verdict,
    ...(commentUrl ? { commentUrl } : {}),
    warnings,
    imageDiffs: diffs.diffs
  }
}

/** The image diffs as one JSON file, uploaded as an artifact on GitHub; its path, or '' when none. */
async function attachImageDiffs(diffs: ImageDiff[], commentId: string, github: boolean): Promise<string> {
  if (diffs.length === 0) return ''
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'svsm-build-report')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'image-diffs.json')
  writeFileSync(file, `${JSON.stringify(diffs, null, 2)}\n`)
  if (github) {
    try {
      await githubArtifactStore().upload(`svsm-build-image-diffs-${commentId}`, [file], dir, {})
    } catch (e) {
      core.warning(`image diffs not uploaded: ${(e as Error).message}`)
    }
  }
  return file
}

/** Entry point: GitHub's services when present, a local artifact folder otherwise. */
export async function run(): Promise<void> {
  try {
    const i = readReportInputs(n => core.getInput(n))
    const env = process.env
    const event: ReportEvent =
      env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH)
        ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
        : {}
    const workspace = workspaceDir(env)
    const [owner, name] = (env.GITHUB_REPOSITORY ?? '/').split('/') as [string, string]
    const repo = { owner, repo: name }
    const token = i['github-token']
    const runId = i['run-id']
      ? Number(i['run-id'])
      : i.mode === 'workflow-run'
        ? event.workflow_run?.id
        : undefined
    const deps: ReportDeps = onGitHub(env)
      ? {
          artifacts: githubArtifactSource(
            runId ? { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: name } : undefined
          ),
          baseBranchArtifacts: async branch => {
            const workflow =
              i.mode === 'workflow-run'
                ? event.workflow_run?.workflow_id
                : workflowFileOf(env.GITHUB_WORKFLOW_REF)
            if (!workflow) return null
            const id = await latestSuccessfulRun(token, repo, workflow, branch)
            return id
              ? githubArtifactSource({
                  token,
                  workflowRunId: id,
                  repositoryOwner: owner,
                  repositoryName: name
                })
              : null
          },
          comments: issue => githubCommentApi(token, repo, issue),
          artifactUrl: a => {
            const run = runId ?? env.GITHUB_RUN_ID
            return env.GITHUB_SERVER_URL && run
              ? `${env.GITHUB_SERVER_URL}/${owner}/${name}/actions/runs/${run}/artifacts/${a.id}`
              : undefined
          },
          headShaOf: n => pullRequestHeadSha(token, repo, n)
        }
      : { artifacts: localArtifactSource(resolve(workspace, i['local-artifact-dir'] || 'artifacts')) }
    const r = await runReport(i, event, workspace, deps)
    for (const w of r.warnings) core.warning(w)
    await appendSummary(r.markdown)
    core.setOutput('measurements', JSON.stringify(r.measurements))
    core.setOutput('comment-url', r.commentUrl ?? '')
    core.setOutput('changed', String(r.comparison.some(c => c.status !== 'unchanged')))
    core.setOutput('result', r.gate.pass ? 'pass' : 'fail')
    core.setOutput('image-diffs', await attachImageDiffs(r.imageDiffs, i['comment-id'], onGitHub(env)))
    if (!r.gate.pass)
      core.setFailed(`measurement gate (${i['fail-on-change']}):\n${r.gate.reasons.join('\n')}`)
  } catch (e) {
    core.setFailed((e as Error).message)
  }
}
