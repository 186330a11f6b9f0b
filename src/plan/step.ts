// The two step constructors every plan uses (the svsm dialects, EDK2, QEMU, Linux).
import type { CommandStep, InternalOp, InternalStep, StepGroup } from './types.js'

type CommandFields = Pick<CommandStep, 'id' | 'group' | 'title' | 'argv'> & Partial<CommandStep>

/** A command run from the root (cwd '.') with the inherited environment unless told otherwise. */
export function command(s: CommandFields): CommandStep {
  // Spread first: a given key keeps its place, so a plan's JSON keeps its bytes.
  const step = { kind: 'command' as const, cwd: '.', env: {}, ...s }
  return { ...step, inputs: s.inputs ?? [], outputs: s.outputs ?? [] }
}

export function internal(
  id: string,
  group: StepGroup,
  title: string,
  op: InternalOp,
  extra: Partial<InternalStep> = {}
): InternalStep {
  const outputs = op.type === 'pack-fs' ? [op.output] : op.type === 'measure' ? [] : [op.path]
  const inputs = op.type === 'pack-fs' ? op.entries.map(e => e.file) : op.type === 'measure' ? [op.igvm] : []
  return { kind: 'internal', id, group, title, op, inputs, outputs, ...extra }
}
