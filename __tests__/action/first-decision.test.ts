// The main step decides on its inputs without @actions/core; what it writes must be what core
// writes, byte for byte, and what it reads what core reads.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import {
  firstDecision,
  getInput,
  setFailed,
  STOP_AFTER_INPUTS
} from '../../src/action/main/first-decision.js'

const messages = [
  "input 'recipe': expected at least one recipe path or recipe name, got ''",
  'two\nlines, a\r\ncarriage return and 100% of a percent sign: %0A',
  ''
]

/** What `fn` writes to stdout, and the exit code it leaves. */
function captured(fn: () => void): { out: string; exitCode: typeof process.exitCode } {
  const before = process.exitCode
  let out = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s)
    return true
  })
  try {
    fn()
  } finally {
    spy.mockRestore()
  }
  const exitCode = process.exitCode
  process.exitCode = before
  return { out, exitCode }
}

afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k]
})

describe('the main step without @actions/core', () => {
  it.each(messages)('fails the step as core.setFailed does: %j', message => {
    const ours = captured(() => setFailed(message))
    expect(ours).toEqual(captured(() => core.setFailed(message)))
    expect(ours.exitCode).toBe(1)
  })

  it('reads inputs as core.getInput does', () => {
    process.env.INPUT_RECIPE = '  configs/a.json \n'
    process.env['INPUT_SVSM-PATH'] = 'svsm'
    process.env.INPUT_SOME_NAME = 'x'
    for (const name of ['recipe', 'svsm-path', 'some name', 'unset'])
      expect(getInput(process.env)(name)).toBe(core.getInput(name))
  })

  it('stops on a wrong input with one message naming it, and goes on with good ones', () => {
    const bad = captured(() =>
      expect(firstDecision({ INPUT_RECIPE: 'a.json', INPUT_RELEASE: 'yes' })).toBe(false)
    )
    expect(bad).toEqual({ out: "::error::input 'release': expected true or false, got 'yes'\n", exitCode: 1 })
    const good = captured(() => expect(firstDecision({ INPUT_RECIPE: 'a.json' })).toBe(true))
    expect(good).toEqual({ out: '', exitCode: undefined })
    const stop = captured(() =>
      expect(firstDecision({ INPUT_RECIPE: 'a.json', [STOP_AFTER_INPUTS]: '1' })).toBe(false)
    )
    expect(stop.out).toBe(`svsm-build: the inputs are valid; stopping here (${STOP_AFTER_INPUTS}=1)\n`)
    expect(stop.exitCode).toBeUndefined()
  })
})
