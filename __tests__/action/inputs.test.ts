import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { checkInputFiles, INPUT_DEFAULTS, readInputs } from '../../src/action/main/inputs.js'
import { REPO } from '../helpers/paths.js'
import { tempDir } from '../helpers/temp.js'

const get = (values: Record<string, string>) => (n: string) => values[n] ?? ''

describe('action inputs', () => {
  it('reads defaults and lists', () => {
    const i = readInputs(
      get({
        recipe: 'configs/qemu-target.json\nconfigs/hyperv-target.json',
        targets: 'qemu, hyper-v',
        features: 'vtpm\nbldr:x'
      })
    )
    expect(i.recipe).toEqual(['configs/qemu-target.json', 'configs/hyperv-target.json'])
    expect(i.targets).toEqual(['qemu', 'hyper-v'])
    expect(i.features).toEqual(['vtpm', 'bldr:x'])
    expect(i.release).toBe(false)
    expect(i.cache).toBe(true)
    expect(i['save-cache']).toBe('default-branch')
    expect(i['retention-days']).toBeUndefined()
  })

  it.each([
    ['release', 'yes', "input 'release': expected true or false, got 'yes'"],
    [
      'targets',
      'qemu,azure',
      "input 'targets': expected qemu, hyper-v or vanadium (comma-separated), got 'qemu,azure'"
    ],
    [
      'save-cache',
      'sometimes',
      "input 'save-cache': expected always, never or default-branch, got 'sometimes'"
    ],
    [
      'retention-days',
      '91',
      "input 'retention-days': expected a whole number of days from 1 to 90, got '91'"
    ],
    [
      'retention-days',
      'week',
      "input 'retention-days': expected a whole number of days from 1 to 90, got 'week'"
    ],
    ['toolchain', 'stable', "input 'toolchain': expected auto or skip, got 'stable'"],
    ...(
      [
        ['a/b', 'contains a forward slash /, which GitHub does not allow in an artifact name'],
        ['igvm:qemu', 'contains a colon :, which GitHub does not allow in an artifact name'],
        ['.', 'is ., which names a folder, not an artifact'],
        ['..', 'is .., which names a folder, not an artifact'],
        [
          'a'.repeat(300),
          'is 300 bytes long; a downloaded artifact is a folder of that name, and a name has at most 255'
        ],
        ['a\tb', 'contains the control character U+0009']
      ] as const
    ).map(([value, why]): [string, string, string] => [
      'artifact-name',
      value,
      `input 'artifact-name': expected a name of at most 255 bytes, not . or .., without " : < > | * ? \\ / or control characters (it ${why}), got '${value}'`
    ]),
    [
      'cache-key-prefix',
      'p'.repeat(257),
      `input 'cache-key-prefix': expected at most 256 characters (GitHub's cache keys are limited to 512), got '${'p'.repeat(257)}'`
    ],
    [
      'cache-key-prefix',
      'a,b',
      'input \'cache-key-prefix\': expected letters, digits, ".", "_" and "-", got \'a,b\''
    ],
    ['recipe', ' ', "input 'recipe': expected at least one recipe path or recipe name, got ''"]
  ])('rejects %s=%j naming the input, the value and what is allowed', (name, value, message) => {
    expect(() => readInputs(get({ recipe: 'qemu', [name]: value }))).toThrow(message)
  })

  it('refuses a firmware input that is not a regular file of firmware size, before building', () => {
    const ws = tempDir('svsm-inputs-')
    expect(spawnSync('mkfifo', [join(ws, 'fifo')]).status).toBe(0)
    writeFileSync(join(ws, 'OVMF.fd'), Buffer.alloc(4096))
    const message = (given: string, why: string) =>
      `input 'firmware': expected a firmware image (a regular file of at most 67108864 bytes), got '${given}' (${why})`
    expect(() => checkInputFiles({ firmware: '/dev/zero' }, ws)).toThrow(
      message('/dev/zero', 'a character device, expected a regular file')
    )
    expect(() => checkInputFiles({ firmware: 'fifo' }, ws)).toThrow(
      message('fifo', 'a FIFO (named pipe), expected a regular file')
    )
    expect(() => checkInputFiles({ firmware: '.' }, ws)).toThrow(
      message('.', 'a directory, expected a regular file')
    )
    expect(() => checkInputFiles({ firmware: 'OVMF.fd' }, ws)).not.toThrow()
    // Missing: the preflight names it with every other missing input.
    expect(() => checkInputFiles({ firmware: 'none.fd' }, ws)).not.toThrow()
    expect(() => checkInputFiles({ firmware: '' }, ws)).not.toThrow()
  })

  it('agrees with action.yml on every input and default', () => {
    const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string; required?: boolean }>
    }
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort())
    for (const [name, def] of Object.entries(INPUT_DEFAULTS))
      expect(action.inputs[name]!.default ?? '').toBe(def)
  })
})

describe('README', () => {
  it('documents every input and output of action.yml', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
    const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
      inputs: object
      outputs: object
    }
    for (const name of Object.keys(action.inputs)) expect(readme).toContain(`| \`${name}\` |`)
    const outputs = readme.slice(readme.indexOf('### Outputs'), readme.indexOf('### Permissions'))
    for (const name of Object.keys(action.outputs)) expect(outputs).toContain(`\`${name}\``)
  })
})
