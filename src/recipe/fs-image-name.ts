// Where an fs module lands in the fs image (and under bin/fs): one rule for both dialects.
import type { Component } from './types.js'

/**
 * Where a module lands in the fs image: its `path` (or its name). Like Rust's
 * `Path::strip_prefix("/")`, an absolute path loses its root and any `.` components right after
 * it (`//init`, `/./init` → `init`); anything else is kept verbatim.
 */
export function fsImageName(name: string, c: Component): string {
  let p = c.path ?? name
  if (!p.startsWith('/')) return p
  p = p.replace(/^\/+/, '')
  while (p === '.' || p.startsWith('./')) p = p.replace(/^\.(\/+|$)/, '')
  return p
}
