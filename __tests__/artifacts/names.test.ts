// GitHub's artifact name and file name rules, checked before any build or upload.
import { describe, expect, it } from '@jest/globals'
import { checkArtifactFiles } from '../../src/artifacts/files.js'
import { artifactNameProblem, artifactPathProblem } from '../../src/artifacts/names.js'

describe('artifact names and file names', () => {
  it.each([
    ['svsm-igvm-qemu-target-qemu-debug-1a2b3c4d', null],
    ['a"b', 'contains a double quote ", which GitHub does not allow in an artifact name'],
    ['a:b', 'contains a colon :, which GitHub does not allow in an artifact name'],
    ['a<b', 'contains a less than <, which GitHub does not allow in an artifact name'],
    ['a|b', 'contains a vertical bar |, which GitHub does not allow in an artifact name'],
    ['a*b', 'contains an asterisk *, which GitHub does not allow in an artifact name'],
    ['a?b', 'contains a question mark ?, which GitHub does not allow in an artifact name'],
    ['a\rb', 'contains a carriage return \\r, which GitHub does not allow in an artifact name'],
    ['a\\b', 'contains a backslash \\, which GitHub does not allow in an artifact name'],
    ['a/b', 'contains a forward slash /, which GitHub does not allow in an artifact name']
  ])('artifact name %j: %s', (name, problem) => {
    expect(artifactNameProblem(name)).toBe(problem)
  })

  it('allows slashes in file paths but not the other characters', () => {
    expect(artifactPathProblem('dir/coconut-qemu.igvm')).toBeNull()
    expect(artifactPathProblem('coconut:qemu.igvm')).toBe(
      'contains a colon :, which GitHub does not allow in an uploaded file name'
    )
  })

  it('refuses a plan whose IGVM file name GitHub would refuse, naming the recipe and the target', () => {
    const target = { recipe: 'configs/q.json', target: 'qemu' as const, igvm: 'bin/coconut:qemu.igvm' }
    expect(() => checkArtifactFiles({ targets: [target] } as never)).toThrow(
      'configs/q.json: the qemu IGVM file name coconut:qemu.igvm contains a colon :, which GitHub does not allow in an uploaded file name; rename the output or set upload: false'
    )
    expect(() =>
      checkArtifactFiles({ targets: [{ ...target, igvm: 'bin/coconut-qemu.igvm' }] } as never)
    ).not.toThrow()
  })
})
