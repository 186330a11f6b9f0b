// Bundles every entry point with ncc into dist/<name>/index.js. One process, sequential, so the
// output is the same on every machine (dist/ is committed and checked in CI).
import ncc from '@vercel/ncc'
import { mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { dirname, join } from 'node:path'

const entries = {
  cli: 'src/cli/index.ts',
  main: 'src/action/main.ts',
  post: 'src/action/post.ts',
  firmware: 'src/action/firmware/main.ts',
  smoke: 'src/action/smoke/main.ts',
  report: 'src/action/report/main.ts'
}

const only = process.argv.slice(2)
for (const [name, entry] of Object.entries(entries)) {
  if (only.length > 0 && !only.includes(name)) continue
  const { code, assets } = await ncc(join(process.cwd(), entry), {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022'
  })
  const out = join('dist', name)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const file = join(out, 'index.js')
  writeFileSync(file, name === 'cli' && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code)
  if (name === 'cli') chmodSync(file, 0o755)
  for (const [asset, { source }] of Object.entries(assets)) {
    const dest = join(out, asset)
    mkdirSync(dirname(dest), { recursive: true })
    writeFileSync(dest, source)
  }
}
