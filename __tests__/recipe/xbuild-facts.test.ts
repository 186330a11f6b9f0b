// Reading what an xbuild reads from its Rust source: serde names of struct fields, the flags its
// IGVM step passes, path remapping, and which versions svsm-build knows.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  KNOWN_XBUILDS,
  readXbuildFacts,
  stripComments,
  structFields,
  UPSTREAM_XBUILD
} from '../../src/recipe/xbuild-facts.js'
import { EXAMPLE } from '../helpers/tree.js'
import { UPSTREAM_REMAP_RS } from '../helpers/xbuild-remap.js'

const exampleSources = () =>
  readdirSync(join(EXAMPLE, 'xbuild', 'src')).map(f => ({
    path: `xbuild/src/${f}`,
    text: readFileSync(join(EXAMPLE, 'xbuild', 'src', f), 'utf8')
  }))

describe('structFields', () => {
  it('follows rename_all, rename, skip and flatten, in serde or cfg_attr attributes', () => {
    const src = `
      /// Not this one: struct Target { wrong: u8 }
      #[derive(Deserialize)]
      #[serde(rename_all = "kebab-case")]
      pub struct Target {
          /* a { brace } and a "quote in a comment */
          pub check_kvm: bool,
          #[serde(rename = "type", default)]
          build_type: Kind,
          #[cfg_attr(any(), serde(skip))]
          cache: HashMap<String, Vec<(u8, u16)>>,
          #[serde(flatten)]
          rest: Extra,
          #[serde(default = "Target::default_policy")]
          policy: String,
          r#ref: Option<String>,
      }`
    expect(structFields(stripComments(src), 'Target')).toEqual(['check-kvm', 'type', 'policy', 'ref'])
    expect(structFields(src, 'Missing')).toBeNull()
  })

  it('applies camelCase, lowercase and SCREAMING-KEBAB-CASE', () => {
    const s = (rule: string) =>
      structFields(`#[serde(rename_all = "${rule}")] struct S { no_vtom: bool }`, 'S')
    expect([s('camelCase'), s('lowercase'), s('SCREAMING-KEBAB-CASE'), s('snake_case')]).toEqual([
      ['noVtom'],
      ['no_vtom'],
      ['NO-VTOM'],
      ['no_vtom']
    ])
  })

  it('keeps string literals whole and drops comments', () => {
    expect(stripComments('let a = "// not a comment"; // a comment\nlet b = r#"/* raw */"#; /* c */ x')).toBe(
      'let a = "// not a comment"; \nlet b = r#"/* raw */"#;   x'
    )
    expect(stripComments('let q = \'"\'; let s = "a\\"b // c";')).toBe('let q = \'"\'; let s = "a\\"b // c";')
  })
})

describe('readXbuildFacts', () => {
  it("reads the example's xbuild as upstream's at f4bc4bcd", () => {
    const { facts, warning } = readXbuildFacts(exampleSources())
    expect(warning).toBeNull()
    for (const s of ['root', 'component', 'firmware', 'fs', 'target'] as const)
      expect([...facts.keys[s]].sort()).toEqual([...UPSTREAM_XBUILD.keys[s]].sort())
    expect([...facts.flags].sort()).toEqual([...UPSTREAM_XBUILD.flags].sort())
    expect(facts.remap).toBeNull()
  })

  it('knows exactly three versions', () => {
    expect(KNOWN_XBUILDS.map(k => k.name)).toEqual([
      "upstream's xbuild at f4bc4bcd (2026-08-20)",
      "upstream's xbuild without comport (coconut-svsm/svsm#1164)",
      "upstream's xbuild with path remapping (xbuild/src/remap.rs)"
    ])
  })

  it('says what it assumed when it finds no struct', () => {
    const { facts, warning } = readXbuildFacts([{ path: 'xbuild/src/main.rs', text: 'fn main() {}' }])
    expect(facts.keys).toEqual(UPSTREAM_XBUILD.keys)
    expect(warning).toBe(
      "xbuild/src: not an xbuild version svsm-build knows; planned as upstream's xbuild at f4bc4bcd (2026-08-20) except: no Recipe, ComponentConfig, FirmwareConfig, FsConfig, IgvmTargetConfig struct in xbuild/src (assumed upstream's)"
    )
  })

  it('notices path remapping anywhere in the sources', () => {
    const files = [
      ...exampleSources(),
      { path: 'xbuild/src/cargo.rs', text: 'const T: &str = "-Ztrim-paths";' }
    ]
    const { facts, warning } = readXbuildFacts(files)
    expect(facts.remap).toBe('other')
    expect(warning).toMatch(/except: it hands path remapping to cargo in a way svsm-build does not reproduce/)
  })

  it("knows upstream's way: remap flags for the checkout and CARGO_HOME in target.<triple>.rustflags", () => {
    const remap = ['// Remaps what trim-paths would (a comment: not read).', UPSTREAM_REMAP_RS].join('\n')
    const { facts, warning } = readXbuildFacts([
      ...exampleSources(),
      { path: 'xbuild/src/remap.rs', text: remap }
    ])
    expect(facts.remap).toBe('target-rustflags')
    expect(warning).toBeNull()
  })
})
