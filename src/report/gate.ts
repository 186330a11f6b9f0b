// fail-on-change: never (report only) | unexpected (a digest differs from the expected file, or a
// target the expected file does not list appears) | any (any digest that is not unchanged).
import type { TargetComparison } from './compare.js'

type FailOnChange = 'never' | 'unexpected' | 'any'

export interface GateResult {
  pass: boolean
  /** One line per target that fails the gate. */
  reasons: string[]
}

export function gate(
  cs: readonly TargetComparison[],
  policy: FailOnChange,
  againstExpectedFile: boolean
): GateResult {
  // "unexpected" is about the expected file; a base-branch baseline alone cannot make a change unexpected.
  if (policy === 'never' || (policy === 'unexpected' && !againstExpectedFile))
    return { pass: true, reasons: [] }
  const name = (c: TargetComparison) => (c.recipe ? `${c.target} (${c.recipe})` : c.target)
  const reasons: string[] = []
  for (const c of cs) {
    if (c.status === 'changed')
      reasons.push(
        `${name(c)}: launch digest ${c.new} differs from the ${againstExpectedFile ? 'expected' : 'baseline'} ${c.old}`
      )
    if (
      c.status === 'new' &&
      (policy === 'any' || (againstExpectedFile && cs.some(x => x.status !== 'new')))
    ) {
      reasons.push(
        `${name(c)}: new target with launch digest ${c.new}, not in the ${againstExpectedFile ? 'expected file' : 'baseline'}`
      )
    }
    if (c.status === 'removed' && policy === 'any') reasons.push(`${name(c)}: in the baseline but not built`)
  }
  return { pass: reasons.length === 0, reasons }
}
