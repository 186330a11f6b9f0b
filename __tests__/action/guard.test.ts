// The process-level guard: an error a library raises after its call has returned becomes one
// warning (naming it), and the process goes on to its own exit code.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { guardStrayErrors } from '../../src/action/guard.js'

let remove: (() => void) | undefined
afterEach(() => remove?.())

describe('guardStrayErrors', () => {
  it('turns an uncaught ENOENT and an unhandled rejection into warnings, then lets go', () => {
    const lines: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((s: string) => {
      lines.push(String(s))
      return true
    }) as typeof process.stdout.write)
    const before = process.listenerCount('uncaughtException')
    remove = guardStrayErrors('post')
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open '/tmp/x/cache.tzst'"), {
      code: 'ENOENT'
    })
    process.emit('uncaughtException', enoent)
    process.emit('unhandledRejection', new Error('late'), Promise.resolve())
    spy.mockRestore()
    expect(lines.join('')).toBe(
      "::warning::svsm-build post: ignored an error raised by a library after its call had returned: ENOENT: no such file or directory, open '/tmp/x/cache.tzst'\n" +
        '::warning::svsm-build post: ignored an error raised by a library after its call had returned: late\n'
    )
    remove()
    remove = undefined
    expect(process.listenerCount('uncaughtException')).toBe(before)
  })
})
