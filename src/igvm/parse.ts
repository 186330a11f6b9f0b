// An IGVM file reader as strict as the igvm crate 0.4.0 that igvmmeasure links: the fixed header
// and checksum, then the variable headers in section order, each with its exact length and its
// own rules (headers-*.ts, vp-context.ts). Every refusal is one IgvmError naming the byte offset
// and the rule. What igvm 0.5 added is read too, so that a file without it is judged exactly as
// 0.4.0 judges it: the CoRIM headers (kept, not measured), and the optional bit: a header that
// has it and whose type is unknown is skipped and listed; a known type is read as without it.
import { BODY_SIZE, PARAMETER_USAGE_TYPES, TYPE_NAMES, VHT, VHT_OPTIONAL_BIT } from './format.js'
import { IgvmError } from './errors.js'
import { checkChecksum, readFixedHeader, type Fail } from './fixed-header.js'
import { HeaderContext } from './header-context.js'
import { corimHeader } from './headers-corim.js'
import { guestPolicy, pageTableRelocation, relocatableRegion } from './headers-init.js'
import {
  errorRange,
  pageData,
  parameterArea,
  parameterInsert,
  parameterUsage,
  requiredMemory,
  snpIdBlock,
  vbsMeasurement
} from './headers-directive.js'
import { supportedPlatform } from './headers-platform.js'
import type { IgvmFile } from './igvm-file.js'
import { bufferInput, type IgvmInput } from './input.js'
import { vpContext } from './vp-context.js'

export type { Directive, IgvmFile } from './igvm-file.js'

type Rule = (c: HeaderContext, type: number) => void

/** The rules of each header type the reader knows (BODY_SIZE lists the same types). */
const RULES = new Map<number, Rule>([
  [VHT.SUPPORTED_PLATFORM, supportedPlatform],
  [VHT.GUEST_POLICY, guestPolicy],
  [VHT.RELOCATABLE_REGION, relocatableRegion],
  [VHT.PAGE_TABLE_RELOCATION_REGION, pageTableRelocation],
  [VHT.CORIM_DOCUMENT, corimHeader],
  [VHT.CORIM_SIGNATURE, corimHeader],
  [VHT.PAGE_DATA, pageData],
  [VHT.PARAMETER_AREA, parameterArea],
  [VHT.PARAMETER_INSERT, parameterInsert],
  [VHT.VP_CONTEXT, vpContext],
  [VHT.REQUIRED_MEMORY, requiredMemory],
  [VHT.SNP_ID_BLOCK, snpIdBlock],
  [VHT.ERROR_RANGE, errorRange],
  [VHT.VBS_MEASUREMENT, vbsMeasurement],
  ...[...PARAMETER_USAGE_TYPES].map(t => [t, parameterUsage] as [number, Rule])
])

const align8 = (n: number) => (n + 7) & ~7

/** 1 platform, 2 initialization, 3 directive; 0 outside every range. */
const sectionOf = (type: number) =>
  type >= 0x1 && type <= 0x100
    ? 1
    : type >= 0x101 && type <= 0x200
      ? 2
      : type >= 0x301 && type <= 0x400
        ? 3
        : 0

export function parseIgvm(buf: Uint8Array, name = 'IGVM file'): IgvmFile {
  return parseIgvmInput(bufferInput(buf), name)
}

/**
 * The same rules on an input that may hold only the headers in memory. With `pageData: false` the
 * page data is checked to lie inside the file but not read: `data` stays null, `fileOffset` says
 * where it is (a measurer streams it later).
 */
export function parseIgvmInput(
  input: IgvmInput,
  name = 'IGVM file',
  o: { pageData?: boolean } = {}
): IgvmFile {
  const fail: Fail = (offset, rule, debug) => {
    throw new IgvmError(offset, rule, debug, name)
  }
  const fixed = readFixedHeader(input.head, input.size, fail)
  checkChecksum(input.head, fixed, fail)
  const file: IgvmFile = {
    version: fixed.version,
    arch: fixed.arch,
    totalSize: fixed.totalSize,
    checksum: fixed.checksum,
    fileDataStart: fixed.fileDataStart,
    platforms: [],
    policies: [],
    relocations: [],
    corim: [],
    directives: [],
    skipped: []
  }
  walkHeaders(new HeaderContext(input, name, file, o.pageData ?? true), fixed.vhOffset)
  return file
}

/** The variable headers from `start` to the file data, in section order, each by its rules. */
function walkHeaders(c: HeaderContext, start: number): void {
  const { fail } = c
  const end = c.file.fileDataStart
  let section = 0
  for (let at = start; at < end;) {
    if (at + 8 > end)
      fail(at, 'a variable header does not fit in the variable header section', 'InvalidVariableHeaderSize')
    let type = c.u32At(at)
    const length = c.u32At(at + 4)
    if (type >= VHT_OPTIONAL_BIT) {
      if (!RULES.has(type - VHT_OPTIONAL_BIT)) {
        at = skip(c, at, type, length)
        continue
      }
      type -= VHT_OPTIONAL_BIT
    }
    const sec = sectionOf(type)
    if (sec === 0)
      fail(
        at,
        `header type 0x${type.toString(16)} is outside the platform, initialization and directive ranges`,
        'InvalidVariableHeaderType'
      )
    if (sec < section)
      fail(
        at,
        `${TYPE_NAMES[type] ?? `type 0x${type.toString(16)}`} comes after a header of a later section (platform, then initialization, then directive)`,
        'InvalidVariableHeaderSection'
      )
    section = sec
    const size = BODY_SIZE.get(type)
    if (size === undefined)
      fail(
        at,
        `header type 0x${type.toString(16)} is not a type igvm knows (0.4.0's, or 0.5's CoRIM headers); only a header with the optional bit (0x80000000) may be unknown`,
        'InvalidVariableHeaderType'
      )
    if (length !== size)
      fail(
        at + 4,
        `${TYPE_NAMES[type]} has length 0x${length.toString(16)}, expected exactly 0x${size!.toString(16)}`,
        'InvalidVariableHeaderSize'
      )
    if (at + 8 + align8(size!) > end)
      fail(
        at,
        `${TYPE_NAMES[type]} runs past the end of the variable header section`,
        'InvalidVariableHeaderSize'
      )
    c.at = at
    c.body = at + 8
    RULES.get(type)!(c, type)
    at = c.body + align8(size!)
  }
}

/** An optional header of an unknown type: listed, and stepped over. Returns the next header's offset. */
function skip(c: HeaderContext, at: number, type: number, length: number): number {
  const next = at + 8 + Math.ceil(length / 8) * 8
  if (next > c.file.fileDataStart)
    c.fail(
      at,
      `optional header type 0x${type.toString(16)} of 0x${length.toString(16)} bytes runs past the end of the variable header section`,
      'InvalidVariableHeaderSize'
    )
  c.file.skipped.push({ offset: at, type, length })
  return next
}
