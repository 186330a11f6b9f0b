import { z } from 'zod'
import { readValidatedInputs } from '../input-helper.js'

const bool = z.enum(['true', 'false'], { error: 'true or false' }).transform(v => v === 'true')
const schema = z.object({
  mode: z.enum(['direct', 'workflow-run'], { error: 'direct or workflow-run' }),
  pattern: z.string().min(1),
  'run-id': z.string().regex(/^\d*$/, { error: 'a workflow run id (digits)' }),
  'github-token': z.string(),
  expected: z.string(),
  baseline: z.enum(['auto', 'none', 'expected', 'base-branch'], {
    error: 'auto, none, expected or base-branch'
  }),
  'fail-on-change': z.enum(['never', 'unexpected', 'any'], { error: 'never, unexpected or any' }),
  comment: bool,
  'comment-id': z.string().regex(/^[\w.-]+$/, { error: 'letters, digits, ".", "_" or "-"' }),
  'comment-author': z.string().min(1),
  title: z.string().max(100, { error: 'at most 100 characters' }),
  'local-artifact-dir': z.string()
})
export type ReportInputs = z.infer<typeof schema>

export const REPORT_DEFAULTS: Record<keyof ReportInputs, string> = {
  mode: 'direct',
  pattern: 'svsm-igvm-*',
  'run-id': '',
  'github-token': '',
  expected: '',
  baseline: 'auto',
  'fail-on-change': 'never',
  comment: 'true',
  'comment-id': 'default',
  'comment-author': 'github-actions[bot]',
  title: 'svsm-build',
  'local-artifact-dir': ''
}

export function readReportInputs(get: (n: string) => string): ReportInputs {
  return readValidatedInputs(schema, REPORT_DEFAULTS, get)
}
