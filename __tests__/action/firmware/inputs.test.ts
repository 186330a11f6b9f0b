// The firmware sub-action: action.yml and the input reader agree, and the epoch input is checked.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { FIRMWARE_DEFAULTS, readFirmwareInputs } from '../../../src/action/firmware/inputs.js'
import { REPO } from '../../helpers/paths.js'

const get = (values: Record<string, string>) => (n: string) => values[n] ?? ''

describe('firmware sub-action inputs', () => {
  it('agree with firmware/action.yml on every input and default', () => {
    const action = parse(readFileSync(join(REPO, 'firmware', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(FIRMWARE_DEFAULTS).sort())
    for (const [name, def] of Object.entries(FIRMWARE_DEFAULTS))
      expect(action.inputs[name]!.default ?? '').toBe(def)
  })

  it('take an explicit epoch, or none (the commit time)', () => {
    expect(readFirmwareInputs(get({}))['source-date-epoch']).toBe('')
    expect(readFirmwareInputs(get({ 'source-date-epoch': '1739999999' }))['source-date-epoch']).toBe(
      '1739999999'
    )
    expect(() => readFirmwareInputs(get({ 'source-date-epoch': '2025-02-19' }))).toThrow(
      "input 'source-date-epoch': expected whole seconds since 1970, or empty for the commit time, got '2025-02-19'"
    )
  })

  it('the reusable workflow passes the epoch through and installs only the edk2 build tools', () => {
    const wf = parse(readFileSync(join(REPO, '.github', 'workflows', 'firmware.yml'), 'utf8')) as {
      on: { workflow_call: { inputs: Record<string, unknown> } }
      jobs: { firmware: { steps: { uses?: string; run?: string; with?: Record<string, string> }[] } }
    }
    expect(wf.on.workflow_call.inputs).toHaveProperty('source-date-epoch')
    const steps = wf.jobs.firmware.steps
    const fw = steps.find(s => s.uses === './.svsm-build-action/firmware')!
    expect(fw.with!['source-date-epoch']).toBe('${{ inputs.source-date-epoch }}')
    const install = steps.find(s => s.run?.includes('apt-get install'))!.run!
    for (const pkg of ['nasm', 'acpica-tools', 'uuid-dev', 'python3']) expect(install).toContain(pkg)
  })
})
